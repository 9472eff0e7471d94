"""The FastAPI application: JSON API under /api, the dashboard (rasd/web) at /."""
from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.staticfiles import StaticFiles
from starlette.routing import Match

import rasd

from . import extract, reads
from .errors import install_error_handlers

WEB_DIR = Path(__file__).resolve().parent.parent / "web"

# The dashboard loads nothing from elsewhere; the policy makes the browser enforce that,
# and forbids inline script as a second line of defence against injected article HTML.
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                "img-src 'self' data:; connect-src 'self'; font-src 'self'; "
                                "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class SecurityHeaders:
    """ASGI middleware adding SECURITY_HEADERS to every response (plain ASGI: it costs
    microseconds, where Starlette's BaseHTTPMiddleware costs milliseconds per request)."""

    def __init__(self, app):
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *self.headers]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(db_url: str | None = None, *, store=None, extract_slots: int = 2,
               extract_wait_s: float = 5.0, max_extract_bytes: int = extract.MAX_EXTRACT_BYTES) -> FastAPI:
    """Build the app over `store` if given (the caller keeps ownership), else over
    `open_store(db_url)` (None: $RASD_DB, else rasd.db), closed when the app shuts down."""
    owns_store = store is None
    if owns_store:
        from rasd.store import open_store
        store = open_store(db_url)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        threading.Thread(target=extract.warm_up, name="rasd-warm-up", daemon=True).start()
        yield
        if owns_store:
            store.close()

    # Swagger UI and ReDoc load their code from a CDN, which an offline tool must not do;
    # the OpenAPI schema itself is served at /api/openapi.json.
    app = FastAPI(title="rasd", version=rasd.__version__, lifespan=lifespan,
                  description="Events extracted from Arabic news: query, search, extract.",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.state.store = store
    app.state.extract_limiter = extract.ExtractLimiter(extract_slots, extract_wait_s)
    app.state.max_extract_bytes = max_extract_bytes
    install_error_handlers(app)

    app.add_middleware(SecurityHeaders)
    app.include_router(reads.router)
    app.include_router(extract.router)
    app.add_api_route("/api/health", health, methods=["GET"], summary="Liveness and database check")
    app.add_api_route("/api/{path:path}", unknown_endpoint, methods=["GET", "POST", "PUT", "DELETE", "PATCH"],
                      include_in_schema=False)
    app.mount("/", StaticFiles(directory=WEB_DIR, html=True), name="web")
    return app


def health(request: Request) -> dict:
    try:
        events = request.app.state.store.count_events()
    except Exception as exc:  # any database failure is what this endpoint exists to report
        raise HTTPException(503, f"database unavailable: {type(exc).__name__}") from None
    return {"status": "ok", "version": rasd.__version__, "pipeline_version": rasd.PIPELINE_VERSION,
            "events": events}


def unknown_endpoint(request: Request, path: str) -> None:
    # Without this, unknown /api/ paths would fall through to the static files' plain-text 404.
    for route in request.app.router.routes:
        if getattr(route, "endpoint", None) is unknown_endpoint:
            continue
        match, _ = route.matches(request.scope)
        if match is Match.PARTIAL:   # the path exists, the method does not
            raise HTTPException(405, f"{request.method} is not allowed on /api/{path}")
    raise HTTPException(404, f"no API endpoint /api/{path}; see /api/openapi.json")
