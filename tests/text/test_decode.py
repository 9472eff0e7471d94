"""One decoder for `rasd extract` and `rasd ingest`: every encoding Arabic sites use, and a clear
refusal (rasd.InputError) for binary or undecodable bytes."""
from __future__ import annotations

import os

import pytest

from rasd.extraction import InputError
from rasd.text.decode import DecodeError, decode_bytes

ARABIC = "قُتل ثلاثة مسلحين في اشتباكات اندلعت صباح اليوم في مدينة سرت الليبية، وفق مصادر محلية.\n"


@pytest.mark.parametrize("encoding, reported", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("utf-32", "utf-32"),
    ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"), ("cp1256", "cp1256"),
])
def test_arabic_in_every_encoding(encoding, reported):
    assert decode_bytes(ARABIC.encode(encoding)) == (ARABIC, reported)


def test_a_few_damaged_bytes_keep_utf8():
    line = ARABIC.encode("utf-8")
    text, encoding = decode_bytes(line + b"\xff" + line * 20)   # a stray byte between two lines
    assert encoding == "utf-8" and text.count("\ufffd") == 1 and ARABIC in text


def test_non_arabic_legacy_text_is_guessed_not_refused():
    text, _ = decode_bytes("Café crème, naïve résumé: no Arabic here at all.".encode("latin-1"))
    assert text.startswith("Caf") and "here at all." in text


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", os.urandom(8192),
                                  bytes(b or 7 for b in os.urandom(8192))],
                         ids=["png", "random", "random-without-nul"])
def test_binary_data_is_refused(data):
    with pytest.raises(DecodeError, match="report.bin: binary data"):
        decode_bytes(data, "report.bin")


def test_undecodable_text_is_refused():
    with pytest.raises(DecodeError, match="cannot determine the text encoding"):
        decode_bytes(bytes(range(128, 256)) * 4)


def test_a_byte_order_mark_is_trusted_and_checked():
    with pytest.raises(DecodeError, match="invalid utf-8-sig"):
        decode_bytes(b"\xef\xbb\xbf" + ARABIC.encode("utf-8") + b"\xff\xfe\xff")


def test_decode_errors_are_input_errors():
    # `rasd extract` turns InputError into exit code 3; ingest records it as a failure reason.
    assert issubclass(DecodeError, InputError) and issubclass(DecodeError, ValueError)
