"""Bytes → text for the encodings Arabic sites actually use."""
from __future__ import annotations

import codecs
import re

import charset_normalizer

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class DecodeError(ValueError):
    pass


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII/Arabic text is 0x00 or 0x06."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    high = lambda half: sum(b in (0, 6) for b in half) / len(half)  # noqa: E731
    if high(odd) > 0.9 and high(even) < 0.5:
        return "utf-16-le"
    if high(even) > 0.9 and high(odd) < 0.5:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> str:
    """Decode an article file; raises DecodeError for binary or undecodable content."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {encoding} despite its byte-order mark: {exc.reason}") from None
    utf16 = _looks_utf16(data)
    if utf16:
        return data.decode(utf16, errors="strict")
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Windows-1256 is the legacy Arabic encoding; accept it when it yields mostly Arabic.
    try:
        text = data.decode("cp1256")
        if len(_ARABIC_LETTER.findall(text)) > 0.3 * len(text.replace(" ", "")):
            return text
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.chaos > 0.3:
        raise DecodeError("cannot determine the text encoding (not UTF-8, UTF-16 or cp1256)")
    return str(best)
