"""HTML pages: dashboard, events, event and story, sources, report builder, users."""
from __future__ import annotations

from urllib.parse import urlencode

from fastapi import Depends, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup, escape

from kronika.model import StoredEvent, User
from kronika.store.curate import CurationError, UnknownEvent
from kronika.store.query import EventFilter, list_events
from kronika.store.drafts import event_drafts
from kronika.web import accounts, auth, curation, intake, jobs, ops
from kronika.web.highlight import highlighted
from kronika.web.i18n import Msg, flash_query, request_language
from kronika.web.jobs import heavy
from kronika.web.safety import MAX_UPLOAD

def shown_rows(rows: list[StoredEvent], lang: str) -> list[tuple]:
    """The cells of the events list, as text in the page's language: one value a cell, so that the
    template escapes and prints each once (filters and look-ups at every field were half a page's cost)."""
    from kronika.web.i18n import format_day, message

    unknown = message(lang, "event.unknown")
    status = {}
    out = []
    for e in rows:
        if e.status not in status:
            status[e.status] = message(lang, "status." + e.status, default=e.status)
        when = format_day(e.date, lang) if e.date else unknown
        if e.date_end:
            when += " – " + format_day(e.date_end, lang)
        where = e.location
        kind = f"{e.type}/{e.mode}" if e.mode else f"{e.type}"  # as Jinja printed them, None too
        out.append((e.status, e.id, when, kind, "-".join(e.countries), "; ".join(p.name for p in e.persons),
                    where.city or where.country or "", ", ".join(e.topics), status[e.status],
                    f"{e.document.language}: {(e.document.title or '')[:60]}"))
    return out


# a row of the events list (the template printed it so, cell by cell, before rows_html)
ROW = ('<tr class="status-{}"><td><a href="/events/{}">{}</a></td>\n<td>{}</td><td>{}</td>\n<td>{}</td><td>{}</td>\n'
       '<td>{}</td><td>{}</td><td>{}</td></tr>\n')
CELLS = ROW.count("{}")


def rows_html(rows: list[StoredEvent], lang: str) -> Markup:
    """The rows of the events list as HTML. The page's cells are escaped in one pass over their text
    joined by NUL, which escaping leaves alone: escaped one by one in the template, some 500 calls
    were half of the page's rendering."""
    cells = [str(c) for row in shown_rows(rows, lang) for c in row]
    text = "\0".join(cells)
    if text.count("\0") == len(cells) - 1:
        cells = str(escape(text)).split("\0")
    else:  # a NUL of the data's own: each cell by itself
        cells = [str(escape(c)) for c in cells]
    return Markup("".join(ROW.format(*cells[i:i + CELLS]) for i in range(0, len(cells), CELLS)))


FILTERS = ("date_from", "date_to", "country", "pair", "topic", "type", "lang", "status", "story", "q", "sort")


def register(app, store, user, editor, admin, csrf_ok, page):
    @app.get("/", response_class=HTMLResponse)
    def dashboard(request: Request, u: User = Depends(user), month: str | None = None):
        return page(request, "dashboard.html", u, **ops.dashboard(store(), month or None))

    @app.get("/charts/trend.png")
    def trend_png(u: User = Depends(user), month: str | None = None):
        return Response(ops.trend_png(store(), month or None), media_type="image/png")

    @app.get("/export/events.{fmt}")
    def events_export(request: Request, fmt: str, u: User = Depends(user)):
        args = {k: v for k, v in request.query_params.items() if k in FILTERS and v}
        data = ops.export_events(store(), args, fmt)
        return Response(data, media_type=ops.EXPORTS[fmt][1],
                        headers={"Content-Disposition": f'attachment; filename="kronika-events.{fmt}"'})

    @app.get("/events", response_class=HTMLResponse)
    def events(request: Request, u: User = Depends(user), page_no: int = 1):
        args = {k: v for k, v in request.query_params.items() if k in FILTERS and v}
        rows, total_shown = ops.find_events(store(), args, page_no, brief=True)
        nxt = urlencode({**args, "page_no": page_no + 1}) if total_shown == ops.PAGE else None
        prev = urlencode({**args, "page_no": page_no - 1}) if page_no > 1 else None
        return page(request, "events.html", u, rows=rows_html(rows, request_language(request, u)), args=args,
                    next_q=nxt, prev_q=prev, page_no=page_no, export_q=urlencode(args))

    def event_context(event_id: int, u: User) -> dict:
        """What the event page shows: fields, source with evidence, the story's other reports, history."""
        ev = curation.event(store(), event_id)
        doc_text = ops.document_text(store(), ev.document.id)
        marks = {k: v for k, v in ev.evidence.items() if v}
        story = list_events(store(), EventFilter(story=ev.story, limit=100)) if ev.story else []
        story = [e for e in story if e.id != event_id]
        # every source of the story, each with its own evidence marked
        others = [(o, highlighted(ops.document_text(store(), o.document.id),
                                  {k: v for k, v in o.evidence.items() if v})) for o in story[:10]]
        return dict(ev=ev, text_html=highlighted(doc_text, marks), form=curation.editable_values(ev),
                    drafts=event_drafts(store(), event_id),
                    story=story, others=others, history=curation.history(store(), "event", event_id),
                    story_history=curation.history(store(), "story", ev.story) if ev.story else [],
                    can_edit=auth.rank(u.role) >= auth.rank("editor"), choices=curation.edit_choices())

    @app.get("/events/{event_id}", response_class=HTMLResponse)
    def event_page(request: Request, event_id: int, u: User = Depends(user)):
        return page(request, "event.html", u, **event_context(event_id, u))

    @app.post("/events/{event_id}/edit")
    async def event_edit(request: Request, event_id: int, u: User = Depends(editor)):
        await csrf_ok(request, u)
        form = await request.form()
        typed = {k: str(v) for k, v in form.items() if k != "csrf"}
        try:
            curation.edit_from_form(store(), event_id, typed, who=u.name)
        except UnknownEvent:
            raise  # a 404 page (web/errors.py), not the form
        except CurationError as e:
            # the form comes back with what was typed and the reason, nothing saved
            ctx = event_context(event_id, u)
            resp = page(request, "event.html", u, **{**ctx, "form": {**ctx["form"], **typed}, "error": str(e)})
            resp.status_code = 400
            return resp
        return RedirectResponse(f"/events/{event_id}", status_code=303)

    @app.post("/events/{event_id}/{action}")
    async def event_status(request: Request, event_id: int, action: str, u: User = Depends(editor)):
        await csrf_ok(request, u)
        curation.set_status(store(), event_id, action, who=u.name)
        return RedirectResponse(f"/events/{event_id}", status_code=303)

    @app.post("/stories/merge")
    async def stories_merge(request: Request, target: int = Form(...), other: int = Form(...),
                            back: int = Form(...), u: User = Depends(editor)):
        await csrf_ok(request, u)
        curation.merge(store(), target, [other], who=u.name)
        return RedirectResponse(f"/events/{back}", status_code=303)

    @app.post("/stories/{story_id}/split")
    async def stories_split(request: Request, story_id: int, event: int = Form(...), u: User = Depends(editor)):
        await csrf_ok(request, u)
        curation.split(store(), story_id, [event], who=u.name)
        return RedirectResponse(f"/events/{event}", status_code=303)

    @app.get("/sources", response_class=HTMLResponse)
    def sources(request: Request, u: User = Depends(user), message: str | None = None, job: str | None = None):
        status = jobs.visible(jobs.job_status(job), u) if job else None
        shown = dict(id=status["id"], **intake.status_text(status, request_language(request, u))) if status else None
        return page(request, "sources.html", u, feeds=ops.feeds(store()), recent=ops.recent_documents(store()),
                    message=message, job=shown)

    # adding runs as a job: the page comes back at once and follows its progress (web/intake.py)
    @app.post("/sources/url")
    async def source_url(request: Request, url: str = Form(...), u: User = Depends(editor)):
        await csrf_ok(request, u)
        job = jobs.start(u.name, "url", url[:200], intake.url_work(store(), url))
        return RedirectResponse("/sources?" + urlencode({"job": job.id}), status_code=303)

    @app.post("/sources/upload")
    async def source_upload(request: Request, file: UploadFile = File(...), period: str = Form(""),
                            u: User = Depends(editor)):
        await csrf_ok(request, u)
        data = await file.read(MAX_UPLOAD + 1)
        work = intake.upload_work(store(), file.filename, data, period.strip())
        job = jobs.start(u.name, "upload", (file.filename or "upload")[:200], work)
        return RedirectResponse("/sources?" + urlencode({"job": job.id}), status_code=303)

    @app.post("/feeds")
    async def feeds_add(request: Request, url: str = Form(...), name: str = Form(""), u: User = Depends(admin)):
        await csrf_ok(request, u)
        return RedirectResponse("/sources?" + urlencode({"message": ops.add_feed(store(), url, name)}), status_code=303)

    @app.post("/feeds/{feed_id}/delete")
    async def feeds_delete(request: Request, feed_id: int, u: User = Depends(admin)):
        await csrf_ok(request, u)
        ops.remove_feed(store(), feed_id)
        return RedirectResponse("/sources", status_code=303)

    @app.get("/report", response_class=HTMLResponse)
    def report_page(request: Request, u: User = Depends(user)):
        return page(request, "report.html", u, **ops.report_choices())

    @app.post("/report/preview")
    async def report_preview(request: Request, profile: str = Form(...), month: str = Form(...),
                             lang: str = Form(""), commentary: str = Form(""), u: User = Depends(editor)):
        await csrf_ok(request, u)
        html = await heavy(ops.report_bytes, store(), profile, month, lang or None, commentary, "html")
        resp = Response(html, media_type="text/html; charset=utf-8")
        resp.headers["Content-Security-Policy"] = ops.PREVIEW_CSP
        return resp

    @app.post("/report/download")
    async def report_download(request: Request, profile: str = Form(...), month: str = Form(...),
                              lang: str = Form(""), commentary: str = Form(""), fmt: str = Form("pdf"),
                              u: User = Depends(editor)):
        await csrf_ok(request, u)
        data = await heavy(ops.report_bytes, store(), profile, month, lang or None, commentary, fmt)
        return Response(data, media_type=ops.MEDIA[fmt], headers={
            "Content-Disposition": f'attachment; filename="report-{profile}-{month}.{fmt}"'})

    @app.get("/admin/users", response_class=HTMLResponse)
    def users_page(request: Request, u: User = Depends(admin), message: str | None = None):
        return page(request, "users.html", u, users=accounts.list_users(store()), roles=auth.ROLES,
                    all_roles=(*auth.ROLES, accounts.DISABLED), history=accounts.user_history(store()),
                    message=message)

    def account_change(fn, *args, done: str, **values):
        try:
            fn(store(), *args)
            query = flash_query(done, **values)
        except auth.AuthError as e:
            query = {"message": str(e)}
        return RedirectResponse("/admin/users?" + urlencode(query), status_code=303)

    @app.post("/admin/users")
    async def users_add(request: Request, name: str = Form(...), role: str = Form(...), password: str = Form(...),
                        u: User = Depends(admin)):
        await csrf_ok(request, u)
        return account_change(accounts.add, name, role, password, u.name, done="user_added", name=name)

    @app.post("/admin/users/{name}/role")
    async def users_role(request: Request, name: str, role: str = Form(...), u: User = Depends(admin)):
        await csrf_ok(request, u)
        return account_change(accounts.set_role, name, role, u.name, done="user_role", name=name, role=role)

    @app.post("/admin/users/{name}/password")
    async def users_password(request: Request, name: str, password: str = Form(...), u: User = Depends(admin)):
        await csrf_ok(request, u)
        return account_change(accounts.reset_password, name, password, u.name,
                              done="user_password", name=name)

    @app.post("/admin/users/{name}/remove")
    async def users_remove(request: Request, name: str, u: User = Depends(admin)):
        await csrf_ok(request, u)
        return account_change(accounts.remove_user, name, u.name, done="user_removed", name=name)
