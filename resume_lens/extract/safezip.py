"""Check a DOCX zip archive before python-docx reads it, without ever inflating more than allowed.

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
import zipfile
import zlib

from resume_lens.errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    ResumeLensError,
    UnsupportedFormatError,
)
from resume_lens.extract.budget import check_budget

__all__ = ["READ_CHUNK", "check_zip_members"]

#: Bytes inflated per read while checking a member.
READ_CHUNK = 65_536

# Word writes stored and deflated members only; zipfile inflates bzip2 and LZMA members without a
# size cap per call, so they are refused rather than read.
_METHODS = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})


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
