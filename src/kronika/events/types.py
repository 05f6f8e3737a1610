"""PLOVER event type and CONSULT mode from the trigger words of a text region.

A type needs evidence: a trigger word. A region with no trigger has no type (None, as the gold
schema writes an event that fits no PLOVER type); nothing becomes CONSULT because nothing else matched.
"""
from __future__ import annotations

import bisect
import re

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from kronika.events.memo import per_analysis
from kronika.events.region import Region, starting_in
from kronika.lang import has_form, load

# Ties are broken in this order: the types a diplomatic monitor meets most come first.
TYPE_PRIORITY = ["CONSULT", "AGREE", "AID", "COOPERATE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT",
                 "PROTEST", "SANCTION", "THREATEN", "MOBILIZE", "COERCE", "ASSAULT", "CONCEDE", "RETREAT"]

# Speech acts whose object is itself an event: "rejected an offer of talks" is a rejection,
# "demanded support" a request, "accused them of violating the pact" an accusation.
# NOT ("refrained from", "in the face of") governs its object and counts for no type: "Japonia powstrzymała
# się od krytyki" criticises no one, "w obliczu krytyki ze strony USA" is a circumstance, not the event.
GOVERNORS = frozenset({"REJECT", "REQUEST", "ACCUSE", "THREATEN", "AGREE", "NOT", "SANCTION", "SUPPORT"})
GOVERNED_SPAN = 12  # tokens after a governing trigger that still belong to its object
# backing governs only the act named right after it ("podpořil rychlé uzavření dohody", "supported the early
# conclusion of the agreement": an agreement backed, none concluded); further on, its clause tells other acts
SUPPORT_SPAN = 4
TIME_AFTER_SPAN = 2  # tokens from a present-tense trigger to the coming time that makes it future ("visits Japan next week")
SETTING_REACH = 2  # tokens from a setting word to the meeting's noun: "in einem Telefonat", "во время телефонного разговора"
HELD_SPAN = 25  # tokens from a meeting noun to the predicate telling it is to take place (its parties, time, place between)
_CLAUSE_BREAK = frozenset(",;:()\"“”«»、，「」")  # the ideographic comma and quotes break Japanese clauses
_CLAUSE_BREAK_RX = re.compile("[" + re.escape("".join(sorted(_CLAUSE_BREAK))) + "]")


@dataclass(frozen=True)
class TypeWeights:
    """Weights of a trigger by where it stands, and how clearly a non-meeting type must win."""
    headline: float = 4.0  # the headline says what happened
    lead: float = 2.0  # the first sentence after the headline: news tells its main event there
    lead_later: float = 1.0  # the rest of the first paragraph(s): what else happened, background
    body: float = 0.3  # further down: background, quotes, other events
    # a meeting at which something was signed is still first of all a meeting: another type wins
    # over CONSULT only when it outweighs it by this factor ...
    over_consult: float = 1.34
    # ... and "cooperation" and "support" are said of almost every meeting, so they need more
    over_consult_common: float = 2.0


WEIGHTS = TypeWeights()
COMMON_TYPES = frozenset({"COOPERATE", "SUPPORT"})
# types a sentence performs by being said ("we condemn", "we call on", "we reject")
SPEECH_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "PROTEST"})


def governed(a, triggers: list) -> set[int]:
    """Indices of triggers that are the object of a speech-act trigger in the same clause."""
    return set(_owners(a, triggers))


def _owners(a, triggers: list) -> dict[int, int]:
    """Each governed trigger's governor: the speech act before it ("called on the Council to meet"), or,
    where a language puts the object before its verb (events.yaml GOVERNS_BEFORE: "会合の開催を要請した"),
    the one after it, short of a trigger that is the setting ("会談で…要請した": a meeting in which)."""
    out: dict[int, int] = {}
    lang = load(a.lang) if a.lang else None
    before = lang.governs_before if lang else frozenset()
    not_after = lang.not_governing_after if lang else frozenset()
    verb_final = bool(lang and lang.future_after_object)
    for i, g in enumerate(triggers):
        if g.key.partition("/")[0] not in GOVERNORS or i in out:
            continue
        if g.key.partition("/")[0] in not_after:
            continue  # "制裁について協議するよう要請した": the sanctions are a topic, not a suspension of what follows
        if g.key == "SANCTION" and not (lang and has_form(a.text[g.char_start:g.char_end].lower(), lang.suspend)):
            continue  # "Sanctions were discussed": a noun of sanctions governs nothing, a verb of suspending does
        # where every verb follows its object (FUTURE_AFTER_OBJECT: ja, ko), a governor that looks back takes none
        # after it ("대통령의 요청으로 전화 통화를 했다": the call is no object of the request before it)
        document = _document_after_meeting(a, lang, triggers, i)
        for j in range(i + 1, len(triggers)) if not (verb_final and g.key.partition("/")[0] in before) else ():
            m = triggers[j]
            if m.start - g.end > _span(g) or a.sentence_of(m.char_start) != a.sentence_of(g.char_start) \
                    or _breaks(_object_clause_open(a, lang, g, m), 0, None) \
                    or (m.key.partition("/")[0] in before and m.key.partition("/")[0] != g.key.partition("/")[0]) \
                    or (lang and _verdict(lang, m)) \
                    or (m.key.partition("/")[0] == "CONSULT" and (document or g.key == "NOT/thanks")):
                break  # a verb closing its clause governs what stands before it ("hat den Protest … zurückgewiesen"),
                # and so does a verdict ("обсуждать мирный договор невозможно")
            out[j] = i
            if g.key.partition("/")[0] == "NOT":
                break  # only its object: "refrained from criticising Russia and expressed support"
        if lang and lang.verdict and _verdict(lang, g):
            out |= dict.fromkeys(_judged(a, triggers, i, out), i)
        if g.key.partition("/")[0] in before and not _agreed_at_meeting(a, triggers, i):
            objects = []
            said = _said_before(a, g)
            for j in range(i - 1, -1, -1):
                m = triggers[j]
                if said and said[0] <= m.char_start < said[1]:
                    continue  # a word of what is said ("…要人の訪問は受け入れられない」と非難した"), no act told
                gap, quoted = (a.text[m.char_end:g.char_start], 0) if not said or m.char_end > said[0] else \
                    (a.text[m.char_end:said[0]] + a.text[said[1]:g.char_start], said[2])
                if j in out or j in out.values() or g.start - m.end - quoted > GOVERNED_SPAN \
                        or _breaks(gap, 0, None) \
                        or a.sentence_of(m.char_start) != a.sentence_of(g.char_start) \
                        or (m.key.partition("/")[0] == "ACCUSE" and g.key.partition("/")[0] == "REQUEST"):
                    # a protest is made, never asked for: "大使を呼び抗議したうえで謝罪を求めた", "抗議と謝罪要求"
                    # (it may be rejected: "hat den Protest Japans zurückgewiesen")
                    break
                if _setting(a, m):
                    objects = []  # asked at a meeting the clause names: the meeting is what happened
                    break
                if _visit_before_agreement(g, m):
                    break  # "방문해 … 양해각서에 서명했다": what was signed stands after the visit, the visit frames it
                objects.append(j)
            out |= dict.fromkeys(objects, i)
    return out


def _document_after_meeting(a, lang, triggers: list, i: int) -> bool:
    """Is trigger i the noun of an agreement (no verb of agreeing, events.yaml AGREED) after a meeting its
    sentence tells? Then talks after it are what the document is about, said at the meeting ("megbeszélése után
    elmondta: a szabadkereskedelmi megállapodás megkötéséhez szükséges előzetes tárgyalásokat", after the meeting:
    the talks needed to conclude the free-trade agreement), and it governs none of them. With no meeting before
    it, an offer governs its talks ("Seoul offered to hold talks with Tokyo")."""
    g = triggers[i]
    if not (lang and lang.agreed) or g.key != "AGREE" or not _agreed_at_meeting(a, triggers, i):
        return False
    word, told = a.text[g.char_start:g.char_end].lower(), a.text[g.char_start:g.char_start + 60].lower()
    # a phrase of agreeing begun by the noun ("megállapodás született", an agreement was reached) is no document
    return not (has_form(word, lang.agreed) or any(" " in f and told.startswith(f.rstrip("*")) for f in lang.agreed))


def _verdict(lang, g) -> bool:
    """Is trigger `g` a verdict said after what it judges (events.yaml VERDICT: "unacceptable", "impossible")?"""
    return g.key in ("ACCUSE", "REJECT") and g.form in lang.verdict  # the form as listed (ja, ko: as lemmatised)


def _judged(a, triggers: list, i: int, out: dict) -> list[int]:
    """The acts a verdict judges before it in its clause ("called Russia's sanctions … unacceptable", "talks are
    impossible"). A meeting or an agreement stops a criticism's search: "agreed at the talks that the aggression
    is unacceptable" judges neither; what is impossible is the meeting or treaty itself."""
    g, objects = triggers[i], []
    setting = ("CONSULT", "AGREE") if g.key == "ACCUSE" else ()
    for j in range(i - 1, -1, -1):
        m = triggers[j]
        if j in out or j in out.values() or g.start - m.end > GOVERNED_SPAN \
                or m.key.partition("/")[0] in setting \
                or _breaks(_UNQUOTE.sub(" ", a.text[m.char_end:g.char_start]), 0, None) \
                or a.sentence_of(m.char_start) != a.sentence_of(g.char_start):
            break
        objects.append(j)
    return objects


# "訪問したことに対し「…受け入れられない」と非難した": the words said, closed right before the verb that says them
# (and its quoting particle), are what it says, no clause of the sentence between the act and its verb
_SAID = re.compile(r"[「『][^「『」』\n]*[」』]\s*\S?$")
SAID_REACH = 200  # characters a quotation before its speech verb may hold


def _said_before(a, g) -> tuple[int, int, int] | None:
    """(start, end, tokens) of a CJK quotation that closes right before trigger `g`, the verb that says it; None
    when there is none."""
    m = _SAID.search(a.text, max(0, g.char_start - SAID_REACH), g.char_start)
    if not m:
        return None
    starts = a.token_starts
    return m.start(), m.end(), bisect.bisect_left(starts, m.end()) - bisect.bisect_left(starts, m.start())


def _span(g) -> int:
    """Tokens after governing trigger `g` that may still hold its object."""
    return SUPPORT_SPAN if g.key.partition("/")[0] == "SUPPORT" else GOVERNED_SPAN


def _object_clause_open(a, lang, g, m) -> str:
    """The text between a governing trigger and a later one, a request's comma before its object clause taken
    out ("vyzval Rusko, aby prijalo návrh": what it asked for is no act of its own; events.yaml OBJECT_CLAUSE)."""
    gap = a.text[g.char_end:m.char_start]
    if lang is None or lang.object_clause is None or g.key.partition("/")[0] != "REQUEST":
        return gap
    return lang.object_clause.sub(" ", gap, count=1)


def _agreed_at_meeting(a, triggers: list, i: int) -> bool:
    """Does a meeting or call come before agreement trigger i in its sentence ("회담을 갖고 … 합의했다",
    "会談し、…で合意した")? They agreed at it: the meeting is what happened, and the agreement governs nothing."""
    g = triggers[i]
    if g.key.partition("/")[0] != "AGREE":
        return False
    start = a.sentences[a.sentence_of(g.char_start)].start
    for m in reversed(triggers[:i]):  # in text order: back from the agreement to its sentence's start
        if m.char_start < start:
            return False
        if m.key.partition("/")[0] == "CONSULT" and m.key != "CONSULT/visit":
            return True
    return False


def _visit_before_agreement(g, m) -> bool:
    """Is `m` a visit told before an agreement verb that governs backwards ("방문해 … 서명했다")? The signing is
    an act of its own within the stay; the visit is no object of it."""
    return g.key.partition("/")[0] == "AGREE" and m.key == "CONSULT/visit"


def _setting(a, m) -> bool:
    """Is a trigger followed by a locative postposition (会談で, 회담에서): where something was asked, not what?"""
    lang = load(a.lang)
    return lang.postpositions and a.text.startswith(tuple(lang.locative), m.char_end)


def meeting_told(a, lo: int, hi: int) -> bool:
    """Does a meeting's trigger (CONSULT, of any mode) start between lo and hi?"""
    return any(t.key.partition("/")[0] == "CONSULT" for t in a.by_start("triggers").between(lo, hi))


def is_setting(a, lang, m) -> bool:
    """Is a meeting's trigger named as the setting of its clause, a SETTING word (events.yaml) at most
    SETTING_REACH tokens before it ("in einem Telefonat", "during the talks", "на срещата")?"""
    if lang is None or not lang.setting or m.key.partition("/")[0] != "CONSULT":
        return False
    toks = a.tokens
    for k in range(max(0, m.start - SETTING_REACH), m.start):
        for form in lang.setting:
            n = len(form)
            if k + n <= m.start and all(has_form(toks[k + j].low, (w,)) for j, w in enumerate(form)) \
                    and not _breaks(a.text, toks[k].start, m.char_start):
                return True
    return False


def _setting_once(a, lang, m) -> bool:
    """is_setting, asked once per trigger of a text: every speech act after a meeting asks it of that meeting."""
    kept = a.cached("meeting settings", dict)
    key = (m.char_start, m.char_end)
    if key not in kept:
        kept[key] = is_setting(a, lang, m)
    return kept[key]


def said_at_meeting(a, lang, trig: list, i: int, owners: dict) -> bool:
    """Is speech act i done at a meeting named before it as the setting of its clause ("haben in einem Telefonat
    … verurteilt", "на встрече … призвал")? Then the meeting is what happened, the act what was said there. A
    comma may close a setting put first ("During the talks, the minister urged …"). A meeting after the act
    may be what it is about ("accused them of blackmail in the negotiations"), or still to come ("вернуться
    на консультации"): it sets nothing."""
    g = trig[i]
    sent = a.sentence_of(g.char_start)
    for j, m in enumerate(trig[:i]):
        if j in owners or a.sentence_of(m.char_start) != sent or not _setting_once(a, lang, m):
            continue
        if not _breaks(a.text[m.char_end:g.char_start].replace(",", " ", 1), 0, None):
            return True
    return False


@per_analysis
def under_future(a, t) -> bool:
    """Is a trigger told in the future: its own future form ("susitiks", "посетит"), or a future cue before
    it in its clause ("plans to visit")? A cue after it governs a later verb ("прибув до Києва … і планує
    провести переговори": the arrival happened)."""
    after = bool(a.lang) and load(a.lang).future_after_object
    return any((m.char_start <= t.char_start < m.char_end)
               or (m.char_end <= t.char_start and a.sentence_of(m.char_start) == a.sentence_of(t.char_start)
                   and t.start - m.end <= GOVERNED_SPAN and not _breaks(a.text, m.char_end, t.char_start))
               or held_subject(a, m, t) or time_after(a, m, t) or (after and _verb_after(a, m, t))
               for m in _future_near(a, t))


def _verb_after(a, cue, t) -> bool:
    """Where the verb follows its object (events.yaml FUTURE_AFTER_OBJECT: "회담을 한다", "会談する予定"), is the
    future cue a later predicate of the trigger's sentence, no clause mark between? The last verb of a chain
    tells the tense of all ("방문하는 … 총리와 회담을 한다": the visit is to come as well)."""
    sent = a.sentence_of(t.char_start)
    if not (t.char_end <= cue.char_start and cue.start - t.end <= GOVERNED_SPAN and a.sentence_of(cue.char_start) == sent
            and not _breaks(a.text, t.char_end, cue.char_start)):
        return False
    # the chain's last verb: no trigger after the cue in its sentence ("회담을 갖고 협력을 강화하기로 합의했다": the
    # agreement after "to strengthen" is past, and so is the meeting)
    end = a.sentences[sent].end
    stop = min((i for i in (a.text.find(ch, cue.char_end, end) for ch in ".。\n") if i >= 0), default=end)
    end = stop  # a full stop the splitter let run on ("회담을 한다.\n26일 …") still ends the chain
    return not any(cue.char_end <= o.char_start < end for o in a.by_start("triggers").between(cue.char_end, end))


def _future_near(a, t) -> list:
    """The future cues that can govern trigger `t`: those of its sentence, and those that run across a sentence
    start (one may cover `t`). Every test of under_future but the first asks the cue to share the trigger's
    sentence, and a cue within one sentence that covers `t` is in that sentence: the others cannot count, and
    each trigger of a long text had tried every cue of the whole text."""
    key = ("future by sentence", id(a.future), len(a.future), len(a.sentences))
    by_sentence, across = a.cached(key, _future_by_sentence, a)
    return by_sentence.get(a.sentence_of(t.char_start), []) + across


def _future_by_sentence(a) -> tuple[dict[int, list], list]:
    """The future cues by the sentence they open in, and those that run across a sentence start."""
    by_sentence, across = {}, []
    for m in a.future:
        first = a.sentence_of(m.char_start)
        by_sentence.setdefault(first, []).append(m)
        if a.sentence_of(max(m.char_start, m.char_end - 1)) != first:
            across.append(m)
    return by_sentence, across


def time_after(a, cue, t) -> bool:
    """Is a FUTURE_TIME cue ("next week", "nächste Woche", "järgmisel nädalal") right after the trigger, in its
    clause, with no other trigger between ("trifft nächste Woche", "visits Japan next week")? A time word dates
    its clause on either side of the verb; only this near, so that "met … ahead of next week's summit" stays done."""
    if cue.key != "time" or cue.char_start < t.char_end or cue.start - t.end > TIME_AFTER_SPAN \
            or a.sentence_of(t.char_start) != a.sentence_of(cue.char_start) or _breaks(a.text, t.char_end, cue.char_start):
        return False
    return not any(t.char_end <= o.char_start and o.char_end <= cue.char_start for o in a.triggers)


def held_subject(a, cue, t) -> bool:
    """Is the trigger the meeting noun a FUTURE_HELD predicate tells of ("Ein Treffen zwischen … könnte im April
    in Tokio stattfinden")? The nearest trigger before the predicate, in its clause."""
    if cue.key != "held" or t.char_end > cue.char_start or a.sentence_of(t.char_start) != a.sentence_of(cue.char_start) \
            or cue.start - t.end > HELD_SPAN or _breaks(a.text, t.char_end, cue.char_start):
        return False
    return not any(t.char_end <= o.char_start and o.char_end <= cue.char_start for o in a.triggers)


def _in_relative_clause(a, m, before: list) -> bool:
    """Is a trigger inside a relative clause (", která vznikla během summitu", ", which arose during") whose
    sentence told another act before it? The clause says something about a noun of that act, not what happened."""
    sent = a.sentence_of(m.char_start)
    start = a.sentences[sent].start
    for r in reversed(a.by_start("relative").between(start, m.char_start)):
        if a.text[start:r.char_start].rstrip().endswith(",") and not _breaks(a.text, r.char_end, m.char_start) \
                and a.text[r.char_end:m.char_start].strip():  # ", die Einladung nahm Kim an": an article
            return any(t.char_start < r.char_start and a.sentence_of(t.char_start) == sent
                       and t.key.partition("/")[0] != m.key.partition("/")[0] for t in before)
    return False


def _breaks(text: str, lo: int, hi: int | None) -> bool:
    """Is there a clause or sentence boundary between two triggers? A bracketed aside between them is none
    ("wird am Samstag (Ortszeit) in Washington … Gespräche führen")."""
    gap = _ASIDE.sub(" ", text[lo:hi])
    return any(c in _CLAUSE_BREAK for c in gap) or "\n" in gap


_UNQUOTE = re.compile("[\"“”«»「」„]")  # a verdict quoted ("制裁は「容認できない」") is still said of what stands before it
_ASIDE = re.compile(r"\([^()\n,;]{1,40}\)")  # a short bracketed gloss, a time zone, an abbreviation


def _objects_by_owner(trig: list, owners: dict[int, int]) -> dict[int, list]:
    """Each governing trigger's objects (the triggers it owns), in the owners' order: one walk of the owners, not
    one per trigger of the region."""
    out: dict[int, list] = {}
    for j, o in owners.items():
        out.setdefault(o, []).append(trig[j])
    return out


def type_scores(a, reg: Region, title_end: int, w: TypeWeights = WEIGHTS) -> tuple[Counter, Counter, list, dict, float]:
    """Weighted votes of the region's triggers per type and per CONSULT mode, with evidence spans, where each
    type is first told, and the part of COOPERATE's weight that deeds of opening cast (events.yaml OPENING)."""
    score: Counter = Counter()
    first_at: dict[str, int] = {}
    modes: Counter = Counter()
    ev = []
    trig = _phrases(_outside_links(a, starting_in(a, "triggers", reg.start, reg.end)), a.text)
    owners = _owners(a, trig)
    lang = load(a.lang) if a.lang else None
    verdicts = lang.verdict if lang else ()
    cooperation = lang.cooperation if lang else frozenset()
    opening = lang.opening if lang else frozenset()
    deeds = 0.0  # "atklāja … vēstniecību Tokijā", "inauguravo … konsulatą": an office opened, done, not talked of
    first = first_told(a, trig, title_end, reg)
    # a statement's quoted words perform its act; in a report of a meeting they are only what was said there
    performs = not any(m.key.partition("/")[0] == "CONSULT" and m.char_start < reg.lead_end and i not in owners
                       and not _quoted(a.text, m.char_start) for i, m in enumerate(trig))  # "urged … dialogue" tells none
    pledged, pledged_at = 0.0, len(a.text)  # the weight of agreements to cooperate (no document named), where first told
    governed = _objects_by_owner(trig, owners)
    summoned_in = _summons_sentences(a, lang, trig)
    for i, m in enumerate(trig):
        if i in owners:
            continue  # its weight went to the trigger that governs it
        base, _, mode = m.key.partition("/")
        if base == "CONSULT" and mode != "phone" and a.sentence_of(m.char_start) in summoned_in:
            # "nechal předvolat ruského velvyslance …, přijal ho náměstek": the summoned envoy is received at the
            # ministry; that reception is how the summons is done, no meeting of its own
            base, mode = "ACCUSE", ""
        if base == "NOT":
            continue  # neither it nor what it governs tells what happened
        objects = governed.get(i, [])
        if base == "REJECT" and not objects and verdicts and m.form in verdicts:
            continue  # "impossible" refuses only the talks or treaty it is said of ("переговоры невозможны")
        if base == "AGREE" and any(x.key == "THREATEN" for x in objects):
            base = "THREATEN"  # "готова предпринять ответные шаги", "ready to take countermeasures": a readiness to retaliate threatens
        wt = sum(_weight(a, x, title_end, reg, w, first, performs) for x in (m, *objects))
        if base == "AGREE" and any(x.key == "COOPERATE" for x in objects) and _agreeing(a, m) and all(
                ((x.key == "COOPERATE" and x.form in cooperation) or x.key.partition("/")[0] == "CONSULT"
                 or _keeps_up(x, objects, cooperation))
                and x.char_start > m.char_start for x in objects):
            # (an object before its verb, "경제협력 … 서명했다", may name a document signed: ja, ko are left to
            # _agreed_at_meeting)
            # "agreed to boost cooperation (during a summit)": no deal signed; said at talks, it is what they said
            pledged += wt
            pledged_at = min(pledged_at, m.char_start)
            if m.char_start < reg.lead_end:
                ev.append((m.char_start, m.char_end))
            continue
        if base in SPEECH_ACTS and said_at_meeting(a, lang, trig, i, owners):
            score["CONSULT"] += wt  # "in einem Telefonat … verurteilt": the call is the event, the condemnation its words
            first_at.setdefault("CONSULT", m.char_start)
            continue
        if _in_relative_clause(a, m, trig[:i]):
            wt = min(wt, w.body)  # "… over a controversy, which arose during the G7 summit": the summit is the noun's
        score[base] += wt
        if base == "COOPERATE" and m.form in opening:
            deeds += wt
        first_at.setdefault(base, m.char_start)
        if mode and not (mode == "phone" and under_future(a, m)):
            # "전화 통화(2.23)를 실시할 예정": a call still planned is no medium of the meeting the text tells
            modes[mode] += wt
            if wt >= w.lead:  # told in the headline or the lead's first sentence
                first_at.setdefault("/" + mode, m.char_start)
        if m.char_start < reg.lead_end:
            ev.append((m.char_start, m.char_end))
    if pledged:
        # a promise to cooperate made at a meeting the region tells is what the meeting said (the meeting is the
        # event, as when cooperation is discussed there); with no meeting told, it is the agreement (PLOVER AGREE)
        kind = "CONSULT" if any(m.key.partition("/")[0] == "CONSULT" for m in trig) else "AGREE"
        score[kind] += pledged
        first_at[kind] = min(first_at.get(kind, pledged_at), pledged_at)
    return score, modes, ev, first_at, deeds


def _summons_sentences(a, lang, trig) -> set[int]:
    """The sentences that tell an envoy summoned: an ACCUSE trigger with a SUMMON verb among its words."""
    forms = lang.summon if lang else ()
    if not forms:
        return set()
    return {a.sentence_of(m.char_start) for m in trig if m.key == "ACCUSE"
            and any(has_form(x, forms) for x in a.text[m.char_start:m.char_end].lower().split())}


def _keeps_up(x, objects: list, cooperation) -> bool:
    """Is a SUPPORT object of an agreement the verb that keeps up the cooperation named after it ("договорились
    поддерживать тесное взаимодействие", "agreed to maintain close cooperation")? Then it adds no act of its own."""
    return x.key == "SUPPORT" and any(y.key == "COOPERATE" and y.form in cooperation and y.char_start > x.char_start
                                      for y in objects)


def _agreeing(a, m) -> bool:
    """Is an AGREE trigger a verb of agreeing (events.yaml AGREED: "agreed", "договорились"), not the noun of a
    document ("соглашение о партнерстве": an agreement concluded)?"""
    word = a.text[m.char_start:m.char_end].lower()
    agreed = load(a.lang).agreed
    return has_form(word, agreed) or any(f.partition(" ")[0] == word for f in agreed)


_LINK = re.compile(r"(?:https?://|www\.)\S+")


def _outside_links(a, trig: list) -> list:
    """The triggers that are words of the text, not parts of a web address ("…/japonsko-sobotka-dohoda-kldr/"):
    a link's slug names the article, it tells nothing as prose."""
    if not may_link(a):
        return trig
    starts, ends = _links(a)
    # the addresses do not overlap and come in order: only the last one opening at or before a trigger can hold it
    return [m for m in trig if not ((i := bisect.bisect_right(starts, m.char_start)) and m.char_start < ends[i - 1])]


def may_link(a) -> bool:
    """Can any word of the text stand in a web address ("://" or "www." in it)? Asked once a text."""
    return a.cached_for("may link", a.text, _may_link_in, a.text)


def _may_link_in(text: str) -> bool:
    """may_link, found."""
    return "://" in text or "www." in text


def _links(a) -> tuple[list[int], list[int]]:
    """Where the text's web addresses start and end, found once per analysis (every region asks again)."""
    return a.cached_for("links", a.text, _links_in, a.text)


def _links_in(text: str) -> tuple[list[int], list[int]]:
    """_links, found."""
    spans = [(m.start(), m.end()) for m in _LINK.finditer(text)]
    return [s for s, _ in spans], [e for _, e in spans]


_QUOTE_CLOSES = frozenset("」』”»\"")  # a quotation closed between two triggers: what is said, then its verb


def _phrases(trig: list, text: str = "") -> list:
    """Adjacent triggers of one type are one phrase ("Grant Assistance"), counted once; not across a closing
    quotation mark ("「…訪問は受け入れられない」と非難した": the words said, then the verb that says them)."""
    out = []
    for m in trig:
        if out and out[-1].end == m.start and out[-1].key.partition("/")[0] == m.key.partition("/")[0] \
                and not _QUOTE_CLOSES.intersection(text[out[-1].char_end:m.char_start]):
            if ("/" in m.key and "/" not in out[-1].key) or m.key.endswith("/phone"):
                # "rozmawiał telefonicznie": the word that tells the mode speaks for the phrase, and a
                # call's medium for all of it ("Summit Telephone Talk" is a call)
                out[-1] = m
            continue
        out.append(m)
    return out


def first_told(a, trig: list, title_end: int, reg: Region) -> int | None:
    """The sentence of the lead's first trigger after the headline: where the news tells its event
    (a dateline alone, 'Москва, 14 мая 2024 года.', tells none; a headline repeated above the text,
    a line without a full stop, is no sentence of it)."""
    for m in trig:
        if title_end <= m.char_start < reg.lead_end:
            i = a.sentence_of(m.char_start)
            told = a.text[a.sentences[i].start:a.sentences[i].end].rstrip()
            if told.endswith((".", "!", "?", "。", "\"", "”", "»")) or len(told.split()) >= 15:
                return i
    return None


def _weight(a, m, title_end: int, reg: Region, w: TypeWeights, first: int | None = None,
            performs: bool = False) -> float:
    """A trigger's vote by where it stands: headline, first sentence, rest of the lead, body; a word
    inside a quotation is what someone said, not what happened, and counts as the body's."""
    # "Potępiamy próbę rakietową" - poinformowało MSZ: in a text that tells no meeting, a condemnation or
    # a call quoted in the lead is the speaker's own act, said in the words that perform it
    performed = performs and m.key.partition("/")[0] in SPEECH_ACTS and m.char_start < reg.lead_end
    if _quoted(a.text, m.char_start) and not performed:
        return w.body
    if m.char_start < title_end:
        return w.headline
    if m.char_start >= reg.lead_end:
        return w.body
    return w.lead if first is None or a.sentence_of(m.char_start) == first else w.lead_later


# (opening, closing) marks: English “…”, Polish and German „…” and „…“, guillemets, CJK brackets
_QUOTES = (('"', '"'), ("'", "'"), ("“", "”"), ("„", "”"), ("„", "“"), ("«", "»"), ("‘", "’"), ("「", "」"), ("『", "』"))


def _quoted(text: str, pos: int) -> bool:
    """Is `pos` inside a quotation that opens and closes on its line (ASCII, typographic, CJK marks)?"""
    start = text.rfind("\n", 0, pos) + 1
    marks = _line_marks(text, start)
    if not marks:
        return False
    for o, c in _QUOTES:
        closing = marks.get(c)
        if not closing or closing[-1] < pos:
            continue  # no closing mark after it on the line
        if o == c:
            # one mark opens and closes: inside when an odd number stand before it on the line
            k = bisect.bisect_left(closing, pos)
            if o == '"':
                opened = k
            else:  # an apostrophe inside a word before the last character before `pos` is none (_quote_mark)
                inside = marks[o + "inside"]
                opened = sum(1 for j in range(k) if not inside[j] or closing[j] == pos - 1)
            if opened % 2:
                return True
        else:
            opening = marks.get(o)
            if opening:
                k = bisect.bisect_left(opening, pos)
                if k and opening[k - 1] > _last_before(closing, pos):
                    return True
    return False


def _last_before(at: list[int], pos: int) -> int:
    """The last position in `at` (sorted) before `pos`, else -1."""
    k = bisect.bisect_left(at, pos)
    return at[k - 1] if k else -1


_MARK = re.compile("[" + re.escape("".join(sorted({ch for pair in _QUOTES for ch in pair}))) + "]")


@lru_cache(maxsize=4)
def _quote_lines(text: str) -> dict:
    """{line start: its quotation marks} of one text, filled line by line by _line_marks."""
    return {}


def _line_marks(text: str, start: int) -> dict:
    """The quotation marks of the line opening at `start`: {mark: its positions in order}, and for the apostrophe
    ("'inside") whether each stands between two letters or digits, not first on its line (_quote_mark's test
    of a mark that is not the last before the position asked). Built on the line's first question (a chronicle's
    lines run to thousands of characters, and _quoted is asked at every trigger, date and person)."""
    lines = _quote_lines(text)
    marks = lines.get(start)
    if marks is None:
        end = text.find("\n", start)
        marks = {}
        for m in _MARK.finditer(text, start, end if end >= 0 else len(text)):
            marks.setdefault(m.group(), []).append(m.start())
        if "'" in marks:
            n = len(text)
            marks["'inside"] = [start < q and q + 1 < n and text[q - 1].isalnum() and text[q + 1].isalnum()
                                for q in marks["'"]]
        lines[start] = marks
    return marks


def _quote_mark(line: str, i: int) -> bool:
    """A straight quote, not an apostrophe inside a word ("Korea's", "d'Italia")."""
    ch = line[i]
    return ch == '"' or not (0 < i < len(line) - 1 and line[i - 1].isalnum() and line[i + 1].isalnum())


def pick_type(score: Counter, w: TypeWeights = WEIGHTS, first_at: dict[str, int] | None = None,
              deeds: float = 0.0, title_end: int = 0) -> str | None:
    """The type with the most weight; of equals, the one told first ("odsudzuje … a vyzýva"), then the
    more frequent; CONSULT keeps a meeting unless another type clearly dominates. `deeds`, COOPERATE's weight
    from deeds of opening, is no word said at a meeting: it wins as any other type does."""
    if not score:
        return None
    told = first_at or {}
    kind = max(score, key=lambda k: (round(score[k], 6), -told.get(k, 0),
                                     -TYPE_PRIORITY.index(k) if k in TYPE_PRIORITY else -99))
    if kind == "COOPERATE" and deeds > score["CONSULT"] * w.over_consult:
        # "Latvijas premjerministrs … atklāja … vēstniecību Japānā", a visit named further down: the embassy
        # opened is the event, the visit its occasion
        return kind
    if kind != "CONSULT" and _headline_act(kind, told, title_end):
        # "Pakistan announces Rs 5bn humanitarian aid for Afghanistan" over a lead telling the minister's visit:
        # the headline says what the item reports; the meeting, told only below it, is its occasion
        return kind
    need = w.over_consult_common if kind in COMMON_TYPES else w.over_consult
    if kind != "CONSULT" and score["CONSULT"] * need >= score[kind]:
        kind = "CONSULT"
    elif kind in COMMON_TYPES and score["CONSULT"] > 0:
        # "confirmed their cooperation … in a telephone conversation": cooperation and support said at a
        # meeting or call the text tells further down are what was said there, the contact is the event
        kind = "CONSULT"
    return kind


def _headline_act(kind: str, told: dict[str, int], title_end: int) -> bool:
    """Does the headline tell the act `kind` (not a common one: cooperation and support are what meetings say)
    and no meeting?"""
    return (kind not in COMMON_TYPES and told.get(kind, title_end) < title_end
            and told.get("CONSULT", title_end) >= title_end)


def choose_type(a, reg: Region, title_end: int, w: TypeWeights = WEIGHTS) -> tuple[str | None, str | None, list]:
    """PLOVER type and CONSULT mode from the triggers, the headline weighing most; None without evidence."""
    score, modes, ev, first_at, deeds = type_scores(a, reg, title_end, w)
    kind = pick_type(score, w, first_at, deeds, title_end)
    mode = max(modes, key=modes.get) if modes else None
    if mode == "visit" and first_at.get("/phone", len(a.text)) < first_at.get("/visit", len(a.text)):
        # "führte ein Telefongespräch … und erörterte einen möglichen Besuch in Kiew": a call told first, up
        # front; the visits after it are what was talked about on the line
        mode = "phone"
    return kind, mode, ev
