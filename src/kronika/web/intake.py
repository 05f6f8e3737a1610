"""Uploads and web pages added from the sources page, as jobs whose progress the page shows."""

import tempfile
from pathlib import Path

from kronika.web import jobs
from kronika.web.i18n import Msg, message
from kronika.web.safety import UnsafeInput, check_upload, check_url


def upload_work(store, name: str | None, data: bytes, period: str | None):
    """The job of one uploaded file: a past report (PDF, DOCX, text) becomes its entries, as with `kronika add`."""
    def work(job: jobs.Job) -> None:
        from kronika.pipeline import add_inputs

        try:
            suffix = check_upload(name or "", data)
        except UnsafeInput as e:
            job.finish(error=str(e))
            return
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / (Path(name or "upload").stem[:80] + suffix)
            path.write_bytes(data)
            job.hide = tmp + "/"
            if not period and _report_without_year(path):
                job.finish(error=Msg("job.no_period", name=name or ""))
                return
            job.finish(add_inputs(store, [str(path)], progress=job.step, period=period or None))
    return work


def _report_without_year(path: Path) -> bool:
    """A past report that names no year anywhere: the page asks for its month (the form's field)."""
    from kronika.ingest.files import iter_inputs
    from kronika.ingest.legacy import LegacyError, is_report, split_report

    for doc in iter_inputs([str(path)]):
        text = getattr(doc, "text", None)
        if text and is_report(text):
            try:
                split_report(text, None, doc.published)
            except LegacyError:
                return True
    return False


def url_work(store, url: str):
    """The job of one web page: fetched politely, every redirect checked against internal addresses."""
    def work(job: jobs.Job) -> None:
        from kronika.ingest.web import Fetcher
        from kronika.pipeline import add_inputs

        try:
            check_url(url)
        except UnsafeInput as e:
            job.finish(error=str(e))
            return
        fetcher = Fetcher(guard=check_url, min_interval=0.5)
        try:
            job.finish(add_inputs(store, [url], fetcher, progress=job.step))
        finally:
            fetcher.close()
    return work


def status_text(status: dict, lang: str) -> dict:
    """What the page shows of a job, in the user's language: a line, and the files that failed."""
    say = lambda key, **v: message(lang, key, **v)  # noqa: E731
    state = status["state"]
    if state == "queued":
        line = say("job.queued", name=status["name"])
    elif state == "running":
        line = say("job.running", name=status["name"], label=status["label"], n=status["done"])
        if status["parts"] > 1:
            line += " " + say("job.entry", part=status["part"], parts=status["parts"])
    elif status.get("error_key"):
        line = say(status["error_key"], **status["error_values"])
    elif status["error"]:
        line = say("job.error", name=status["name"], error=status["error"])
    else:
        counts = [say("job.added", n=status["added"]), say("job.duplicates", n=status["duplicates"]),
                  say("job.events", n=status["events"]), say("job.failed", n=len(status["failed"]))]
        line = say("job.done", name=status["name"], counts=", ".join(counts))
    notes = [say("job.note", text=n) for n in status["notes"]]
    return {"state": state, "finished": state in ("done", "failed"), "text": line,
            "lines": notes + [say("job.failed_item", text=f) for f in status["failed"]]}


def register(app, user) -> None:
    """GET /api/jobs/{id}: a job's status for the page that polls it (and for scripts)."""
    from fastapi import Depends, HTTPException, Request

    from kronika.web.i18n import Msg, request_language

    @app.get("/api/jobs/{job_id}", tags=["sources"])
    def job(request: Request, job_id: str, u: dict = Depends(user)):
        status = jobs.visible(jobs.job_status(job_id), u)
        if status is None:
            raise HTTPException(404, Msg("error.no_job"))
        shown = status_text(status, request_language(request, u))
        return {**{k: status[k] for k in ("id", "state", "done", "part", "parts", "added", "duplicates", "events",
                                          "failed", "notes", "error")}, **shown}
