"""The web side of phone collection: a Starlette app with only the survey pages.

Every address lives under ``/s/<token>/``; without the session's token every request
is refused. What exists: the page, its stylesheet and script, a name search, a code
check and the submission. No results, no other answers, no roster listing, no file.
Limits on request size and rate, a CSRF check on every write, security headers on
every answer, and a request log without personal data (the kind of request, the
status and the time taken: no addresses, no names, no typed text).
"""

from __future__ import annotations

import json
import logging
import secrets
import time
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from kennisnet.phones.session import CODES, Invalid, PhoneSession
from kennisnet.phones.texts import page_texts
from kennisnet.resources import resource

log = logging.getLogger("kennisnet.phones.requests")

#: The largest request body accepted (a whole answer is a few kilobytes).
MAX_BODY = 64 * 1024

CSRF_HEADER = "x-kennisnet-csrf"

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        b"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]

_STATIC = {"phone.css": "text/css; charset=utf-8", "phone.js": "text/javascript; charset=utf-8"}

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class Guard:
    """ASGI middleware: security headers, body size limit and the request log."""

    def __init__(self, app: ASGIApp, session: PhoneSession) -> None:
        self.app = app
        self.session = session

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 0}
        scope["state"] = {"kind": "refused"}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = int(message["status"])
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length", b"0")
        too_big = not length.isdigit() or int(length) > MAX_BODY
        if too_big or b"transfer-encoding" in headers:
            await _plain(413, "Request too large")(scope, receive, send_with_headers)
        else:
            await self.app(scope, receive, send_with_headers)
        kind = scope["state"].get("kind", "refused")
        counts = self.session.counters.requests
        counts[kind] = counts.get(kind, 0) + 1
        log.info(
            "%s %s %d %.1f ms",
            scope.get("method", "?"),
            kind,
            status["code"],
            (time.perf_counter() - started) * 1000,
        )


def _plain(status: int, text: str) -> Response:
    return Response(text, status_code=status, media_type="text/plain; charset=utf-8")


def create_app(session: PhoneSession) -> ASGIApp:
    """The ASGI app serving ``session``'s survey (and nothing else)."""
    folder = resource("phones")
    templates = Environment(
        loader=FileSystemLoader(str(folder)),
        autoescape=select_autoescape(("html",)),
        auto_reload=False,
    )
    page = templates.get_template("page.html")
    denied = templates.get_template("denied.html")
    static = {name: (Path(folder) / name).read_bytes() for name in _STATIC}

    def _kind(request: Request, kind: str) -> None:
        request.scope["state"]["kind"] = kind

    def _refused(request: Request) -> Response:
        lang = _language(request)
        return HTMLResponse(
            denied.render(lang=lang, t=page_texts(session.questionnaire, lang)), status_code=403
        )

    def _token_ok(request: Request) -> bool:
        return secrets.compare_digest(
            str(request.path_params.get("token", "")).encode(), session.token.encode()
        )

    def _client(request: Request) -> str:
        return request.client.host if request.client else "?"

    def _allowed(request: Request, kind: str) -> bool:
        return session.limiter.allow(_client(request), kind)

    async def _json_body(request: Request) -> Any:
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            raise Invalid("not JSON")
        sent = request.headers.get(CSRF_HEADER, "")
        if not secrets.compare_digest(sent.encode(), session.csrf.encode()):
            raise Invalid("CSRF")
        origin = request.headers.get("origin")
        if origin is not None and origin != f"http://{request.headers.get('host', '')}":
            raise Invalid("origin")
        body = await request.body()
        if len(body) > MAX_BODY:
            raise Invalid("too large")
        try:
            return json.loads(body)
        except ValueError as error:
            raise Invalid("not JSON") from error

    async def show_page(request: Request) -> Response:
        _kind(request, "page")
        if not _token_ok(request):
            return _refused(request)
        if not _allowed(request, "page"):
            return _plain(429, "Too many requests")
        lang = _language(request)
        html = page.render(
            lang=lang,
            t=page_texts(session.questionnaire, lang),
            texts_json=json.dumps(page_texts(session.questionnaire, lang)).replace("</", "<\\/"),
            mode=session.mode,
            csrf=session.csrf,
            project_key=session.project.project_id[:8],
            other_lang="en" if lang == "nl" else "nl",
        )
        return HTMLResponse(html)

    async def show_static(request: Request) -> Response:
        _kind(request, "static")
        if not _token_ok(request):
            return _refused(request)
        name = str(request.path_params.get("name", ""))
        if name not in static:
            return _plain(404, "Not found")
        return Response(static[name], media_type=_STATIC[name])

    async def search(request: Request) -> Response:
        _kind(request, "search")
        if not _token_ok(request):
            return _refused(request)
        if not _allowed(request, "search"):
            return JSONResponse({"error": "rate"}, status_code=429)
        return JSONResponse({"people": session.search(request.query_params.get("q", ""))})

    async def check_code(request: Request) -> Response:
        _kind(request, "code")
        if not _token_ok(request):
            return _refused(request)
        if session.mode != CODES:
            return _plain(404, "Not found")
        if not _allowed(request, "code"):
            return JSONResponse({"error": "rate"}, status_code=429)
        try:
            data = await _json_body(request)
            typed = data.get("code") if isinstance(data, dict) else None
            if not isinstance(typed, str):
                raise Invalid("code")
            status, name = await run_in_threadpool(session.check_code, typed)
        except Invalid:
            return JSONResponse({"error": "invalid"}, status_code=400)
        return JSONResponse({"status": status, "name": name})

    async def submit(request: Request) -> Response:
        _kind(request, "submit")
        if not _token_ok(request):
            return _refused(request)
        if not _allowed(request, "submit"):
            return JSONResponse({"error": "rate"}, status_code=429)
        try:
            data = await _json_body(request)
            outcome = await run_in_threadpool(session.submit, data)
        except Invalid:
            return JSONResponse({"error": "invalid"}, status_code=400)
        except Exception:
            logging.getLogger(__name__).exception("a phone answer could not be stored")
            return JSONResponse({"error": "not_saved"}, status_code=503)
        return JSONResponse({"status": outcome.status})

    async def add_slash(request: Request) -> Response:
        _kind(request, "page")
        if not _token_ok(request):
            return _refused(request)
        return RedirectResponse(f"/s/{session.token}/", status_code=308)

    async def not_found(request: Request) -> Response:
        _kind(request, "refused")
        return _plain(404, "Not found")

    routes = [
        Route("/s/{token}/", show_page, methods=["GET"]),
        Route("/s/{token}", add_slash, methods=["GET"]),
        Route("/s/{token}/static/{name}", show_static, methods=["GET"]),
        Route("/s/{token}/api/search", search, methods=["GET"]),
        Route("/s/{token}/api/code", check_code, methods=["POST"]),
        Route("/s/{token}/api/submit", submit, methods=["POST"]),
        Route("/{rest:path}", not_found),
    ]
    app = Starlette(routes=routes)
    return Guard(app, session)


def _language(request: Request) -> str:
    lang = request.query_params.get("lang")
    if lang in ("nl", "en"):
        return lang
    accept = request.headers.get("accept-language", "").lower()
    return "en" if accept.startswith("en") else "nl"
