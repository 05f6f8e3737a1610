"""The workspace in Polish and English (issue 13, item 10): catalogues with the same keys, no English
sentence left in a template, CLDR plurals, dates and numbers in the locale, and the language chosen by
the account, the switch's cookie or Accept-Language, through a real server on loopback."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
import httpx  # noqa: E402
from jinja2 import Environment, nodes  # noqa: E402

from hostile import LiveApp  # noqa: E402

from kronika.pipeline import add_inputs  # noqa: E402
from kronika.store import open_store  # noqa: E402
from kronika.web import i18n  # noqa: E402
from kronika.web.auth import ROLES, add_user  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "src/kronika/web/templates"
EXAMPLES = ROOT / "examples"
ALLOWED_WORDS = {"Kronika", "CSV", "https"}  # a name, a format, a URL's scheme: the same in every language
VISIBLE_ATTRS = {"placeholder", "title", "alt", "aria-label"}
_SLOT = re.compile(r"\{(\w+)\}")


# ------------------------------------------------------------ the catalogues


def _slots(entry) -> set[str]:
    texts = entry.values() if isinstance(entry, dict) else [entry]
    return {s for t in texts for s in _SLOT.findall(t)}


def test_catalogues_have_the_same_keys_and_slots():
    assert i18n.languages() == ("en", "pl")
    en, pl = i18n.catalogue("en"), i18n.catalogue("pl")
    assert set(en) == set(pl), f"only in en: {set(en) - set(pl)}; only in pl: {set(pl) - set(en)}"
    for key in en:
        assert _slots(en[key]) == _slots(pl[key]), key


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_counted_messages_have_the_languages_cldr_forms(lang):
    from babel import Locale

    forms = set(Locale.parse(lang).plural_form.tags) | {"other"}
    counted = {k: v for k, v in i18n.catalogue(lang).items() if isinstance(v, dict)}
    assert counted
    for key, entry in counted.items():
        assert set(entry) == forms, f"{lang}.yaml {key}: {sorted(entry)}, CLDR wants {sorted(forms)}"


def test_polish_plurals_numbers_and_dates():
    say = lambda n: i18n.message("pl", "dashboard.events", n=n)  # noqa: E731
    assert [say(n) for n in (1, 2, 4, 5, 12, 22, 25, 101)] == [
        "1 wydarzenie", "2 wydarzenia", "4 wydarzenia", "5 wydarzeń", "12 wydarzeń", "22 wydarzenia",
        "25 wydarzeń", "101 wydarzeń"]
    assert i18n.message("pl", "dashboard.documents", n=1234) == "1\xa0234 dokumenty"
    assert i18n.message("en", "dashboard.documents", n=1234) == "1,234 documents"
    assert i18n.message("en", "dashboard.documents", n=1) == "1 document"
    assert i18n.format_day("2025-05-12", "pl") == "12 maja 2025"
    assert i18n.format_day("2025-05-12", "en") == "May 12, 2025"
    assert i18n.format_month("2025-05", "pl") == "maj 2025"
    assert i18n.format_day("yesterday", "pl") == "yesterday"  # a bad legacy value shows as it is


def test_language_choice_order():
    assert i18n.choose("pl", "en", "en-US") == "pl"           # the account's setting first
    assert i18n.choose(None, "en", "pl-PL,pl;q=0.9") == "en"  # then the switch's cookie
    assert i18n.choose(None, None, "de-DE,pl;q=0.8,en;q=0.5") == "pl"
    assert i18n.choose(None, None, "en;q=0.4,pl;q=0.9") == "pl"
    assert i18n.choose(None, "xx", "fr") == "en"


# ------------------------------------------------------------ the templates


def _keys_in_templates() -> set[str]:
    env = Environment()
    keys = set()
    for f in TEMPLATES.glob("*.html"):
        for call in env.parse(f.read_text(encoding="utf-8")).find_all(nodes.Call):
            if isinstance(call.node, nodes.Name) and call.node.name == "t" and isinstance(call.args[0], nodes.Const):
                keys.add(call.args[0].value)
    return keys


def test_every_key_a_template_asks_for_exists():
    from kronika.events.validate import PRECISIONS
    from kronika.web.accounts import DISABLED
    from kronika.web.errors import HINTED

    keys = _keys_in_templates()
    assert len(keys) > 100
    keys |= {f"role.{r}" for r in (*ROLES, DISABLED)} | {f"status.{s}" for s in ("new", "approved", "rejected")}
    keys |= {f"event.precision.{p}" for p in PRECISIONS} | {f"error.hint.{s}" for s in HINTED}
    keys |= {"error.title.403", "error.title.404", "error.title.other", "event.approve", "event.reject"}
    for lang in i18n.languages():
        assert not keys - set(i18n.catalogue(lang)), (lang, keys - set(i18n.catalogue(lang)))


class _Text(HTMLParser):
    """Text nodes and visible attributes of a template whose Jinja parts are blanked out."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")
        for name, value in attrs:
            if name in VISIBLE_ATTRS and value:
                self.found.append(value)

    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style") and self.skip > 0

    def handle_data(self, data):
        if not self.skip:
            self.found.append(data)


def _output_constants(node, under_call=False):
    """String constants a template prints itself ({{ x or "unknown" }}), not keys or filter arguments."""
    if isinstance(node, nodes.Call):
        return
    if isinstance(node, nodes.Const) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, (nodes.Or, nodes.And)):
        yield from _output_constants(node.left)
        yield from _output_constants(node.right)
    elif isinstance(node, nodes.CondExpr):
        yield from _output_constants(node.expr1)
        if node.expr2 is not None:
            yield from _output_constants(node.expr2)
    elif isinstance(node, nodes.Filter):
        yield from _output_constants(node.node)
    elif isinstance(node, nodes.Concat):
        for n in node.nodes:
            yield from _output_constants(n)


def english_outside_catalogue(source: str) -> list[str]:
    """Words of two or more Latin letters that a template shows without asking the catalogue."""
    env = Environment()
    blanked = "".join(value if kind == "data" else "\x00" if kind.endswith("_begin") else ""
                      for _, kind, value in env.lex(source))
    parser = _Text()
    parser.feed(blanked.replace("\x00", " "))
    shown = list(parser.found)
    for out in env.parse(source).find_all(nodes.Output):
        for child in out.nodes:
            if not isinstance(child, nodes.TemplateData):
                shown += list(_output_constants(child))
    words = [w for text in shown for w in re.findall(r"[A-Za-z]{2,}", text)]
    return [w for w in words if w not in ALLOWED_WORDS]


def test_the_scanner_finds_english():
    """The check below can fail: text, attributes and printed constants are all seen."""
    assert english_outside_catalogue("<p>Hello {{ t('x') }}</p>") == ["Hello"]
    assert english_outside_catalogue('<input placeholder="search words">') == ["search", "words"]
    assert english_outside_catalogue('{{ ev.date or "unknown" }}') == ["unknown"]
    assert english_outside_catalogue("{% if a %}<b>{{ t('k', x=y) }}</b>{% endif %}<script>go()</script>") == []


@pytest.mark.parametrize("name", sorted(p.name for p in TEMPLATES.glob("*.html")))
def test_no_english_outside_the_catalogue(name):
    assert english_outside_catalogue((TEMPLATES / name).read_text(encoding="utf-8")) == []


# ------------------------------------------------------------ through a real server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from kronika.web.app import create_app

    db = str(tmp_path_factory.mktemp("i18n") / "w.db")
    store = open_store(db)
    add_inputs(store, [str(EXAMPLES / "pl-msz-ambasador.txt"), str(EXAMPLES / "en-eu-japan-summit.txt")])
    for name, role in (("ola", "editor"), ("adam", "admin")):
        add_user(store, name, role, f"{name}-password")
    live = LiveApp(create_app(db, secure_cookies=False))  # tests/hostile.py: uvicorn on a free loopback port
    yield live.base
    live.close()


def browser(base, accept="en-US,en;q=0.9"):
    return httpx.Client(base_url=base, headers={"Accept-Language": accept, "Accept": "text/html"}, timeout=60)


def log_in(c, name):
    page = c.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = c.post("/login", data={"name": name, "password": f"{name}-password", "csrf": token, "next": "/"})
    assert r.status_code == 303, r.text
    return c


def csrf_of(c) -> str:
    return c.get("/api/me").json()["csrf"]


def h1(html: str) -> str:
    return re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)


def test_accept_language_chooses_before_login(server):
    pl = browser(server, "pl-PL,pl;q=0.9,en;q=0.5")
    page = pl.get("/login")
    assert '<html lang="pl">' in page.text and h1(page.text) == "Logowanie" and "Hasło" in page.text
    assert h1(browser(server).get("/login").text) == "Log in"
    # the switch before login: a cookie, nothing else
    r = pl.get("/language", params={"lang": "en", "next": "/login"})
    assert r.status_code == 303 and r.headers["location"] == "/login" and "kronika_lang=en" in r.headers["set-cookie"]
    assert h1(pl.get("/login").text) == "Log in"


def test_login_failure_in_polish(server):
    c = browser(server, "pl")
    token = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text).group(1)
    r = c.post("/login", data={"name": "ola", "password": "wrong-password", "csrf": token})
    assert r.status_code == 401 and "zła nazwa albo hasło" in r.text
    r = c.post("/login", data={"name": "ola", "password": "x", "csrf": "forged"})
    assert r.status_code == 403 and "Formularz logowania wygasł" in r.text


def test_polish_pages_everywhere(server):
    c = log_in(browser(server, "pl"), "ola")
    dash = c.get("/")
    assert h1(dash.text) == "Pulpit" and "Wyloguj" in dash.text and "redaktor" in dash.text
    assert re.search(r"W bazie: 2 dokumenty, \d+ wydarze", dash.text), dash.text
    events = c.get("/events")
    assert h1(events.text) == "Wydarzenia" and "szukane słowa" in events.text and "nowe" in events.text
    assert re.search(r"\d{1,2} (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|"
                     r"listopada|grudnia|sty|lut|mar|kwi|maj|cze|lip|sie|wrz|paź|lis|gru) \d{4}", events.text)
    event_id = re.search(r'href="/events/(\d+)"', events.text).group(1)
    assert "Popraw" in c.get(f"/events/{event_id}").text
    assert h1(c.get("/sources").text) == "Źródła"
    assert h1(c.get("/report").text) == "Raport miesięczny"
    # an error page in Polish, the API's JSON as it was
    missing = c.get("/events/987654")
    assert missing.status_code == 404 and h1(missing.text) == "Nie znaleziono"
    assert "nie ma wydarzenia 987654" in missing.text and "Zacznij od listy wydarzeń" in missing.text
    api = c.get("/api/events/987654", headers={"Accept": "application/json"})
    assert api.json() == {"detail": "no event 987654"}
    # a 403 for an editor on the admin page
    assert "tylko dla administratorów" in c.get("/admin/users").text


def test_account_setting_follows_the_user(server):
    c = log_in(browser(server, "en"), "adam")
    assert h1(c.get("/").text) == "Dashboard"
    r = c.post("/language", data={"lang": "pl", "next": "/events?status=new", "csrf": csrf_of(c)})
    assert r.status_code == 303 and r.headers["location"] == "/events?status=new"
    assert h1(c.get("/").text) == "Pulpit"
    other = log_in(browser(server, "en-US"), "adam")   # another browser, no cookie, English asked
    assert h1(other.get("/").text) == "Pulpit"
    # a flash after a change, in the account's language, with the role translated
    r = other.post("/admin/users", data={"name": "ewa", "role": "viewer", "password": "ewa-password-1",
                                         "csrf": csrf_of(other)})
    assert r.status_code == 303
    page = other.get(r.headers["location"])
    assert "dodano użytkownika ewa" in page.text
    assert "czytelnik" in page.text
    # the switch without its CSRF token is refused, and the setting stays
    assert other.post("/language", data={"lang": "en"}).status_code == 403
    assert h1(other.get("/").text) == "Pulpit"
    c.post("/language", data={"lang": "en", "next": "/", "csrf": csrf_of(c)})
    assert h1(other.get("/").text) == "Dashboard"


def test_unknown_language_is_a_clear_400(server):
    r = browser(server, "pl").get("/language", params={"lang": "xx"})
    import html

    assert r.status_code == 400 and "nie ma języka interfejsu 'xx'" in html.unescape(r.text) and "en, pl" in r.text
