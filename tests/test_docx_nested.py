"""DOCX text that Word nests inside paragraphs, and Word packages other than a plain .docx.

Regression tests for tester6's report: problem 1 (runs inside tracked insertions, content controls,
smart tags, simple fields, hyperlinks and moves were dropped; deletions must stay out), problem 2
(Word Online's ``word/document2.xml`` main part was refused) and problem 10 (.docm, .dotx, Strict
Open XML and altChunk files were called damaged or empty). Every file is built here with
python-docx, then edited with lxml (runs wrapped) or re-zipped (package parts renamed).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable
from typing import Any

import docx
import hostile_files
import pytest
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import RGBColor

from resume_lens.errors import CorruptDocumentError, DocumentTooLargeError, UnsupportedFormatError
from resume_lens.extract import ExtractionLimits, extract_bytes
from resume_lens.extract.detect import detect_format
from resume_lens.extract.safezip import MAX_PACKAGE_XML, MainPart, find_main_part

DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
TRANSITIONAL_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"

LINES = [
    "Priya Raman",
    "Machine Learning Engineer",
    "EXPERIENCE",
    "Machine Learning Engineer, Acme Retail, Jan 2021 - Present",
]
# The bullet whose middle run gets wrapped: "- " + WRAPPED + " on Kubernetes."
HEAD, WRAPPED, TAIL = "- Deployed ", "the forecasting model to production", " on Kubernetes."
EXPECTED = "\n".join([*LINES, HEAD + WRAPPED + TAIL, "EDUCATION", "M.Sc. Statistics, 2020"])


def _save(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_WRAPPER_ATTRIBUTES = {
    "w:ins": {"w:id": "7", "w:author": "Priya", "w:date": "2024-05-01T00:00:00Z"},
    "w:del": {"w:id": "8", "w:author": "Priya", "w:date": "2024-05-01T00:00:00Z"},
    "w:moveTo": {"w:id": "9", "w:author": "Priya", "w:date": "2024-05-01T00:00:00Z"},
    "w:moveFrom": {"w:id": "10", "w:author": "Priya", "w:date": "2024-05-01T00:00:00Z"},
    "w:fldSimple": {"w:instr": " MERGEFIELD Bullet "},
    "w:smartTag": {"w:uri": "urn:schemas-microsoft-com:office:smarttags", "w:element": "place"},
    "w:hyperlink": {"w:anchor": "top"},
    "w:customXml": {"w:element": "skill"},
    "w:dir": {"w:val": "ltr"},
    "w:bdo": {"w:val": "ltr"},
}


def _wrap(element: Any, *tags: str) -> None:
    """Put ``element`` inside nested wrappers, outermost first, where it stands (``"w:sdt"`` gets
    a w:sdtPr and a w:sdtContent that holds the content)."""
    for tag in reversed(tags):
        wrapper = OxmlElement(tag, attrs={qn(k): v for k, v in _WRAPPER_ATTRIBUTES.get(tag, {}).items()})
        element.addprevious(wrapper)
        if tag == "w:sdt":
            wrapper.append(OxmlElement("w:sdtPr"))
            content = OxmlElement("w:sdtContent")
            wrapper.append(content)
            content.append(element)
        else:
            wrapper.append(element)
        element = wrapper


def resume(edit_bullet: Callable[[Any, Any], None] | None = None, *, wrap_all: tuple[str, ...] = ()) -> bytes:
    """The resume; ``edit_bullet(paragraph, middle_run)`` edits the bullet, ``wrap_all`` wraps every run."""
    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)
    paragraph = document.add_paragraph()
    paragraph.add_run(HEAD)
    middle = paragraph.add_run(WRAPPED)
    paragraph.add_run(TAIL)
    document.add_paragraph("EDUCATION")
    document.add_paragraph("M.Sc. Statistics, 2020")
    if edit_bullet is not None:
        edit_bullet(paragraph, middle)
    if wrap_all:
        for run in list(document.element.body.iter(qn("w:r"))):
            _wrap(run, *wrap_all)
    return _save(document)


def _read(data: bytes, name: str = "cv.docx") -> Any:
    return extract_bytes(data, file=name)


# ------------------------------------------------------------------------- problem 1: nested runs


@pytest.mark.parametrize(
    "wrappers",
    [
        ("w:ins",),
        ("w:sdt",),
        ("w:smartTag",),
        ("w:fldSimple",),
        ("w:hyperlink",),
        ("w:moveTo",),
        ("w:customXml",),
        ("w:dir",),
        ("w:bdo",),
        ("w:sdt", "w:ins", "w:hyperlink"),  # nested: a link typed with Track Changes in a control
        ("w:smartTag", "w:fldSimple"),
    ],
)
def test_runs_inside_inline_wrappers_are_read_in_order(wrappers: tuple[str, ...]) -> None:
    document = _read(resume(lambda paragraph, run: _wrap(run._r, *wrappers)))
    assert document.text == EXPECTED
    assert document.warnings == ()


@pytest.mark.parametrize("wrapper", ["w:ins", "w:sdt", "w:smartTag", "w:fldSimple", "w:moveTo"])
def test_resume_typed_entirely_inside_a_wrapper_is_read(wrapper: str) -> None:
    # tester6 report: a resume typed with Track Changes on came out as "contains no text".
    assert _read(resume(wrap_all=(wrapper,))).text == EXPECTED


def test_tracked_deletion_and_moved_from_text_are_left_out() -> None:
    def edit(paragraph: Any, run: Any) -> None:
        deleted = OxmlElement("w:r")
        deleted.append(parse_xml(f"<w:delText {nsdecls('w')}>the churn model and </w:delText>"))
        run._r.addprevious(deleted)
        _wrap(deleted, "w:del")
        moved = OxmlElement("w:r")
        moved.append(parse_xml(f"<w:t {nsdecls('w')}>MOVED AWAY </w:t>"))
        run._r.addprevious(moved)
        _wrap(moved, "w:moveFrom")
        _wrap(run._r, "w:ins")

    assert _read(resume(edit)).text == EXPECTED


def test_deleted_run_inside_an_insertion_is_left_out() -> None:
    def edit(paragraph: Any, run: Any) -> None:
        deleted = OxmlElement("w:r")
        deleted.append(parse_xml(f"<w:delText {nsdecls('w')}>twelve </w:delText>"))
        run._r.addprevious(deleted)
        _wrap(deleted, "w:ins", "w:del")  # inserted by one author, deleted by another

    assert _read(resume(edit)).text == EXPECTED


def test_paragraph_deleted_with_track_changes_leaves_no_blank_line() -> None:
    document = docx.Document()
    document.add_paragraph("Priya Raman")
    gone = document.add_paragraph()
    gone_run = gone.add_run("Deployed nothing")
    gone_run._r.remove(gone_run._r.find(qn("w:t")))
    gone_run._r.append(parse_xml(f"<w:delText {nsdecls('w')}>Deployed nothing</w:delText>"))
    _wrap(gone_run._r, "w:del")
    mark = gone._p.get_or_add_pPr()
    run_properties = OxmlElement("w:rPr")
    mark.append(run_properties)
    run_properties.append(
        parse_xml(f'<w:del {nsdecls("w")} w:id="3" w:author="a" w:date="2024-05-01T00:00:00Z"/>')
    )
    document.add_paragraph("EDUCATION")
    assert _read(_save(document)).text == "Priya Raman\nEDUCATION"


def test_hidden_run_inside_an_insertion_is_a_hidden_span_not_text() -> None:
    def edit(paragraph: Any, run: Any) -> None:
        stuffed = paragraph.add_run(" Kubeflow Triton")
        stuffed.font.hidden = True  # w:vanish
        _wrap(stuffed._r, "w:ins")
        _wrap(run._r, "w:sdt")

    document = _read(resume(edit))
    assert document.text == EXPECTED
    assert [(span.text, span.reasons) for span in document.hidden_spans] == [("Kubeflow Triton", ("vanish",))]
    assert len(document.warnings) == 1 and document.warnings[0].startswith(
        "hidden_text: cv.docx has 2 words a reader cannot see"
    )


def test_hidden_run_inside_a_deletion_is_neither_text_nor_hidden_span() -> None:
    def edit(paragraph: Any, run: Any) -> None:
        stuffed = paragraph.add_run(" Kubeflow Triton")
        stuffed.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _wrap(stuffed._r, "w:del")

    document = _read(resume(edit))
    assert document.text == EXPECTED
    assert document.hidden_spans == () and document.warnings == ()


def _text_box_run(text: str) -> Any:
    """A run holding a DrawingML text box with one paragraph of ``text``."""
    return parse_xml(
        f"<w:r {nsdecls('w', 'wp', 'a')}"
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:drawing><wp:anchor behindDoc="0"><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
        "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def test_text_box_inside_a_deletion_is_not_read() -> None:
    def edit(paragraph: Any, run: Any) -> None:
        kept, gone = _text_box_run("Kept box"), _text_box_run("Deleted box")
        paragraph._p.append(kept)
        paragraph._p.append(gone)
        _wrap(gone, "w:del")

    lines = _read(resume(edit)).text.split("\n")
    assert lines[4:6] == [HEAD + WRAPPED + TAIL, "Kept box"]
    assert "Deleted box" not in lines


def _white_text_with_drawing(delete_drawing: bool) -> bytes:
    def edit(paragraph: Any, run: Any) -> None:
        stuffed = paragraph.add_run(" Kubeflow Triton")
        stuffed.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        drawing = parse_xml(
            f'<w:r {nsdecls("w", "wp")}><w:drawing><wp:anchor behindDoc="1"/></w:drawing></w:r>'
        )
        paragraph._p.append(drawing)
        if delete_drawing:
            _wrap(drawing, "w:del")

    return resume(edit)


def test_behind_text_drawing_inside_a_deletion_does_not_turn_off_the_colour_rule() -> None:
    # A drawing behind the text makes the page colour unknown, so white text is read (control) ...
    shown = _read(_white_text_with_drawing(delete_drawing=False))
    assert shown.text.split("\n")[4] == HEAD + WRAPPED + TAIL + " Kubeflow Triton"
    assert shown.hidden_spans == ()
    # ... but Word does not draw a deleted drawing, so the white text is on white paper: hidden.
    deleted = _read(_white_text_with_drawing(delete_drawing=True))
    assert deleted.text == EXPECTED
    assert [(span.text, span.reasons) for span in deleted.hidden_spans] == [
        ("Kubeflow Triton", ("low_contrast",))
    ]


# ------------------------------------------------------------------- problem 2 and 10: packages


def rezip(
    data: bytes,
    *,
    rename: dict[str, str] | None = None,
    edit: dict[str, Callable[[bytes], bytes]] | None = None,
    extra: dict[str, bytes] | None = None,
) -> bytes:
    """``data`` re-zipped with members renamed, edited (by their new name) or added."""
    rename, edit = rename or {}, edit or {}
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            name = rename.get(info.filename, info.filename)
            target.writestr(name, edit.get(name, lambda b: b)(source.read(info)))
        for name, blob in (extra or {}).items():
            target.writestr(name, blob)
    return out.getvalue()


def word_online(data: bytes) -> bytes:
    """``data`` with its main part renamed ``word/document2.xml``, as Word Online saves it."""
    return rezip(
        data,
        rename={
            "word/document.xml": "word/document2.xml",
            "word/_rels/document.xml.rels": "word/_rels/document2.xml.rels",
        },
        edit={
            "_rels/.rels": lambda b: b.replace(b"word/document.xml", b"word/document2.xml"),
            "[Content_Types].xml": lambda b: b.replace(b"/word/document.xml", b"/word/document2.xml"),
        },
    )


def test_word_online_document2_is_read() -> None:
    data = word_online(resume(lambda paragraph, run: _wrap(run._r, "w:ins")))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert "word/document.xml" not in archive.namelist()
        assert find_main_part(archive) == MainPart("word/document2.xml", DOCX_MAIN, strict=False)
    assert detect_format(data) == "docx"
    assert _read(data).text == EXPECTED


def test_other_office_package_is_still_not_a_word_document() -> None:
    # An .xlsx-like package: its officeDocument relationship points at a workbook.
    data = rezip(
        resume(),
        rename={"word/document.xml": "xl/workbook.xml"},
        edit={
            "_rels/.rels": lambda b: b.replace(b"word/document.xml", b"xl/workbook.xml"),
            "[Content_Types].xml": lambda b: b.replace(
                b'"/word/document.xml" ContentType="' + DOCX_MAIN.encode(),
                b'"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument'
                b".spreadsheetml.sheet.main+xml",
            ),
        },
    )
    with pytest.raises(UnsupportedFormatError) as excinfo:
        extract_bytes(data, file="cv.xlsx")
    assert str(excinfo.value) == (
        "cv.xlsx is a zip archive but not a Word document; ask for a PDF, DOCX or text copy."
    )


def _rels_with(data: bytes, target: str, *, external: bool = False) -> bytes:
    mode = ' TargetMode="External"' if external else ""
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{TRANSITIONAL_REL}" Target="{target}"{mode}/></Relationships>'
    ).encode()
    return rezip(data, edit={"_rels/.rels": lambda b: rels})


@pytest.mark.parametrize(
    ("target", "external", "expected"),
    [
        ("/word/document.xml", False, MainPart("word/document.xml", DOCX_MAIN, False)),  # absolute
        ("word/../word/document.xml", False, MainPart("word/document.xml", DOCX_MAIN, False)),
        ("word/missing.xml", False, None),
        ("https://example.com/document.xml", True, None),
    ],
)
def test_find_main_part_follows_the_relationship(
    target: str, external: bool, expected: MainPart | None
) -> None:
    with zipfile.ZipFile(io.BytesIO(_rels_with(resume(), target, external=external))) as archive:
        assert find_main_part(archive) == expected


def test_find_main_part_gives_up_on_missing_or_oversized_package_xml() -> None:
    without = rezip(resume(), rename={"_rels/.rels": "_rels/unused.rels"})
    with zipfile.ZipFile(io.BytesIO(without)) as archive:
        assert find_main_part(archive) is None
    padded = rezip(
        resume(),
        edit={
            "_rels/.rels": lambda b: b.replace(b"<Relationships", b" " * MAX_PACKAGE_XML + b"<Relationships")
        },
    )
    with zipfile.ZipFile(io.BytesIO(padded)) as archive:
        assert find_main_part(archive) is None
    # With no usable relationships, the old rule still recognises the package by its part name.
    assert detect_format(without) == "docx" and detect_format(padded) == "docx"


def test_lying_zip_bomb_in_the_renamed_main_part_is_still_refused() -> None:
    members = dict(hostile_files._docx_members())
    xml = members["word/document.xml"]
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = deflater.compress(xml) + deflater.flush(zlib.Z_FULL_FLUSH)
    block = deflater.compress(b" " * 1_048_576) + deflater.flush(zlib.Z_FULL_FLUSH)
    bomb = head + block * 64 + deflater.flush()
    parts = []
    for name, blob in members.items():
        if name == "_rels/.rels":
            blob = blob.replace(b"word/document.xml", b"word/document2.xml")
        if name == "[Content_Types].xml":
            blob = blob.replace(b"/word/document.xml", b"/word/document2.xml")
        if name == "word/document.xml":
            parts.append(("word/document2.xml", bomb, 8, len(xml), zlib.crc32(xml)))
            continue
        parts.append((name, hostile_files._deflate(blob), 8, len(blob), zlib.crc32(blob)))
    data = hostile_files.raw_zip(parts)
    assert detect_format(data) == "docx"
    with pytest.raises(CorruptDocumentError) as excinfo:
        extract_bytes(data, file="cv.docx")
    assert "does not unpack to its recorded size" in str(excinfo.value)


def test_zip_bomb_in_the_renamed_main_part_is_too_large() -> None:
    padding = b"<!--" + b" " * 2_000_000 + b"-->"
    data = word_online(resume())
    data = rezip(data, edit={"word/document2.xml": lambda b: b.replace(b"<w:body>", b"<w:body>" + padding)})
    with pytest.raises(DocumentTooLargeError):
        extract_bytes(data, file="cv.docx", limits=ExtractionLimits(max_bytes=100_000))


@pytest.mark.parametrize(
    "content_type",
    [
        "application/vnd.ms-word.document.macroEnabled.main+xml",  # .docm
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",  # .dotx
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",  # .dotm
    ],
)
def test_macro_enabled_and_template_files_are_read(content_type: str) -> None:
    data = rezip(
        resume(lambda paragraph, run: _wrap(run._r, "w:ins")),
        edit={"[Content_Types].xml": lambda b: b.replace(DOCX_MAIN.encode(), content_type.encode())},
    )
    assert _read(data, "cv.docm").text == EXPECTED


def test_main_part_that_is_not_a_word_document_is_damaged() -> None:
    # Detected by the part name word/document.xml, but the package calls it a spreadsheet.
    data = rezip(
        resume(),
        edit={
            "[Content_Types].xml": lambda b: b.replace(
                DOCX_MAIN.encode(),
                b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            )
        },
    )
    with pytest.raises(CorruptDocumentError) as excinfo:
        _read(data)
    assert str(excinfo.value) == (
        "cv.docx is a damaged Word file that could not be read; "
        "ask the candidate to re-save it as .docx or PDF."
    )


def test_strict_open_xml_is_refused_with_its_name() -> None:
    data = rezip(
        resume(), edit={"_rels/.rels": lambda b: b.replace(TRANSITIONAL_REL.encode(), STRICT_REL.encode())}
    )
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert find_main_part(archive) == MainPart("word/document.xml", DOCX_MAIN, strict=True)
    with pytest.raises(UnsupportedFormatError) as excinfo:
        _read(data)
    assert str(excinfo.value) == (
        "cv.docx is saved as a Strict Open XML Document, a Word format resume_lens cannot read; "
        "ask the candidate to save it as a normal Word Document (.docx) or PDF."
    )


AF_CHUNK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"


def altchunk_resume(*, with_text: bool) -> bytes:
    """A document whose body is an HTML altChunk, with or without a typed paragraph before it."""
    document = docx.Document()
    if with_text:
        document.add_paragraph("Priya Raman")
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="rIdChunk1"/>'))
    html = b"<html><body><p>Deployed models to production</p></body></html>"
    return rezip(
        _save(document),
        edit={
            "word/_rels/document.xml.rels": lambda b: b.replace(
                b"</Relationships>",
                f'<Relationship Id="rIdChunk1" Type="{AF_CHUNK}" Target="chunk1.html"/>'.encode()
                + b"</Relationships>",
            ),
            "[Content_Types].xml": lambda b: b.replace(
                b"</Types>", b'<Default Extension="html" ContentType="text/html"/></Types>'
            ),
        },
        extra={"word/chunk1.html": html},
    )


def test_altchunk_only_document_is_refused_not_called_empty() -> None:
    with pytest.raises(UnsupportedFormatError) as excinfo:
        _read(altchunk_resume(with_text=False))
    assert str(excinfo.value) == (
        "cv.docx holds its content as a web page (HTML) embedded for Word to convert when it opens the "
        "file, which resume_lens does not read; ask the candidate to open it in Word and save it as "
        ".docx or PDF."
    )


def test_altchunk_next_to_text_is_read_with_a_warning() -> None:
    document = _read(altchunk_resume(with_text=True))
    assert document.text == "Priya Raman"
    assert document.warnings == (
        "embedded_content: part of cv.docx is a web page (HTML) embedded for Word to convert when it "
        "opens the file; that part was not read, so ask for a .docx saved by Word or a PDF if evidence "
        "seems missing.",
    )
