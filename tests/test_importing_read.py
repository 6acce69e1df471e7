"""Bytes → text: every refusal names the file and says what to do."""

import codecs

import pytest

from newsroom.importing.read import ImportFileError, decode_text


def _problem(data: bytes, **kwargs) -> str:
    with pytest.raises(ImportFileError) as exc:
        decode_text(data, "press/item.txt", **kwargs)
    assert str(exc.value).startswith("press/item.txt")
    return str(exc.value)


def test_utf8_with_and_without_bom_and_utf16_with_bom_are_read():
    text = "Título — Chongqing\nBody"
    for data in (
        text.encode(),
        codecs.BOM_UTF8 + text.encode(),
        text.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    ):
        assert decode_text(data, "x.txt").text == text


def test_empty_and_whitespace_only_files_are_refused():
    assert "file is empty" in _problem(b"")
    assert "only whitespace" in _problem(b" \n\t\n ")


def test_binary_files_are_refused():
    assert "PDF" in _problem(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary")
    assert "binary data" in _problem(b"abc\x00\x01\x02def")


def test_other_encodings_name_the_encoding_and_how_to_convert():
    data = ("Caf\u00e9 r\u00e9sum\u00e9 na\u00efve d\u00e9j\u00e0 vu \u2013 " * 20).encode("cp1252")
    problem = _problem(data)
    assert "not UTF-8" in problem and "iconv -f" in problem and "-t utf-8" in problem


def test_size_limit_and_long_first_line():
    assert "over the 1 KB limit" in _problem(b"a" * 2048, max_bytes=1024)
    assert "--max-bytes" in _problem(b"a" * 2048, max_bytes=1024)
    assert "first line is 20,000 characters" in _problem(b"x" * 20_000 + b"\nrest")
