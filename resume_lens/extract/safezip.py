"""Check a DOCX zip archive before python-docx reads it, without ever inflating more than allowed.

Also finds a package's main part the way the Open Packaging Conventions do
(:func:`find_main_part`), so that format detection does not depend on the name
``word/document.xml`` (Word Online writes ``word/document2.xml``).

python-docx reads each part with :meth:`zipfile.ZipFile.read`, which inflates a member in one call
of up to 1 GiB (``ZipExtFile.MAX_N``) and only then cuts it to the size the archive declares. A
member that declares a few bytes but holds a deflate stream of gigabytes (a "lying" zip bomb)
therefore passes a check of the declared sizes and still exhausts memory. :func:`check_zip_members`
inflates every member in 64 KB steps, one byte past its declared size, so such a member is caught
with at most 64 KB of it in memory; once every member ends where it says it does, python-docx's
reads are bounded by the declared sizes (which ``docx.py`` has already checked against the limits).
"""

from __future__ import annotations

import copy
import posixpath
import zipfile
import zlib
from typing import Any, NamedTuple

from resume_lens.errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    ResumeLensError,
    UnsupportedFormatError,
)
from resume_lens.extract.budget import check_budget

__all__ = [
    "MAX_PACKAGE_XML",
    "READ_CHUNK",
    "WORD_MAIN_CONTENT_TYPES",
    "MainPart",
    "check_zip_members",
    "find_main_part",
]

#: Bytes inflated per read while checking a member.
READ_CHUNK = 65_536

# Word writes stored and deflated members only; zipfile inflates bzip2 and LZMA members without a
# size cap per call, so they are refused rather than read.
_METHODS = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})

#: Largest ``_rels/.rels`` or ``[Content_Types].xml`` :func:`find_main_part` reads, in bytes. Word
#: writes about 1 KB and 3 KB; a bigger one is not a resume's and the package is judged by name.
MAX_PACKAGE_XML = 1_000_000

#: Content types of the main part of a WordprocessingML package (ECMA-376 Part 1 §11.3.10 and
#: [MS-OE376] §2.1.3): a document (.docx, also Strict), a template (.dotx), and their macro-enabled
#: forms (.docm, .dotm).
WORD_MAIN_CONTENT_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    }
)

# The package relationship that names the main part: Transitional (python-docx's
# RELATIONSHIP_TYPE.OFFICE_DOCUMENT) and Strict OOXML (ECMA-376 Part 1 §9.1.3, purl.oclc.org names).
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
_RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TYPES_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"


class MainPart(NamedTuple):
    """The main part of an OPC package (ECMA-376 Part 2 §8.3 and §9.3).

    Attributes
    ----------
    member : str
        Its zip member name, e.g. ``"word/document.xml"`` or ``"word/document2.xml"``.
    content_type : str or None
        Its content type from ``[Content_Types].xml`` (an ``Override``, else the ``Default`` for its
        extension); ``None`` when none is given.
    strict : bool
        True when the package names it with the Strict OOXML relationship type.
    """

    member: str
    content_type: str | None
    strict: bool


def check_zip_members(archive: zipfile.ZipFile, name: str) -> None:
    """Inflate every member of ``archive`` in small steps and check it ends at its declared size.

    Parameters
    ----------
    archive : zipfile.ZipFile
        An open archive (read mode).
    name : str
        File name for error messages.

    Raises
    ------
    EncryptedDocumentError
        A member is encrypted with a zip password.
    UnsupportedFormatError
        A member uses a compression method other than stored or deflate.
    CorruptDocumentError
        A member inflates to more bytes than it declares, or its data or CRC is damaged.
    ExtractionTimeoutError
        The current extraction budget ran out of time (checked after every step).
    """
    for info in archive.infolist():
        if info.flag_bits & 0x1:
            raise EncryptedDocumentError(
                f"{name} is a password-protected zip archive; ask the candidate for an unprotected copy."
            )
        if info.compress_type not in _METHODS:
            raise UnsupportedFormatError(
                f"{name} uses a zip compression method Word does not write; "
                "ask for a PDF or a DOCX saved by Word."
            )
        if info.is_dir():
            continue
        # Read one byte more than declared: a member that yields it is longer than it says.
        probe = copy.copy(info)
        probe.file_size = info.file_size + 1
        inflated = 0
        try:
            with archive.open(probe) as member:
                while chunk := member.read(READ_CHUNK):
                    inflated += len(chunk)
                    check_budget()
                    if inflated > info.file_size:
                        break
        except ResumeLensError:
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as e:
            raise _damaged(name) from e
        if inflated != info.file_size:
            raise _damaged(name)


def _damaged(name: str) -> CorruptDocumentError:
    return CorruptDocumentError(
        f"{name} is a damaged Word file (a part of it does not unpack to its recorded size); "
        "ask the candidate to re-save it as .docx or PDF."
    )


def find_main_part(archive: zipfile.ZipFile) -> MainPart | None:
    """Find the package's main part as python-docx does: the target of the ``officeDocument``
    relationship in ``_rels/.rels``, with its content type from ``[Content_Types].xml``.

    Only these two small members are read, each at most :data:`MAX_PACKAGE_XML` bytes (the read
    stops there, so a member that inflates further costs no more), and only if stored or
    deflated and not encrypted. They are parsed with lxml (python-docx's parser) without resolving
    entities or reaching the network.

    Parameters
    ----------
    archive : zipfile.ZipFile
        An open archive (read mode).

    Returns
    -------
    MainPart or None
        ``None`` when the package has no readable ``_rels/.rels``, no ``officeDocument``
        relationship to an internal part, or that part is not in the archive.
    """
    from lxml import etree

    rels = _small_member(archive, "_rels/.rels")
    if rels is None:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(rels, parser)
    except etree.XMLSyntaxError:
        return None
    for relationship in root.iter(f"{_RELS_NS}Relationship"):
        kind = relationship.get("Type")
        target = relationship.get("Target")
        if kind not in (_OFFICE_DOCUMENT, _STRICT_OFFICE_DOCUMENT) or not target:
            continue
        if relationship.get("TargetMode") == "External":
            continue
        # Resolved against the package root, as python-docx's PackURI.from_rel_ref does.
        partname = posixpath.normpath(posixpath.join("/", target))
        member = partname.lstrip("/")
        if member not in archive.NameToInfo:
            return None
        return MainPart(member, _content_type(archive, partname, parser), kind == _STRICT_OFFICE_DOCUMENT)
    return None


def _content_type(archive: zipfile.ZipFile, partname: str, parser: Any) -> str | None:
    """The content type ``[Content_Types].xml`` gives ``partname`` (part names compare caselessly)."""
    from lxml import etree

    data = _small_member(archive, "[Content_Types].xml")
    if data is None:
        return None
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None
    for override in root.iter(f"{_TYPES_NS}Override"):
        if (override.get("PartName") or "").lower() == partname.lower():
            return override.get("ContentType")
    extension = posixpath.splitext(partname)[1].lstrip(".").lower()
    for default in root.iter(f"{_TYPES_NS}Default"):
        if (default.get("Extension") or "").lower() == extension:
            return default.get("ContentType")
    return None


def _small_member(archive: zipfile.ZipFile, member: str) -> bytes | None:
    """The bytes of ``member`` if it exists, is stored or deflated, unencrypted and small enough."""
    info = archive.NameToInfo.get(member)
    if info is None or info.flag_bits & 0x1 or info.compress_type not in _METHODS:
        return None
    if info.file_size > MAX_PACKAGE_XML:
        return None
    try:
        with archive.open(info) as handle:
            data = handle.read(MAX_PACKAGE_XML + 1)  # deflate output is capped per read call
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
        return None
    return data if len(data) <= MAX_PACKAGE_XML else None
