"""Broken, hostile and limit-testing resume files, generated from code (nothing binary is committed).

Used by ``tests/test_limits.py``, ``tests/test_fuzz_extract.py``, ``tests/test_hostile_inputs.py`` and
``bench/fuzz_extract.py``. PDFs are either drawn with reportlab or written byte by byte with
:func:`pdf_from_objects` (PDF 1.7 §7.5: header, numbered objects, cross-reference table, trailer);
DOCX files come from python-docx, or are zip archives written by hand where a damaged one is needed
(APPNOTE.TXT 4.3: local headers, central directory, end record).

Run ``python tests/hostile_files.py OUT_DIR`` to write every broken kind of :data:`BROKEN_KINDS`
to ``OUT_DIR`` for a look.
"""

from __future__ import annotations

import io
import random
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import docx
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

MB = 1 << 20

RESUME_LINES = [
    "Alex Morgan",
    "Machine Learning Engineer",
    "EXPERIENCE",
    "Senior ML Engineer, Acme Corp, 2021 - 2024",
    "- Deployed a fraud model to production serving 3,000 requests per second",
    "- Owned the feature store, drift monitoring and the on-call rotation",
    "EDUCATION",
    "MSc Computer Science, Example University",
]


# ------------------------------------------------------------------------------- valid seeds


def resume_pdf(*, pages: int = 1, encrypt: StandardEncryption | None = None, compress: bool = True) -> bytes:
    """A plain one-column resume drawn with reportlab's Helvetica (``pages`` copies of it)."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1, encrypt=encrypt, pageCompression=int(compress))
    for _ in range(pages):
        y = 800
        for line in RESUME_LINES:
            c.setFont("Helvetica-Bold" if line.isupper() else "Helvetica", 11)
            c.drawString(72, y, line)
            y -= 18
        c.showPage()
    c.save()
    return buffer.getvalue()


def resume_docx() -> bytes:
    """The same resume as a python-docx document (bullets as a list style)."""
    document = docx.Document()
    for line in RESUME_LINES:
        if line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        else:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ------------------------------------------------------------------------------ raw PDF bytes


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF whose object ``i + 1`` is ``objects[i]`` (object 1 must be the catalog)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data: bytes, entries: bytes = b"") -> bytes:
    """A stream object body with ``/Length`` and the extra dictionary ``entries``."""
    return b"<< /Length %d %s >>\nstream\n" % (len(data), entries) + data + b"\nendstream"


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def page_pdf(
    content_object: bytes,
    font: bytes = HELVETICA,
    extra: list[bytes] | None = None,
    mediabox: bytes = b"0 0 595 842",
) -> bytes:
    """One page (A4 unless ``mediabox`` says otherwise) whose content stream is ``content_object``;
    font ``/F1`` is object 5, ``extra`` objects follow from 6."""
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [%s] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>" % mediabox,
            content_object,
            font,
            *(extra or []),
        ]
    )


def text_content(lines: list[str] = RESUME_LINES) -> bytes:
    """A content stream drawing ``lines`` in Helvetica 11 pt from the top left."""
    ops = [b"BT /F1 11 Tf 72 800 Td 14 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(" + escaped.encode("latin-1") + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def repeated_zlib(chunk: bytes, repeats: int) -> bytes:
    """A zlib stream (RFC 1950) that inflates to ``chunk * repeats``, built without inflating it.

    After ``Z_FULL_FLUSH`` a deflater starts afresh on a byte boundary, so compressing the same
    chunk again gives the same block; the stream is one block repeated, an end block and the
    Adler-32 of the whole inflated data.
    """
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = deflater.compress(chunk) + deflater.flush(zlib.Z_FULL_FLUSH)
    end = deflater.flush(zlib.Z_FINISH)
    adler = 1
    for _ in range(repeats):
        adler = zlib.adler32(chunk, adler)
    return b"\x78\xda" + block * repeats + end + struct.pack(">I", adler)


def flate_bomb_pdf(inflated_mb: int = 256) -> bytes:
    """pdf-notes §1 row 9: about 1.3 KB; its content stream, under two FlateDecode layers,
    inflates to ``inflated_mb`` MB of ``q Q`` operators."""
    inner = repeated_zlib(b"q Q " * (MB // 4), inflated_mb)
    outer = zlib.compress(inner, 9)
    return page_pdf(stream(outer, b"/Filter [/FlateDecode /FlateDecode]"))


def slow_content_pdf(megabytes: int = 5) -> bytes:
    """A page of ``megabytes`` MB of ``q Q`` operators (within the default decoded-bytes limit):
    pdfminer.six needs about 3 s per MB to run them."""
    return page_pdf(stream(zlib.compress(b"q Q " * (megabytes * MB // 4), 9), b"/Filter /FlateDecode"))


def runlength_bomb_pdf(decoded_mb: int = 64) -> bytes:
    """RunLengthDecode (PDF 1.7 §7.4.5): each 2-byte run repeats a space 128 times."""
    data = b"\x81 " * (decoded_mb * MB // 128) + b"\x80"
    return page_pdf(stream(data, b"/Filter /RunLengthDecode"))


def lzw_zero_codes(segments: int) -> bytes:
    """LZWDecode data (PDF 1.7 §7.4.4) of ``segments`` runs of zeros, 9-bit codes only.

    After a clear code (256), code 0 then codes 258, 259, ... each name the entry being defined,
    so they decode to 1, 2, 3, ... zeros; 251 of them (before the table would need 10-bit codes)
    give 31,878 bytes per segment from 285 bytes of codes.
    """
    codes: list[int] = []
    for _ in range(segments):
        codes += [256, 0, *range(258, 258 + 251)]
    codes.append(257)
    bits = "".join(format(code, "09b") for code in codes)
    bits += "0" * (-len(bits) % 8)
    return int(bits, 2).to_bytes(len(bits) // 8, "big")


def lzw_bomb_pdf(segments: int = 256) -> bytes:
    """A content stream of ``segments`` LZW runs of zeros (31,878 bytes each)."""
    return page_pdf(stream(lzw_zero_codes(segments), b"/Filter /LZWDecode"))


def ccitt_wide_pdf(columns: int = 2_000_000_000) -> bytes:
    """A content stream that claims CCITT fax data ``columns`` pixels wide (pdfminer.six would
    build a list of that many ints for the first line)."""
    return page_pdf(
        stream(b"\x00" * 64, b"/Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns %d >>" % columns)
    )


def _cid_font_pdf(descendant: bytes, type0_extra: bytes = b"", extra: list[bytes] | None = None) -> bytes:
    font = b"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [6 0 R] %s >>"
    content = b"BT /F1 11 Tf 72 800 Td <0041004200430044> Tj ET"
    return page_pdf(stream(content), font % type0_extra, [descendant, *(extra or [])])


def widths_bomb_pdf() -> bytes:
    """803 bytes of PDF whose CID font asks for widths of two billion codes (``/W [0 2e9 500]``):
    pdfminer.six used 1.5 GB in 6 s before failing."""
    return _cid_font_pdf(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /W [0 2000000000 500] >>"
    )


def tounicode_bomb_pdf() -> bytes:
    """A ToUnicode CMap with one ``bfrange`` over four billion codes."""
    cmap = b"begincmap\n1 beginbfrange\n<00000000> <FFFFFFFF> <0041>\nendbfrange\nendcmap\n"
    return _cid_font_pdf(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> >>",
        b"/ToUnicode 7 0 R",
        [stream(cmap)],
    )


def truetype_cmap_bomb_pdf() -> bytes:
    """An embedded TrueType font (no ToUnicode) whose format-12 ``cmap`` group spans 2^32 codes."""
    subtable = (
        struct.pack(">HHII", 12, 0, 28, 0) + struct.pack(">I", 1) + struct.pack(">III", 0, 0xFFFFFFFF, 0)
    )
    cmap = struct.pack(">HH", 0, 1) + struct.pack(">HHL", 3, 10, 12) + subtable
    font = (
        b"\x00\x01\x00\x00"
        + struct.pack(">HHHH", 1, 0, 0, 0)
        + struct.pack(">4sLLL", b"cmap", 0, 28, len(cmap))
    )
    return _cid_font_pdf(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R >>",
        extra=[b"<< /Type /FontDescriptor /FontName /X /FontFile2 8 0 R >>", stream(font + cmap)],
    )


def word_grid_pdf(count: int) -> bytes:
    """One page of ``count`` words (at most 624) on a grid, each its own text box.

    Words ``w0``, ``w1``, ... fill rows of 13 from the top left. The columns are 40 pt apart (a
    word is at most 22 pt wide, and pdfminer.six joins characters less than two character widths
    apart) and the rows 16 pt (9 pt type; it joins lines less than half a line height apart), so no
    two words share a line or a box.
    """
    if count > 13 * 48:
        raise ValueError("at most 624 words fit the grid")
    ops = [b"BT /F1 9 Tf"]
    for i in range(count):
        row, column = divmod(i, 13)
        ops.append(b"1 0 0 1 %d %d Tm (w%d) Tj" % (30 + 40 * column, 800 - 16 * row, i))
    ops.append(b"ET")
    return page_pdf(stream(zlib.compress(b"\n".join(ops)), b"/Filter /FlateDecode"))


def many_rects_pdf(count: int) -> bytes:
    """One page of ``count`` filled 1-point squares and one line of text."""
    content = text_content(RESUME_LINES[:2]) + b"\n" + b"10 10 1 1 re f\n" * count
    return page_pdf(stream(zlib.compress(content), b"/Filter /FlateDecode"))


def huge_glyph_pdf() -> bytes:
    """A resume page a billion points square with one glyph a billion points high after the text:
    pdfminer.six's layout grid (50 pt cells) would need about 10^14 cells for it."""
    content = text_content() + b"\nBT /F1 1000000000 Tf 72 400 Td (x) Tj ET"
    return page_pdf(stream(content), mediabox=b"0 0 1000000000 1000000000")


def image_only_pdf() -> bytes:
    """A 'scanned' page: one raster image and a frame, no text."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    c.drawInlineImage(Image.new("L", (60, 80), color=200), 72, 400, width=300, height=400)
    c.rect(60, 380, 320, 440)
    c.showPage()
    c.save()
    return buffer.getvalue()


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), color=(200, 10, 10)).save(buffer, format="PNG")
    return buffer.getvalue()


# --------------------------------------------------------------------------------- zip / DOCX


def raw_zip(members: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip archive written by hand: ``(name, data, method, declared_size, crc)`` per member.

    ``data`` is stored as given (already deflated for method 8), so the declared size and CRC can
    disagree with it. Flag bit 0 (encrypted) is set for method 99.
    """
    out = bytearray()
    central = bytearray()
    for name, data, method, size, crc in members:
        encoded = name.encode()
        flags = 1 if method == 99 else 0
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x21, crc, len(data), size, len(encoded), 0
        )
        out += encoded + data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, 0, 0x21, crc, len(data), size,
            len(encoded), 0, 0, 0, 0, 0, offset,
        )  # fmt: skip
        central += encoded
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(out), 0)
    return bytes(out + central + end)


def _docx_members() -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(resume_docx())) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def _deflate(data: bytes) -> bytes:
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    return deflater.compress(data) + deflater.flush()


def docx_with(replace: dict[str, tuple[bytes, int, int, int]]) -> bytes:
    """The resume DOCX re-zipped by hand, with some members replaced by ``(data, method, size, crc)``."""
    members = []
    for name, data in _docx_members():
        if name in replace:
            members.append((name, *replace[name]))
        else:
            members.append((name, _deflate(data), 8, len(data), zlib.crc32(data)))
    return raw_zip(members)


def docx_zip_bomb(inflated_mb: int = 300) -> bytes:
    """An honest zip bomb: ``word/document.xml`` declares and holds ``inflated_mb`` MB of spaces."""
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = deflater.compress(b" " * MB) + deflater.flush(zlib.Z_FULL_FLUSH)
    data = block * inflated_mb + deflater.flush()
    crc = 0
    for _ in range(inflated_mb):
        crc = zlib.crc32(b" " * MB, crc)
    return docx_with({"word/document.xml": (data, 8, inflated_mb * MB, crc)})


def docx_lying_zip_bomb(inflated_mb: int = 300) -> bytes:
    """A lying zip bomb: ``word/document.xml`` declares its real size and CRC, but its deflate stream
    goes on to ``inflated_mb`` MB of spaces. ``ZipFile.read`` inflates all of it in one call
    (up to 1 GiB) before cutting it to the declared size."""
    xml = dict(_docx_members())["word/document.xml"]
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = deflater.compress(xml) + deflater.flush(zlib.Z_FULL_FLUSH)
    block = deflater.compress(b" " * MB) + deflater.flush(zlib.Z_FULL_FLUSH)
    data = head + block * inflated_mb + deflater.flush()
    return docx_with({"word/document.xml": (data, 8, len(xml), zlib.crc32(xml))})


def docx_encrypted_member() -> bytes:
    """A DOCX whose document part is marked zip-encrypted (method 99, flag bit 0)."""
    xml = dict(_docx_members())["word/document.xml"]
    return docx_with({"word/document.xml": (xml, 99, len(xml), zlib.crc32(xml))})


def docx_bzip2_member() -> bytes:
    """A DOCX whose document part is compressed with bzip2 (zip method 12), which Word never writes."""
    import bz2

    xml = dict(_docx_members())["word/document.xml"]
    return docx_with({"word/document.xml": (bz2.compress(xml), 12, len(xml), zlib.crc32(xml))})


# ---------------------------------------------------------------------------------- mutations


def fuzz_seeds() -> dict[str, bytes]:
    """Valid files the fuzzers mutate (all byte-for-byte reproducible)."""
    return {
        "compressed.pdf": resume_pdf(),
        "plain.pdf": resume_pdf(compress=False, pages=2),
        "resume.docx": docx_with({}),
    }


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def _flip_bits(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def _overwrite(data: bytes, rng: random.Random) -> bytes:
    """Overwrite a random run with random bytes, zeros, or bytes PDF and zip parsers react to."""
    out = bytearray(data)
    start = rng.randrange(len(out))
    filler = rng.choice(
        [b"\x00", b"\xff", b"(", b"<<", b"[", b" 0 R ", b"PK\x03\x04", b"%%EOF", b"9999999999"]
    )
    run = rng.randint(1, 64)
    if rng.random() < 0.5:
        piece = bytes(rng.randrange(256) for _ in range(run))
    else:
        piece = (filler * run)[:run]
    out[start : start + run] = piece
    return bytes(out)


def _splice(data: bytes, rng: random.Random) -> bytes:
    """Delete a chunk, or copy one chunk over another place."""
    a, b = sorted(rng.randrange(len(data)) for _ in range(2))
    if rng.random() < 0.5:
        return data[:a] + data[b:]
    at = rng.randrange(len(data))
    return data[:at] + data[a:b] + data[at:]


def _damage_xref(data: bytes, rng: random.Random) -> bytes:
    """Damage a PDF's cross-reference data: startxref, table entries, trailer or object headers."""
    choice = rng.randrange(5)
    if choice == 0 and b"startxref" in data:
        at = data.rindex(b"startxref") + len(b"startxref\n")
        end = data.index(b"\n", at)
        return (
            data[:at]
            + str(rng.choice([0, 1, len(data), 2**63, rng.randrange(len(data))])).encode()
            + data[end:]
        )
    if choice == 1 and b"\nxref" in data:
        start = data.rindex(b"\nxref")
        entries = [
            m
            for m in range(start, len(data) - 20)
            if data[m : m + 1] == b"\n" and data[m + 11 : m + 12] == b" "
        ]
        if entries:
            at = rng.choice(entries) + 1
            return data[:at] + b"%010d" % rng.randrange(10**10) + data[at + 10 :]
    if choice == 2 and b"trailer" in data:
        at = data.rindex(b"trailer")
        return (
            data[:at]
            + rng.choice([b"", b"trailer << /Root 99 0 R >>", b"trailer << /Size -1"])
            + data[at + 7 :]
        )
    if choice == 3 and b" obj" in data:
        headers = [i for i in range(len(data) - 4) if data[i : i + 4] == b" obj"]
        at = rng.choice(headers)
        return data[:at] + rng.choice([b" ob", b"  obj", b" obj obj", b" endobj"]) + data[at + 4 :]
    if choice == 4 and b"/Length" in data:
        at = data.index(b"/Length", rng.randrange(data.index(b"/Length") + 1))
        return data[: at + 8] + str(rng.choice([0, 1, 10**9, -5])).encode() + data[at + 8 :]
    return _flip_bits(data, rng)


def _damage_zip(data: bytes, rng: random.Random) -> bytes:
    """Damage a zip: a central-directory or local-header field, the end record, or member data."""
    out = bytearray(data)
    central = [i for i in range(len(out) - 4) if out[i : i + 4] == b"PK\x01\x02"]
    local = [i for i in range(len(out) - 4) if out[i : i + 4] == b"PK\x03\x04"]
    end = data.rfind(b"PK\x05\x06")
    choice = rng.randrange(4)
    value = rng.choice([0, 1, 0xFFFF, 0xFFFFFFFF, rng.randrange(2**32)])
    if choice == 0 and central:
        # compression method, CRC, sizes, name length or local header offset of one entry
        field, width = rng.choice([(10, 2), (16, 4), (20, 4), (24, 4), (28, 2), (42, 4)])
        at = rng.choice(central) + field
        out[at : at + width] = (value % 2 ** (8 * width)).to_bytes(width, "little")
    elif choice == 1 and local:
        field, width = rng.choice([(6, 2), (8, 2), (14, 4), (18, 4), (22, 4), (26, 2)])
        at = rng.choice(local) + field
        out[at : at + width] = (value % 2 ** (8 * width)).to_bytes(width, "little")
    elif choice == 2 and end >= 0:
        field, width = rng.choice([(8, 2), (10, 2), (12, 4), (16, 4)])
        out[end + field : end + field + width] = (value % 2 ** (8 * width)).to_bytes(width, "little")
    elif local:
        start = rng.choice(local) + 30
        for _ in range(rng.randint(1, 8)):
            at = min(len(out) - 1, start + rng.randrange(2_000))
            out[at] ^= 1 << rng.randrange(8)
    return bytes(out)


#: Mutation name -> function; ``xref`` is for PDFs and ``zip`` for DOCX files.
MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "truncate": _truncate,
    "flip": _flip_bits,
    "overwrite": _overwrite,
    "splice": _splice,
    "xref": _damage_xref,
    "zip": _damage_zip,
}


def mutate(name: str, data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """Apply one to three random mutations that suit the seed ``name``; return their names and the bytes."""
    kinds = [k for k in MUTATIONS if k != ("zip" if name.endswith(".pdf") else "xref")]
    applied = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        kind = rng.choice(kinds)
        if len(data) < 2:
            break
        data = MUTATIONS[kind](data, rng)
        applied.append(kind)
    return "+".join(applied), data


# ------------------------------------------------------------------------ every broken kind

#: File name -> (generator, expected ``error.code``) for a batch over every broken kind of issue 5
#: item 4. ``slow.pdf`` expects ``timeout`` only under a small ``max_seconds`` (the batch tests use
#: 1 second; at the default 15 s it would take about 15 s).
BROKEN_KINDS: dict[str, tuple[Callable[[], bytes], str]] = {
    "encrypted.pdf": (
        lambda: resume_pdf(encrypt=StandardEncryption("secret", ownerPassword="owner")),
        "encrypted",
    ),
    "scanned.pdf": (image_only_pdf, "no_text_layer"),
    "truncated.pdf": (lambda: resume_pdf()[:700], "corrupt"),
    "damaged.docx": (lambda: resume_docx()[:900], "corrupt"),
    "empty.pdf": (lambda: b"", "empty"),
    "photo.pdf": (png_bytes, "unsupported_format"),
    "program.docx": (lambda: b"\x7fELF\x02\x01\x01" + bytes(200), "unsupported_format"),
    "old_word.docx": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "unsupported_format"),
    "protected.docx": (
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptionInfo".encode("utf-16-le"),
        "encrypted",
    ),
    "long.pdf": (lambda: resume_pdf(pages=21), "too_large"),
    "huge.txt": (lambda: b"Machine Learning Engineer\n" * 400_000, "too_large"),
    "bomb.pdf": (flate_bomb_pdf, "too_large"),
    "zip_bomb.docx": (docx_zip_bomb, "too_large"),
    "lying_zip_bomb.docx": (docx_lying_zip_bomb, "corrupt"),
    "font_bomb.pdf": (widths_bomb_pdf, "corrupt"),
    "slow.pdf": (slow_content_pdf, "timeout"),
}


def write_broken_kinds(folder: Path) -> dict[str, str]:
    """Write every file of :data:`BROKEN_KINDS` into ``folder``; return name -> expected code."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (make, _code) in BROKEN_KINDS.items():
        (folder / name).write_bytes(make())
    return {name: code for name, (_make, code) in BROKEN_KINDS.items()}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python tests/hostile_files.py OUT_DIR", file=sys.stderr)
        raise SystemExit(2)
    for name, code in write_broken_kinds(Path(sys.argv[1])).items():
        print(f"{name}\t{code}")
