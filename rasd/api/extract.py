"""POST /api/extract: an article in, its extraction out, bounded in size and concurrency.

Anyone who can reach the server can post text, so the body is capped before it is read
into memory and only a few extractions run at once; the rest wait briefly, then get 503.
"""
from __future__ import annotations

import asyncio
import logging

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

import rasd
from rasd.extraction import InputError

from .errors import describe_validation_error

# Two bounds: the text bounds extraction time; the body bound is looser because JSON
# clients may escape each Arabic letter as \uXXXX (six bytes), and bounds memory.
MAX_TEXT_CHARS = 200_000
MAX_EXTRACT_BYTES = 6 * MAX_TEXT_CHARS

log = logging.getLogger("rasd.api")

router = APIRouter(prefix="/api")


class ExtractRequest(BaseModel):
    text: str = Field(..., description="Article text (Arabic)")
    published: str | None = Field(None, description="Publication date YYYY-MM-DD; anchors relative dates like أمس")
    title: str | None = Field(None, max_length=1000)


class ExtractLimiter:
    """At most `slots` extractions at once; a request waits up to `wait_s` for a slot."""

    def __init__(self, slots: int, wait_s: float):
        if slots < 1:
            raise ValueError("extraction needs at least one slot")
        self.slots = slots
        self.wait_s = wait_s
        self._semaphore: asyncio.Semaphore | None = None

    async def run(self, function, *args, **kwargs):
        # Created lazily: a Semaphore belongs to the event loop that first awaits it.
        if self._semaphore is None:
            self._semaphore = asyncio.Semaphore(self.slots)
        try:
            await asyncio.wait_for(self._semaphore.acquire(), timeout=self.wait_s)
        except asyncio.TimeoutError:
            raise HTTPException(503, "the server is busy extracting other articles; retry in a moment",
                                headers={"Retry-After": "2"}) from None
        try:
            return await run_in_threadpool(function, *args, **kwargs)
        finally:
            self._semaphore.release()


async def read_capped_body(request: Request, limit: int) -> bytes:
    too_large = HTTPException(413, f"request body too large: the limit is {limit:,} bytes")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise too_large
    body = bytearray()
    async for chunk in request.stream():   # a chunked upload has no content-length to trust
        body += chunk
        if len(body) > limit:
            raise too_large
    return bytes(body)


def parse_extract_request(request: Request, body: bytes) -> ExtractRequest:
    content_type = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if content_type == "text/plain":
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise HTTPException(400, "text/plain body must be UTF-8") from None
        return ExtractRequest(text=text, published=request.query_params.get("published"),
                              title=request.query_params.get("title"))
    if content_type != "application/json":
        raise HTTPException(415, f"send application/json ({{\"text\": ...}}) or text/plain, not {content_type}")
    try:
        return ExtractRequest.model_validate_json(body)
    except ValidationError as exc:
        messages = [describe_validation_error({**e, "loc": ("body", *e["loc"])}) for e in exc.errors()]
        raise HTTPException(422, "; ".join(messages) or "body must be a JSON object with a 'text' field") from None


WARM_UP_TEXT = "قتل ثلاثة مدنيين في قصف على المدينة أمس."


def warm_up() -> None:
    """Load the pipeline's resources (about a second of CPU) before the first user waits for them."""
    try:
        extract_to_dict(ExtractRequest(text=WARM_UP_TEXT))
    except Exception:  # the endpoint reports the same failure to whoever calls it
        log.exception("extraction warm-up failed")


def extract_to_dict(article: ExtractRequest) -> dict:
    doc = rasd.extract(article.text, published=article.published or None, title=article.title)
    return doc.to_dict()


@router.post(
    "/extract",
    summary="Extract events from one article (JSON {text, published, title} or a text/plain body)",
    openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": ExtractRequest.model_json_schema()},
        "text/plain": {"schema": {"type": "string"}}}}},
    responses={413: {"description": "Body over the size limit"}, 503: {"description": "Too many extractions running"}},
)
async def extract(request: Request) -> dict:
    limiter: ExtractLimiter = request.app.state.extract_limiter
    article = parse_extract_request(request, await read_capped_body(request, request.app.state.max_extract_bytes))
    if not article.text.strip():
        raise HTTPException(422, "body field 'text': the article is empty")
    if len(article.text) > MAX_TEXT_CHARS:
        raise HTTPException(413, f"article too long: {len(article.text):,} characters, the limit is {MAX_TEXT_CHARS:,}")
    try:
        return await limiter.run(extract_to_dict, article)
    except InputError as exc:
        raise HTTPException(422, str(exc)) from None
