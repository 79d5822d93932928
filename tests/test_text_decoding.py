"""How text resumes are decoded: UTF-8 with stray bytes, legacy code pages, UTF-16/32 and NUL bytes.

Regression tests for tester6's report: problem 6 (one Windows-1252 byte in a UTF-8 file made the
whole file be re-guessed as mac_latin2, garbling every dash, bullet and accented name) and problem
11 (BOM-less UTF-16, UTF-32-BE with a BOM and a single NUL byte were refused as binary).
"""

from __future__ import annotations

import pytest

from resume_lens.errors import UnsupportedFormatError
from resume_lens.extract import extract_bytes
from resume_lens.extract.detect import detect_format, utf16_without_bom
from resume_lens.extract.text import decode_text

RESUME = (
    "ANIKA SØRENSEN\n"
    "Senior Machine Learning Engineer\n"
    "SUMMARY\n"
    "I build models and keep them running in production.\n"
    "EXPERIENCE\n"
    "Senior ML Engineer, Nordlys Energy, Mar 2021 – Present\n"
    "• Deployed the forecasting model on Kubernetes\n"
)
BINARY_MESSAGE = "cv.txt is a binary file, not a PDF, DOCX or text resume; ask for one of those formats."


def _one_place(name: str) -> str:
    return (
        f"garbled_text: 1 character of {name} could not be read (bytes that are not UTF-8 in a UTF-8 "
        'file, such as a pasted Windows apostrophe) and is shown as "\ufffd"; check the words around it.'
    )


# ------------------------------------------------------------- problem 6: UTF-8 with stray bytes


def test_utf8_with_one_windows_1252_apostrophe_stays_utf8_with_a_warning() -> None:
    data = RESUME.encode().replace(b"I build", b"I\x92ve built")
    document = extract_bytes(data, file="cv.txt")
    assert document.text == RESUME.replace("I build", "I\ufffdve built").rstrip("\n")
    assert document.warnings == (_one_place("cv.txt"),)
    assert decode_text(data) == (RESUME.replace("I build", "I\ufffdve built"), "utf-8")


def test_adjacent_invalid_bytes_are_one_unreadable_character() -> None:
    # An encoded surrogate: three bytes, three U+FFFD, one place.
    data = RESUME.encode() + b"Python \xed\xa0\x80\n"
    document = extract_bytes(data, file="cv.txt")
    assert document.text.endswith("\nPython \ufffd\ufffd\ufffd")
    assert document.text.startswith("ANIKA SØRENSEN\n")
    assert document.warnings == (_one_place("cv.txt"),)


def test_several_stray_bytes_are_counted_by_place() -> None:
    data = RESUME.encode().replace(b"I build", b"\x93I build\x94")
    document = extract_bytes(data, file="cv.txt")
    assert "\n\ufffdI build\ufffd models and keep them running in production.\n" in document.text
    assert document.warnings == (
        "garbled_text: 2 characters of cv.txt could not be read (bytes that are not UTF-8 in a UTF-8 "
        'file, such as a pasted Windows apostrophe) and are shown as "\ufffd"; check the words around them.',
    )


def test_replacement_character_written_in_the_file_is_not_counted() -> None:
    data = ("Skills: Python \ufffd SQL\n" + RESUME).encode() + b"\x92\n"
    assert extract_bytes(data, file="cv.txt").warnings == (_one_place("cv.txt"),)
    assert extract_bytes(("Skills: Python \ufffd SQL\n" + RESUME).encode(), file="cv.txt").warnings == ()


def test_windows_1252_resume_is_still_read_as_windows_1252() -> None:
    text = "Jörg Müller\nIngénieur, Zürich — Genève\nPython, Kubernetes, “MLOps”\n"
    document = extract_bytes(text.encode("cp1252"), file="cv.txt")
    assert document.text == text.rstrip("\n")
    assert document.warnings == ()


def test_more_invalid_places_than_valid_utf8_is_not_utf8() -> None:
    # "Ã©" is C3 A9 in cp1252, valid UTF-8 for "é" by chance; the three other accents are not.
    text = "Jörg Müller, Genève, Ã©\n"
    assert decode_text(text.encode("cp1252")) == (text, "cp1252")


def test_ascii_file_with_one_windows_1252_byte_reads_it_as_windows_1252() -> None:
    # No valid multi-byte UTF-8 and no two non-ASCII bytes in a row: cp1252 without a guess
    # (charset-normalizer 3.5 says big5hkscs here, reading "I\x92ve" as "I\U00020414e").
    data = b"Alex Morgan\nI\x92ve deployed models to production.\n"
    assert decode_text(data) == ("Alex Morgan\nI\u2019ve deployed models to production.\n", "cp1252")
    assert extract_bytes(data, file="cv.txt").warnings == ()


def test_short_western_text_is_not_read_in_a_dos_code_page() -> None:
    # charset-normalizer 3.5 ranks cp775 (Baltic DOS) first for this text; its accents are isolated.
    text = "Résumé\nJosé Müller\nIngénieur logiciel à Paris, Zürich\n"
    assert decode_text(text.encode("latin-1")) == (text, "cp1252")


def test_western_candidate_as_good_as_the_best_guess_wins() -> None:
    # "«Ü" are adjacent, so charset detection runs; charset-normalizer 3.5 ranks hp_roman8 first
    # with cp1250 level (chaos 0.0), which read "«Über mich»" as "¨Éber mich£".
    text = "Lebenslauf\n«Über mich»\nData Engineer in Köln\n"
    assert decode_text(text.encode("cp1252")) == (text, "cp1252")


def test_guessed_non_western_encoding_is_named_in_a_warning() -> None:
    text = (
        "Иван Петров\nИнженер машинного обучения\nОпыт работы\nРазвернул модели в продакшн на Kubernetes.\n"
        * 3
    )
    document = extract_bytes(text.encode("cp1251"), file="cv.txt")
    assert document.text == text.rstrip("\n")
    assert document.warnings == (
        "encoding: cv.txt is not saved as UTF-8 and was read as cp1251, the encoding charset detection "
        "found most likely; if names, dates or bullets look garbled, ask for a UTF-8 text, DOCX or PDF copy.",
    )


# ------------------------------------------------------------ problem 11: UTF-16/32 and NUL bytes


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(codec: str) -> None:
    data = RESUME.encode(codec)
    assert utf16_without_bom(data) == codec
    assert detect_format(data) == "txt"
    document = extract_bytes(data, file="cv.txt")
    assert document.text == RESUME.rstrip("\n")
    assert document.warnings == ()


def test_utf16_without_bom_recognises_a_cjk_resume() -> None:
    text = "王小明\n机器学习工程师\n在生产环境部署机器学习模型, 使用 Kubernetes。\n"
    assert utf16_without_bom(text.encode("utf-16-le")) == "utf-16-le"
    assert extract_bytes(text.encode("utf-16-le"), file="cv.txt").text == text.rstrip("\n")


@pytest.mark.parametrize(
    "data",
    [
        b"A\x00B\x00C",  # odd length
        b"ELF\x00\x01\x02" * 20,  # NULs at odd bytes only, but no spaces or line breaks
        ("ABCDEFGH" * 40).encode("utf-16-le"),  # text without a single space or line break
        bytes(range(256)) * 8,  # NULs at both byte positions
        b"Alex Morgan\n",  # no NULs
    ],
)
def test_utf16_without_bom_rejects_what_is_not_utf16_text(data: bytes) -> None:
    assert utf16_without_bom(data) is None


@pytest.mark.parametrize(
    "data",
    [b"\x00\x00\xfe\xff" + RESUME.encode("utf-32-be"), RESUME.encode("utf-32")],  # utf-32 writes LE + BOM
    ids=["utf-32-be", "utf-32-le"],
)
def test_utf32_with_bom_is_read(data: bytes) -> None:
    assert detect_format(data) == "txt"
    assert extract_bytes(data, file="cv.txt").text == RESUME.rstrip("\n")


def test_one_nul_byte_in_a_text_resume_is_dropped() -> None:
    data = RESUME.encode().replace(b"SUMMARY", b"SUMMARY\x00")
    assert detect_format(data) == "txt"
    document = extract_bytes(data, file="cv.txt")
    assert document.text == RESUME.rstrip("\n")
    assert document.warnings == ()


@pytest.mark.parametrize(
    "data",
    [
        b"ELF\x00\x01\x02" * 20,  # detect: 20 NULs in 120 bytes
        bytes(range(256)) * 8,  # detect: 8 NULs in 2,048 bytes (more than 0.1 %)
        b"hello\x00world",  # detect lets one NUL through; decoding finds 1 control in 11 characters
        ("ABCDEFGH" * 40).encode("utf-16-le"),
    ],
    ids=["elf", "all-bytes", "short-with-nul", "utf16-without-spaces"],
)
def test_binary_data_is_still_refused(data: bytes) -> None:
    with pytest.raises(UnsupportedFormatError) as excinfo:
        extract_bytes(data, file="cv.txt")
    assert str(excinfo.value) == BINARY_MESSAGE
