"""Session h21, lead: fixes found by the whole suite and the review after the merges."""
import shutil

from kronika import lang as langdata
from kronika.events.document import extract_document
from kronika.model import Document


def test_a_split_trigger_without_its_gap_is_a_data_problem(tmp_path, monkeypatch):
    """SPLIT_TRIGGERS forms are read only with their '…': one without it was silently dropped (sl "na pogovor
    poklical*", summoned for a talk, sat there unused); validate names the file, the key and the form."""
    shutil.copytree(langdata.LANG_DIR / "sl", tmp_path / "sl")
    events = tmp_path / "sl" / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8").replace(
        "  ACCUSE: [poklical* … veleposlanik*,", "  ACCUSE: [na pogovor poklical*, poklical* … veleposlanik*,", 1),
        encoding="utf-8")
    monkeypatch.setattr(langdata, "LANG_DIR", tmp_path)
    assert langdata.validate("sl") == [
        "sl/events.yaml SPLIT_TRIGGERS ACCUSE: 'na pogovor poklical*' has no '…' (put it in TRIGGERS)"]


def test_summoned_for_a_talk_is_no_setting_of_the_protest():
    """sl "na pogovor poklicalo … in mu izročilo protestno noto": the talk is where the envoy is called to, one
    ACCUSE phrase, not a meeting at which the note was handed over (h21/types' SETTING made it CONSULT)."""
    text = ("Ministrstvo za zunanje zadeve je na pogovor poklicalo ruskega veleposlanika in mu izročilo protestno "
            "noto.")
    ev = extract_document(Document(id="t", text=text), "sl").events[0]
    assert ev.type == "ACCUSE"


def test_an_embassy_counsellor_is_an_envoy_not_a_minister():
    """ja/ko 公使, 총괄공사 (an embassy's minister-counsellor, summoned in the ambassador's place): the role key
    holds no "minister", so location's government test and the report's levels take him as an envoy."""
    from kronika.events.extract import ENVOYS
    from kronika.events.location import _government
    from kronika.report.conclusions import LEVELS
    from kronika.report.headline import RESIDENT_OFFICES

    for code in ("ja", "ko"):
        assert "counsellor" in langdata.load(code).raw["roles"]["ROLES"], code
    assert not _government("counsellor") and "counsellor" in ENVOYS
    assert "counsellor".startswith(RESIDENT_OFFICES)
    assert any("counsellor" in words for level, words in LEVELS if level == "ambassadors")
