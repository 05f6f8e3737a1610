"""Quality on every gold set: dev+seeds, dev2 (odd half tuned on, even half a check) and the peer sets.

    python bench/quality.py [--sets dev,odd,even,plover,dates,lexicon] [--json FILE] [--show]

Runs ../shared/eval/score.py and the scorers of ../shared/peer/ and prints one compact table.
dev2 is split by the parity of the number in each document's id into two folders of symlinks
(the corpus stays where it is).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KRONIKA_SHARED", ROOT.parent / "shared"))
FIELDS = ("language", "published", "date", "countries", "persons", "type", "mode", "city", "topics",
          "event_recall", "event_precision")
ALL_SETS = ("dev", "odd", "even", "plover", "dates", "lexicon")


def _kronika_cmd() -> str:
    """The extractor as the scorer calls it: this interpreter, this checkout's package."""
    return f"{sys.executable} -m kronika extract --format jsonl"


def _split_dev2(tmp: Path) -> dict[str, Path]:
    """Symlink dev2's documents into an odd and an even folder by the number in their id."""
    halves = {"odd": tmp / "odd", "even": tmp / "even"}
    for d in halves.values():
        d.mkdir()
    for txt in sorted((SHARED / "corpus" / "dev2").glob("*.txt")):
        number = int("".join(c for c in txt.stem if c.isdigit()) or 0)
        half = halves["odd" if number % 2 else "even"]
        for suffix in (".txt", ".json"):
            src = txt.with_suffix(suffix)
            if src.exists():
                (half / src.name).symlink_to(src)
    return halves


def _scorer():
    """../shared/eval/score.py as a module: its own reading of the gold folders."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _predict(sets: dict[str, list[Path]], tmp: Path) -> Path:
    """One `kronika extract` over the documents of every event set, given as score.py's --cmd gives
    them ({"id", "text", "url"} lines): the process and the analysers it loads (Japanese, Korean) start
    once, not once per set. Its predictions file, which score.py --pred reads per set."""
    scorer = _scorer()
    docs = {str(g["id"]): g for golds in sets.values() for g in scorer.load_gold([str(d) for d in golds])}
    inputs, preds = tmp / "docs.jsonl", tmp / "predictions.jsonl"
    with open(inputs, "w", encoding="utf-8") as f:
        for g in docs.values():
            f.write(json.dumps({"id": g["id"], "text": g["_text"], "url": g.get("source_url")},
                               ensure_ascii=False) + "\n")
    out = subprocess.run(shlex.split(_kronika_cmd()) + [str(inputs)], capture_output=True, text=True, env=_env())
    if out.returncode != 0:
        # as score.py does with --cmd: documents without a prediction score 0, and it is said
        if not out.stdout.strip():
            raise SystemExit(f"kronika extract failed ({out.returncode}):\n{out.stderr[-2000:]}")
        print(f"kronika extract exited {out.returncode}; documents without a prediction score 0:\n"
              f"{out.stderr[-1000:]}", file=sys.stderr)
    preds.write_text(out.stdout, encoding="utf-8")
    return preds


def _score(golds: list[Path], preds: Path, out: Path, show: bool) -> dict:
    """One run of the event scorer on these gold folders; the ALL row of its figures."""
    cmd = [sys.executable, str(SHARED / "eval" / "score.py")]
    for g in golds:
        cmd += ["--gold", str(g)]
    cmd += ["--pred", str(preds), "--json", str(out)] + (["--show"] if show else [])
    proc = subprocess.run(cmd, capture_output=True, text=True, env=_env())
    if show:
        print(proc.stdout)
    return json.loads(out.read_text())["ALL"]


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _peer(script: str, args: list[str], out: Path) -> dict:
    subprocess.run([sys.executable, str(SHARED / "peer" / script), *args, str(out)],
                   capture_output=True, text=True, env=_env())
    return json.loads(out.read_text())


def _ratio(pair) -> float | None:
    return round(pair[0] / pair[1], 3) if pair and pair[1] else None


def measure(sets: list[str], show: bool = False) -> dict:
    """Figures per set: the event sets from one extraction, the peer sets side by side with it."""
    from concurrent.futures import ThreadPoolExecutor

    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        halves = _split_dev2(tmp) if {"odd", "even"} & set(sets) else {}
        events = {}
        if "dev" in sets:
            events["dev"] = [SHARED / "corpus" / "dev", SHARED / "corpus" / "seeds"]
        for half in ("odd", "even"):
            if half in sets:
                events[f"dev2-{half}"] = [halves[half]]
        jobs = {}
        if "plover" in sets:
            jobs["plover"] = lambda: _plover(tmp)
        if "dates" in sets:
            jobs["dateparser"] = lambda: _dates(tmp)
        if "lexicon" in sets:
            jobs["lexicon"] = lambda: {k.replace(" ", "_"): _ratio(v) for k, v in _peer(
                "eval_lexicon.py", [str(SHARED / "peer" / "dateparser_lexicon.jsonl")], tmp / "lex.json").items()}
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            futures = {name: pool.submit(job) for name, job in jobs.items()}
            figures = {}
            if events:
                preds = _predict(events, tmp)
                scored = {name: pool.submit(_score, golds, preds, tmp / f"{name}.json", show)
                          for name, golds in events.items()}
                figures = {name: f.result() for name, f in scored.items()}
            return {**figures, **{name: f.result() for name, f in futures.items()}}


def _plover(tmp: Path) -> dict:
    p = _peer("eval_plover.py", [str(SHARED / "peer" / "plover_gsr.jsonl"),
                                 str(Path(sys.executable).with_name("kronika")), str(tmp / "pc.jsonl")],
              tmp / "plover.json")
    return {"dip8_type": _ratio(p["dip8"]), "mode": _ratio(p["mode"])}


def _dates(tmp: Path) -> dict:
    p = _peer("eval_dates.py", [str(SHARED / "peer" / "dateparser_cases.jsonl"), str(tmp / "dc.jsonl")],
              tmp / "dates.json")
    return {"core": _ratio(p["core"]), "all": _ratio(p["all"])}


def _print(figures: dict) -> None:
    events = {k: v for k, v in figures.items() if k.startswith("dev")}
    if events:
        print(f"{'set':<10} {'docs':>4} " + " ".join(f"{f[:9]:>9}" for f in FIELDS))
        for name, row in events.items():
            print(f"{name:<10} {row['docs']:>4} " + " ".join(
                f"{row[f]:>9.3f}" if row.get(f) is not None else f"{'-':>9}" for f in FIELDS))
    for name, row in figures.items():
        if not name.startswith("dev"):
            print(f"{name:<10} " + "  ".join(f"{k}={v}" for k, v in row.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(ALL_SETS))
    ap.add_argument("--json", help="write the figures here")
    ap.add_argument("--show", action="store_true", help="per-document rows of the event scorer")
    a = ap.parse_args()
    figures = measure([s.strip() for s in a.sets.split(",") if s.strip()], a.show)
    _print(figures)
    if a.json:
        Path(a.json).write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
