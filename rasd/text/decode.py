"""Bytes → text for Arabic articles: UTF-8 (with or without BOM), UTF-16, Windows-1256.

Arabic sites still serve cp1256; a wrong guess produces mojibake that silently yields no
events, so decoding is checked: the result must be mostly letters, not control characters.
"""
from __future__ import annotations

import codecs

from ..extraction import InputError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
MAX_CONTROL_RATIO = 0.01
MAX_REPLACED_RATIO = 0.01   # share of undecodable UTF-8 sequences still read as damaged UTF-8


def decode_bytes(data: bytes, name: str = "input") -> tuple[str, str]:
    """Return (text, encoding); raise InputError for binary or undecodable data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="strict"), encoding, name)
    if b"\x00" in data[:4096]:
        if _looks_utf16(data):
            return _checked(data.decode("utf-16-le", errors="strict"), "utf-16-le", name)
        raise InputError(f"{name}: binary data, not a text article")
    try:
        return _checked(data.decode("utf-8"), "utf-8", name)
    except UnicodeDecodeError:
        pass
    # A few bad bytes in a UTF-8 file (a truncated copy, a stray Latin-1 character) must not
    # send the whole article down the cp1256 path, which turns valid UTF-8 Arabic into mojibake.
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= MAX_REPLACED_RATIO * len(lenient):
        return _checked(lenient, "utf-8", name)
    try:
        return _checked(data.decode("cp1256"), "cp1256", name)
    except UnicodeDecodeError:
        raise InputError(f"{name}: not UTF-8, UTF-16 or Windows-1256 text") from None


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    return sample[1::2].count(0) > len(sample) // 4 or sample[1::2].count(6) > len(sample) // 8


def _checked(text: str, encoding: str, name: str) -> tuple[str, str]:
    if text:
        control = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
        if control / min(len(text), 20000) > MAX_CONTROL_RATIO:
            raise InputError(f"{name}: binary data, not a text article")
    return text, encoding
