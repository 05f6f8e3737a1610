"""The JSON API: the workspace's operations for scripts, described at /openapi.json."""
from __future__ import annotations

from fastapi import Depends, File, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from kronika.model import User
from kronika.store.query import search
from kronika.web import curation, ops, tokens
from kronika.web.jobs import heavy
from kronika.web.safety import MAX_UPLOAD


class EventEdit(BaseModel):
    """Fields to change, as on the command line (countries and topics comma-separated, persons 'Name (CC, role); …')
    or as lists (persons as {name, country, role})."""
    changes: dict[str, str | list[str | dict[str, str | None]] | None] = Field(examples=[
        {"countries": "JP,PL", "mode": "visit", "persons": "Radosław Sikorski (PL, minister of foreign affairs)"}])


class Merge(BaseModel):
    target: int
    others: list[int]


class Split(BaseModel):
    events: list[int]


class UrlIn(BaseModel):
    url: str


class FeedIn(BaseModel):
    url: str
    name: str | None = None


class TokenIn(BaseModel):
    scope: str = Field("viewer", examples=["editor"])
    label: str = Field("script", max_length=64)


class ReportIn(BaseModel):
    profile: str
    month: str = Field(pattern=r"^\d{4}-\d{2}$")
    lang: str | None = None
    format: str = "pdf"
    commentary: str = ""


def _plain(content: dict) -> JSONResponse:
    """A JSON answer of plain dicts and lists as the store reads them: FastAPI's encoder would walk
    every value of a page of events again (a third of the request) to produce the same bytes."""
    return JSONResponse(content)


def register(app, store, user, editor, admin, csrf_ok):
    @app.get("/api/me", tags=["account"])
    def me(u: User = Depends(user)):
        return {"name": u.name, "role": u.role, "csrf": u.csrf}

    @app.post("/api/tokens", tags=["account"])
    async def token_create(request: Request, body: TokenIn, u: User = Depends(user)):
        """A personal token for scripts; its value is shown this once."""
        await csrf_ok(request, u)
        tid, token = tokens.create(store(), u.name, body.scope, body.label, who=u.name)
        return {"id": tid, "token": token, "scope": body.scope}

    @app.get("/api/tokens", tags=["account"])
    def token_list(u: User = Depends(user)):
        return {"tokens": tokens.list_tokens(store(), None if u.role == "admin" else u.name)}

    @app.delete("/api/tokens/{token_id}", tags=["account"])
    async def token_revoke(request: Request, token_id: int, u: User = Depends(user)):
        await csrf_ok(request, u)
        tokens.revoke(store(), token_id, by=u)  # another's token is as unknown as a missing one: 404
        return {"revoked": token_id}

    @app.get("/api/events", tags=["events"])
    def api_events(request: Request, page_no: int = 1, u: User = Depends(user)):
        args = {k: v for k, v in request.query_params.items() if v}
        rows, _ = ops.find_events(store(), args, page_no)
        # events found by words have always carried the search's "kind", as /api/search gives them
        tag = {"kind": "event"} if args.get("q") else {}
        return _plain({"page": page_no, "events": [{**tag, **e.to_dict()} for e in rows]})

    @app.get("/api/events/{event_id}", tags=["events"])
    def api_event(event_id: int, u: User = Depends(user)):
        return {**curation.event(store(), event_id).to_dict(), "history": curation.history(store(), "event", event_id)}

    @app.patch("/api/events/{event_id}", tags=["events"])
    async def api_edit(request: Request, event_id: int, body: EventEdit, u: User = Depends(editor)):
        await csrf_ok(request, u)
        return curation.edit(store(), event_id, body.changes, who=u.name)

    @app.post("/api/events/{event_id}/approve", tags=["events"])
    async def api_approve(request: Request, event_id: int, u: User = Depends(editor)):
        await csrf_ok(request, u)
        return curation.set_status(store(), event_id, "approve", who=u.name)

    @app.post("/api/events/{event_id}/reject", tags=["events"])
    async def api_reject(request: Request, event_id: int, u: User = Depends(editor)):
        await csrf_ok(request, u)
        return curation.set_status(store(), event_id, "reject", who=u.name)

    @app.post("/api/stories/merge", tags=["stories"])
    async def api_merge(request: Request, body: Merge, u: User = Depends(editor)):
        await csrf_ok(request, u)
        return {"story": curation.merge(store(), body.target, body.others, who=u.name)}

    @app.post("/api/stories/{story_id}/split", tags=["stories"])
    async def api_split(request: Request, story_id: int, body: Split, u: User = Depends(editor)):
        await csrf_ok(request, u)
        return {"story": curation.split(store(), story_id, body.events, who=u.name)}

    @app.get("/api/search", tags=["events"])
    def api_search(q: str, limit: int = 20, u: User = Depends(user)):
        return _plain({"results": search(store(), q, max(1, min(limit, 200))).to_dicts()})

    @app.post("/api/documents/url", tags=["sources"])
    async def api_add_url(request: Request, body: UrlIn, u: User = Depends(editor)):
        await csrf_ok(request, u)
        return {"result": await heavy(ops.add_url, store(), body.url)}

    @app.post("/api/documents/upload", tags=["sources"])
    async def api_upload(request: Request, file: UploadFile = File(...), u: User = Depends(editor)):
        await csrf_ok(request, u)
        data = await file.read(MAX_UPLOAD + 1)
        return {"result": await heavy(ops.add_upload, store(), file.filename, data)}

    @app.get("/api/sources", tags=["sources"])
    def api_sources(u: User = Depends(user)):
        return {"feeds": ops.feeds(store()), "documents": ops.recent_documents(store())}

    @app.post("/api/feeds", tags=["sources"])
    async def api_feed_add(request: Request, body: FeedIn, u: User = Depends(admin)):
        await csrf_ok(request, u)
        return {"result": ops.add_feed(store(), body.url, body.name or "")}

    @app.delete("/api/feeds/{feed_id}", tags=["sources"])
    async def api_feed_delete(request: Request, feed_id: int, u: User = Depends(admin)):
        await csrf_ok(request, u)
        ops.remove_feed(store(), feed_id)
        return {"removed": feed_id}

    @app.post("/api/reports", tags=["reports"])
    async def api_report(request: Request, body: ReportIn, u: User = Depends(editor)):
        await csrf_ok(request, u)
        data = await heavy(ops.report_bytes, store(), body.profile, body.month, body.lang, body.commentary,
                          body.format)
        return Response(data, media_type=ops.MEDIA[body.format])
