"""Bytes → text for Arabic articles, for `rasd extract` and `rasd ingest` alike.

Tried in order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without one; UTF-8, also
with a few damaged bytes; Windows-1256 (Arabic sites still serve it) when it yields mostly
Arabic letters; else charset-normalizer's guess. A wrong guess produces mojibake that silently
yields no events, so every result is checked: mostly letters, not control characters.
"""
from __future__ import annotations

import codecs
import re

from ..extraction import InputError

# UTF-32 before UTF-16: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
SAMPLE_CHARS = 20_000
MAX_CONTROL_RATIO = 0.01
MAX_REPLACED_RATIO = 0.01   # share of undecodable UTF-8 sequences still read as damaged UTF-8
MIN_ARABIC_RATIO = 0.3      # share of Arabic letters that makes a cp1256 reading believable
MAX_GUESS_CHAOS = 0.3       # charset-normalizer's mess ratio above which we give up


class DecodeError(InputError):
    """Binary or undecodable bytes (the message names the input and can be shown as is)."""


def decode_bytes(data: bytes, name: str = "input") -> tuple[str, str]:
    """Return (text, encoding); raise DecodeError for binary or undecodable data."""
    encoding = _unicode_encoding(data)
    if encoding:
        text = _strict(data, encoding, name)
    elif b"\x00" in data:
        raise _binary(name)
    else:
        text, encoding = _decode_8bit(data, name)
    if _mostly_control(text):
        raise _binary(name)
    return text, encoding


def _unicode_encoding(data: bytes) -> str | None:
    """UTF-8/16/32 announced by a byte-order mark, or UTF-16 recognised without one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return _utf16_without_bom(data)


def _utf16_without_bom(data: bytes) -> str | None:
    """In UTF-16 Arabic or ASCII text every other byte is 0x00 or 0x06 (the code point's high byte)."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]

    def high_byte_share(half: bytes) -> float:
        return sum(b in (0, 6) for b in half) / len(half)

    if high_byte_share(odd) > 0.9 and high_byte_share(even) < 0.5:
        return "utf-16-le"
    if high_byte_share(even) > 0.9 and high_byte_share(odd) < 0.5:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"{name}: invalid {encoding} text ({exc.reason})") from None


def _decode_8bit(data: bytes, name: str) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # A few bad bytes in a UTF-8 file (a truncated copy, a stray Latin-1 character) must not
    # send the whole article down the cp1256 path, which turns valid UTF-8 Arabic into mojibake.
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= MAX_REPLACED_RATIO * len(lenient):
        return lenient, "utf-8"
    legacy = data.decode("cp1256", errors="replace")
    if _arabic_share(legacy) > MIN_ARABIC_RATIO:
        return legacy, "cp1256"
    if _mostly_control(legacy):   # before guessing: charset-normalizer has no verdict for junk
        raise _binary(name)
    return _guessed(data, name)


def _guessed(data: bytes, name: str) -> tuple[str, str]:
    import charset_normalizer   # imported here: most inputs never get this far, and it is slow to load
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.chaos > MAX_GUESS_CHAOS:
        raise DecodeError(f"{name}: cannot determine the text encoding (not UTF-8, UTF-16 or Windows-1256)")
    return str(best), best.encoding


def _arabic_share(text: str) -> float:
    letters = len(text.replace(" ", ""))
    return len(_ARABIC_LETTER.findall(text)) / letters if letters else 0.0


def _mostly_control(text: str) -> bool:
    sample = text[:SAMPLE_CHARS]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bool(sample) and control / len(sample) > MAX_CONTROL_RATIO


def _binary(name: str) -> DecodeError:
    return DecodeError(f"{name}: binary data, not a text article")
