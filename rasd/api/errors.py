"""One JSON error shape for every failure: {"detail": "<a sentence a user can act on>"}.

Bad parameters must come back as 4xx with a clear message and never as a 500 with a
traceback; an unexpected server error is logged here and answered without internals.
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("rasd.api")

# Where a parameter came from, in the words of the message ("query parameter 'limit'").
_LOCATION_WORDS = {"query": "query parameter", "path": "path parameter", "body": "body field",
                   "header": "header"}


def describe_validation_error(error: dict) -> str:
    where, *names = error.get("loc", ("request",))
    field = ".".join(str(n) for n in names)
    place = f"{_LOCATION_WORDS.get(where, where)} '{field}'" if field else f"request {where}"
    message = error.get("msg", "is invalid")
    value = error.get("input")
    shown = f" (got {value!r})" if isinstance(value, (str, int, float)) and len(repr(value)) <= 60 else ""
    return f"{place}: {message}{shown}"


async def on_validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    messages = [describe_validation_error(e) for e in exc.errors()]
    return JSONResponse(status_code=422, content={"detail": "; ".join(messages), "errors": messages})


async def on_http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    return JSONResponse(status_code=exc.status_code, content={"detail": detail},
                        headers=getattr(exc, "headers", None))


async def on_unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return JSONResponse(status_code=500, content={"detail": "internal server error (logged on the server)"})


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(Exception, on_unexpected_error)
