"""Per-document budgets enforced *inside* pdfminer.six: decoded bytes, seconds, objects, font tables.

pdfminer.six has no limits of its own. pdf-notes §1 row 9 measured a 1.8 KB PDF whose content stream
is wrapped in two FlateDecode layers and inflates to 256 MB: pdfminer was still running after 60 s
at 465 MB when killed. Limits on the file (bytes, pages) cannot see that, so :func:`extraction_budget`
makes a per-document :class:`Budget` current (in a :class:`contextvars.ContextVar`, so every thread
and every nested call sees its own) and a few hooks, installed into pdfminer.six once, consult it:

* ``pdftypes.zlib`` (FlateDecode, including pdfminer's byte-by-byte fallback for damaged
  streams), ``pdftypes.lzwdecode``, ``rldecode`` and ``ccittfaxdecode``: decoded bytes. Inflation
  runs in 1 MB steps and stops one step past ``max_decoded_bytes``, so a bomb costs about that
  much memory; the time is checked at every step.
* ``PDFContentParser.fillfp``: the time, every 4 KB of content stream (pdfminer.six calls it each
  time it refills its 4 KB buffer; ``fillbuf``, called before every token, would check the
  clock a thousand times as often).
* ``PDFLayoutAnalyzer.begin_page``, ``render_char``, ``paint_path``, ``render_image`` and
  ``begin_figure``: the time, and at most :data:`MAX_PAGE_OBJECTS` characters, shapes, images and
  figures per page.
* ``LTLayoutContainer.group_textboxes`` and ``LTTextGroup.__init__``: the time; a page with more
  than :data:`MAX_GROUPED_TEXT_BOXES` text boxes skips the box grouping (see the constant).
* ``utils.Plane.add`` and ``find`` (the layout's spatial index of 50 pt cells): at most
  :data:`MAX_CELLS_PER_OBJECT` cells per object or search, :data:`MAX_PAGE_LAYOUT_CELLS` stored
  per page.
* ``pdffont.get_widths`` and ``get_widths2``, CMap and ToUnicode entries, TrueType ``cmap``
  subtables: at most :data:`MAX_FONT_ENTRIES` font-table entries per document.

With no budget current every hook calls straight through, so other users of pdfminer.six in the
same process see its usual behaviour. The hooks wrap pdfminer.six internals of 20260107 (the floor
in ``pyproject.toml``; 20251230 lacks the TrueType ``cmap`` methods): a hook whose target an
upgrade removes is skipped with a warning and listed in :data:`MISSING_HOOKS`, which a test
requires to be empty, and the bomb tests in ``tests/test_limits.py`` fail if an upgrade moves the
work elsewhere.

This is a cooperative limit: it cannot interrupt a single C call or a pure-Python loop inside
pdfminer.six that has no hook. Batch workers add a hard wall-clock and memory limit around each file
(:mod:`resume_lens.batch`).

Figures behind the constants (measured on this project's 2-core machine, pdfminer.six 20260107):

* the 25 public template PDFs and 5 example PDFs decode at most 0.36 MB of stream data, draw at most
  4,732 characters, shapes and images on a page, and give at most 73 text boxes per page to the
  layout analysis;
* pdfminer's box grouping (``LTLayoutContainer.group_textboxes``) grows roughly with the cube of
  the number of boxes: 99 boxes took 0.09 s, 187 took 0.5 s, 411 took 4.9 s, 1,000 took about 30 s;
* an LTChar costs about 0.9 KB and a filled rectangle about 1.9 KB at peak.
"""

from __future__ import annotations

import threading
import time
import warnings
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from resume_lens.errors import CorruptDocumentError, DocumentTooLargeError, ExtractionTimeoutError
from resume_lens.extract.limits import ExtractionLimits

__all__ = [
    "INFLATE_STEP",
    "MAX_CELLS_PER_OBJECT",
    "MAX_FONT_ENTRIES",
    "MAX_GROUPED_TEXT_BOXES",
    "MAX_PAGE_LAYOUT_CELLS",
    "MAX_PAGE_OBJECTS",
    "MISSING_HOOKS",
    "Budget",
    "check_budget",
    "current_budget",
    "extraction_budget",
    "install_pdfminer_hooks",
    "unhooked",
]

#: Characters, shapes, images and figures one PDF page may draw: about 10x the densest page of the
#: templates (4,732), and about 50-100 MB of layout objects at peak.
MAX_PAGE_OBJECTS = 50_000
#: Text boxes above which a page skips pdfminer's box grouping (about 1 s at 300 boxes; real resume
#: pages have at most 73). The boxes are then read top to bottom, left to right, as pdfminer does
#: with ``LAParams(boxes_flow=None)`` (pdf-notes §6.3, pdfminer.six #892), and a warning is added.
MAX_GROUPED_TEXT_BOXES = 300
#: Entries in font width tables, CMaps and ToUnicode maps per document. CIDs are 16-bit, so one
#: font maps at most 65,536 codes; 1,000,000 allows 15 full ones. A 1 KB font can otherwise ask
#: pdfminer for billions of entries (``/W [0 2000000000 500]`` exhausted 1.5 GB in 6 s).
MAX_FONT_ENTRIES = 1_000_000

#: Grid cells (pdfminer.six's ``Plane``, 50 pt squares) one layout object or neighbour search may
#: cover: a page of PDF's largest size, 14,400 units square (PDF 1.7 Annex C), covers 289 x 289.
#: A real page is about 200 cells; a garbled font size or text matrix can ask for billions.
MAX_CELLS_PER_OBJECT = 289 * 289
#: Grid cells the layout objects of one page may occupy in all (each is a list entry in memory):
#: the template PDFs use at most 3,000 per page.
MAX_PAGE_LAYOUT_CELLS = 500_000
#: Bytes of Flate output produced per step while a budget is current.
INFLATE_STEP = 1 << 20
#: Clock used for the deadline (a module attribute so tests can replace it).
clock: Callable[[], float] = time.monotonic

_CURRENT: ContextVar[Budget | None] = ContextVar("resume_lens_extraction_budget", default=None)


@dataclass
class Budget:
    """What one document may still cost; raises the typed error the moment a limit is passed.

    Parameters
    ----------
    name : str
        File name for error messages.
    limits : ExtractionLimits
        ``max_seconds`` (wall-clock seconds from the budget's creation) and ``max_decoded_bytes``
        (bytes of decoded PDF stream data, counted for every filter layer) are used.
    """

    name: str
    limits: ExtractionLimits
    deadline: float = field(init=False)
    decoded_bytes: int = field(default=0, init=False)
    font_entries: int = field(default=0, init=False)
    page_objects: int = field(default=0, init=False)
    page_cells: int = field(default=0, init=False)
    layout_calls: int = field(default=0, init=False)
    warnings: list[str] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self.deadline = clock() + self.limits.max_seconds

    def check_time(self) -> None:
        """Raise :class:`ExtractionTimeoutError` once ``max_seconds`` have passed."""
        if clock() > self.deadline:
            raise ExtractionTimeoutError(
                f"{self.name} took more than {self.limits.max_seconds:g} seconds to read, far longer than "
                "any resume (it may be built to stall readers); ask the candidate for a normal PDF export "
                "or a DOCX."
            )

    @property
    def decoded_bytes_left(self) -> int:
        """Bytes of decoded stream data that may still be produced (never negative)."""
        return max(0, self.limits.max_decoded_bytes - self.decoded_bytes)

    def charge_decoded(self, count: int) -> None:
        """Count ``count`` decoded bytes; raise :class:`DocumentTooLargeError` past ``max_decoded_bytes``."""
        self.decoded_bytes += count
        if self.decoded_bytes > self.limits.max_decoded_bytes:
            raise DocumentTooLargeError(
                f"{self.name} unpacks to more than {self.limits.max_decoded_bytes:,} bytes, far more than "
                "any resume (it may be a compression bomb); ask the candidate for a normal PDF export or "
                "a DOCX."
            )
        self.check_time()

    def charge_font_entries(self, count: int) -> None:
        """Count ``count`` font-table entries; raise :class:`CorruptDocumentError` past the cap."""
        self.font_entries += count
        if self.font_entries > MAX_FONT_ENTRIES:
            raise CorruptDocumentError(
                f"{self.name} has a malformed font (its tables list more than {MAX_FONT_ENTRIES:,} "
                "characters); ask the candidate to re-export or resend it."
            )

    def charge_font_entry(self) -> None:
        """Count one font-table entry, checking the time every 4,096 entries."""
        self.charge_font_entries(1)
        if not self.font_entries % 4096:
            self.check_time()

    def start_page(self) -> None:
        """Reset the per-page counts and check the time."""
        self.page_objects = 0
        self.page_cells = 0
        self.check_time()

    def charge_layout_cells(self, cells: int, *, stored: bool) -> None:
        """Count the grid cells of one layout object (``stored``) or neighbour search.

        Raises :class:`CorruptDocumentError` past :data:`MAX_CELLS_PER_OBJECT` cells at once and
        :class:`DocumentTooLargeError` past :data:`MAX_PAGE_LAYOUT_CELLS` stored on one page.
        """
        if not cells <= MAX_CELLS_PER_OBJECT:
            raise CorruptDocumentError(
                f"{self.name} places text or shapes far outside any page size (a damaged or hostile file); "
                "ask the candidate to re-export or resend it."
            )
        if stored:
            self.page_cells += cells
            if self.page_cells > MAX_PAGE_LAYOUT_CELLS:
                raise DocumentTooLargeError(
                    f"{self.name} has a page too complex to lay out (more than {MAX_PAGE_LAYOUT_CELLS:,} "
                    "layout cells), far more than a resume page; check it is the right file."
                )
        self.layout_calls += 1
        if not self.layout_calls % 256:
            self.check_time()

    def charge_page_object(self) -> None:
        """Count one character, shape, image or figure on the current page."""
        self.page_objects += 1
        if self.page_objects > MAX_PAGE_OBJECTS:
            raise DocumentTooLargeError(
                f"{self.name} has a page drawing more than {MAX_PAGE_OBJECTS:,} characters and shapes, "
                "far more than a resume page; check it is the right file."
            )
        if not self.page_objects % 256:
            self.check_time()

    def warn_once(self, message: str) -> None:
        """Add a one-line warning for the document, once."""
        if message not in self.warnings:
            self.warnings.append(message)


def current_budget() -> Budget | None:
    """The budget of the document being extracted in this context, or ``None``."""
    return _CURRENT.get()


def check_budget() -> None:
    """Check the current document's time limit (a no-op outside :func:`extraction_budget`).

    Raises
    ------
    ExtractionTimeoutError
        More than ``max_seconds`` have passed since the budget began.
    """
    budget = _CURRENT.get()
    if budget is not None:
        budget.check_time()


@contextmanager
def extraction_budget(name: str, limits: ExtractionLimits) -> Iterator[Budget]:
    """Make a fresh :class:`Budget` current for the ``with`` block; the clock starts now.

    Parameters
    ----------
    name : str
        File name for error messages.
    limits : ExtractionLimits
        The document's limits.

    Yields
    ------
    Budget
        Its ``warnings`` hold notes for the document (for example a page read without box grouping).
    """
    install_pdfminer_hooks()
    budget = Budget(name, limits)
    token = _CURRENT.set(budget)
    try:
        yield budget
    finally:
        _CURRENT.reset(token)


# ----------------------------------------------------------------------------------- decoding


class _BoundedDecompressor:
    """A ``zlib`` decompressor object whose output is charged to a budget and capped by it."""

    def __init__(self, inner: Any, budget: Budget) -> None:
        self._inner = inner
        self._budget = budget

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        cap = self._budget.decoded_bytes_left + 1
        out = self._inner.decompress(data, cap if max_length <= 0 else min(max_length, cap))
        self._budget.charge_decoded(len(out))
        return out

    def flush(self, *args: int) -> bytes:
        out = self._inner.flush(*args)
        self._budget.charge_decoded(len(out))
        return out

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._inner, attribute)


class _BoundedZlib:
    """Stands in for the ``zlib`` module inside ``pdfminer.pdftypes``.

    ``decompress`` behaves as :func:`zlib.decompress` (same result, same ``zlib.error`` for a
    damaged or truncated stream, so pdfminer's own fallback still runs) but never produces more
    than the current budget allows: inflation stops one byte past it and the budget raises.
    """

    error = zlib.error

    @staticmethod
    def decompress(data: bytes, /, wbits: int = zlib.MAX_WBITS, bufsize: int = zlib.DEF_BUF_SIZE) -> bytes:
        budget = _CURRENT.get()
        if budget is None:
            return zlib.decompress(data, wbits, bufsize)
        inflater = zlib.decompressobj(wbits)
        chunks: list[bytes] = []
        pending = data
        while not inflater.eof:
            # In steps of INFLATE_STEP bytes, so a bomb is stopped with at most the budget in memory.
            chunk = inflater.decompress(pending, INFLATE_STEP)
            pending = inflater.unconsumed_tail
            if not chunk and not pending and not inflater.eof:
                raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
            budget.charge_decoded(len(chunk))
            chunks.append(chunk)
        return b"".join(chunks)

    @staticmethod
    def decompressobj(*args: Any, **kwargs: Any) -> Any:
        inner = zlib.decompressobj(*args, **kwargs)
        budget = _CURRENT.get()
        return inner if budget is None else _BoundedDecompressor(inner, budget)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(zlib, attribute)


def _bounded_lzwdecode(original: Callable[[bytes], bytes]) -> Callable[[bytes], bytes]:
    from pdfminer.lzw import LZWDecoder

    def lzwdecode(data: bytes) -> bytes:
        budget = _CURRENT.get()
        if budget is None:
            return original(data)
        chunks = []
        for chunk in LZWDecoder(BytesIO(data)).run():  # what pdfminer's lzwdecode joins
            budget.charge_decoded(len(chunk))
            chunks.append(chunk)
        return b"".join(chunks)

    return lzwdecode


def _runlength_size(data: bytes) -> int:
    """Decoded size of RunLengthDecode data (PDF 1.7 §7.4.5), counted without decoding it."""
    size = i = 0
    while i < len(data) and data[i] != 128:
        length = data[i]
        if length < 128:
            size += length + 1
            i += length + 2
        else:
            size += 257 - length
            i += 2
    return size


def _bounded_rldecode(original: Callable[[bytes], bytes]) -> Callable[[bytes], bytes]:
    def rldecode(data: bytes) -> bytes:
        budget = _CURRENT.get()
        if budget is not None:
            # pdfminer builds the output as a list of ints (8 bytes per decoded byte): charge first.
            budget.charge_decoded(_runlength_size(data))
        return original(data)

    return rldecode


def _bounded_ccittfaxdecode(original: Callable[[bytes, dict[str, object]], bytes]) -> Callable[..., bytes]:
    from pdfminer.ccitt import CCITTFaxDecoder

    class _Decoder(CCITTFaxDecoder):
        budget: Budget

        def output_line(self, y: int, bits: Any) -> None:
            self.budget.charge_decoded((len(bits) + 7) // 8)
            super().output_line(y, bits)

    def ccittfaxdecode(data: bytes, params: dict[str, object]) -> bytes:
        budget = _CURRENT.get()
        columns = params.get("Columns")
        if budget is None or params.get("K") != -1:
            return original(data, params)  # pdfminer raises its own error for K != -1
        # Each line is first built as a Python list of ``columns`` ints (8 bytes each).
        if not isinstance(columns, int) or not 0 < columns <= budget.decoded_bytes_left // 8:
            raise CorruptDocumentError(
                f"{budget.name} has a damaged fax-encoded stream (width {columns!r}); "
                "ask the candidate to re-export or resend it."
            )
        # pdfminer's ccittfaxdecode for K = -1, with each output line charged to the budget.
        decoder = _Decoder(
            columns, bytealign=bool(params.get("EncodedByteAlign")), reversed=bool(params.get("BlackIs1"))
        )
        decoder.budget = budget
        decoder.feedbytes(data)
        return decoder.close()

    return ccittfaxdecode


# ------------------------------------------------------------------------ pages and layout


def _method_hook(before: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Wrap a pdfminer function so that the current budget's method ``before`` runs first."""

    def wrap(original: Callable[..., Any]) -> Callable[..., Any]:
        def hooked(*args: Any, **kwargs: Any) -> Any:
            budget = _CURRENT.get()
            if budget is not None:
                getattr(budget, before)()
            return original(*args, **kwargs)

        hooked.__wrapped__ = original  # type: ignore[attr-defined]
        hooked.__name__ = getattr(original, "__name__", "hooked")
        hooked.__doc__ = original.__doc__
        return hooked

    return wrap


def _bounded_group_textboxes(original: Callable[..., Any]) -> Callable[..., Any]:
    from pdfminer.layout import LTTextBoxVertical, LTTextGroupLRTB, LTTextGroupTBRL

    def group_textboxes(self: Any, laparams: Any, boxes: Any) -> Any:
        budget = _CURRENT.get()
        if budget is None:
            return original(self, laparams, boxes)
        budget.check_time()
        if len(boxes) <= MAX_GROUPED_TEXT_BOXES:
            return original(self, laparams, boxes)
        budget.warn_once(
            f"{budget.name}: a page has more than {MAX_GROUPED_TEXT_BOXES} separate blocks of text (a word "
            "cloud or a large table?); they were read top to bottom, so their order may be approximate."
        )

        # pdfminer's order without box grouping (LAParams(boxes_flow=None)): vertical boxes right to
        # left, then horizontal ones top to bottom and left to right. One group per box keeps it:
        # analyze() numbers the boxes group by group.
        def key(box: Any) -> tuple[int, float, float]:
            if isinstance(box, LTTextBoxVertical):
                return (0, -box.x1, -box.y0)
            return (1, -box.y0, box.x0)

        groups = [
            LTTextGroupTBRL([box]) if isinstance(box, LTTextBoxVertical) else LTTextGroupLRTB([box])
            for box in sorted(boxes, key=key)
        ]
        return groups

    return group_textboxes


def _plane_cells(plane: Any, bbox: tuple[float, float, float, float]) -> int | None:
    """Grid cells ``Plane._getrange`` would visit for ``bbox`` (``None`` when pdfminer itself fails)."""
    from pdfminer.utils import drange

    x0, y0, x1, y1 = bbox
    if x1 <= plane.x0 or plane.x1 <= x0 or y1 <= plane.y0 or plane.y1 <= y0:
        return 0
    try:
        rows = drange(max(plane.y0, y0), min(plane.y1, y1), plane.gridsize)
        columns = drange(max(plane.x0, x0), min(plane.x1, x1), plane.gridsize)
    except (OverflowError, ValueError):  # infinite or NaN coordinates: pdfminer raises the same
        return None
    return len(rows) * len(columns)


def _bounded_plane_add(original: Callable[..., Any]) -> Callable[..., Any]:
    def add(self: Any, obj: Any) -> None:
        budget = _CURRENT.get()
        if budget is not None:
            cells = _plane_cells(self, (obj.x0, obj.y0, obj.x1, obj.y1))
            if cells is not None:
                budget.charge_layout_cells(cells, stored=True)
        original(self, obj)

    return add


def _bounded_plane_find(original: Callable[..., Any]) -> Callable[..., Any]:
    def find(self: Any, bbox: Any) -> Any:
        budget = _CURRENT.get()
        if budget is not None:
            cells = _plane_cells(self, bbox)
            if cells is not None:
                budget.charge_layout_cells(cells, stored=False)
        return original(self, bbox)

    return find


# -------------------------------------------------------------------------------- font tables


def _width_entries(seq: Iterable[object], run: int) -> int:
    """Entries ``pdffont.get_widths`` (``run`` 3) or ``get_widths2`` (``run`` 5) would create."""
    entries = 0
    pending: list[object] = []
    for value in seq:
        if isinstance(value, list):
            if pending:
                entries += len(value) if run == 3 else len(value) // 3
                pending = []
        elif isinstance(value, (int, float)):
            pending.append(value)
            if len(pending) == run:
                first, last = pending[0], pending[1]
                if isinstance(first, int) and isinstance(last, int):
                    entries += max(0, last - first + 1)
                pending = []
    return entries


def _bounded_widths(original: Callable[..., Any], run: int) -> Callable[..., Any]:
    def get_widths(seq: Iterable[object]) -> Any:
        budget = _CURRENT.get()
        if budget is not None:
            seq = list(seq)
            budget.charge_font_entries(_width_entries(seq, run))
        return original(seq)

    return get_widths


class _BudgetDict(dict):  # type: ignore[type-arg]
    """A dict that charges every assignment to the budget (for TrueType ``cmap`` subtables)."""

    def __init__(self, budget: Budget) -> None:
        super().__init__()
        self.budget = budget

    def __setitem__(self, key: Any, value: Any) -> None:
        self.budget.charge_font_entry()
        super().__setitem__(key, value)


def _bounded_cmap_subtable(original: Callable[..., Any]) -> Callable[..., Any]:
    def parse(self: Any, fp: Any, char2gid: dict[int, int]) -> None:
        budget = _CURRENT.get()
        if budget is None:
            original(self, fp, char2gid)
            return
        counted = _BudgetDict(budget)
        original(self, fp, counted)
        char2gid.update(counted)

    return parse


# ------------------------------------------------------------------------------ installation

_install_lock = threading.Lock()
_installed = False
#: Hooks whose target this pdfminer.six version lacks (``"Class.method"``), so their limit is not
#: enforced; empty on the supported versions (a test checks it).
MISSING_HOOKS: list[str] = []


# Each installed hook and the pdfminer.six function it wraps (see unhooked()).
_ORIGINALS: dict[Any, Any] = {}


def _patch(owner: Any, attribute: str, make: Callable[[Any], Any]) -> None:
    original = owner.__dict__.get(attribute)
    if original is None:  # pdfminer.six moved the code this wraps
        MISSING_HOOKS.append(f"{getattr(owner, '__name__', owner)}.{attribute}")
        return
    hook = make(original)
    _ORIGINALS[hook] = original
    setattr(owner, attribute, hook)


def unhooked(function: Callable[..., Any]) -> Callable[..., Any]:
    """pdfminer.six's own ``function``, without the budget hook :func:`install_pdfminer_hooks` put around it.

    For a subclass that calls the function once per character and charges the budget itself
    (:class:`~resume_lens.extract.hidden.HiddenTextAggregator` calls :meth:`Budget.charge_page_object`
    before pdfminer.six's ``render_char``), sparing the hook's look-up of the current budget on
    every call.

    Parameters
    ----------
    function : callable
        A pdfminer.six function or method, hooked or not (hooks may be installed later: the
        original is what pdfminer.six defines either way).

    Returns
    -------
    callable
        The function the hook wraps, or ``function`` itself when it is not a hook.
    """
    return _ORIGINALS.get(function, function)


def install_pdfminer_hooks() -> None:
    """Install the budget hooks into pdfminer.six (once per process; safe to call again).

    A hook whose target this pdfminer.six version does not define is skipped, listed in
    :data:`MISSING_HOOKS` and reported once with a :class:`RuntimeWarning`; extraction still works
    with the other limits.
    """
    global _installed
    with _install_lock:
        if _installed:
            return
        from pdfminer import cmapdb, converter, layout, pdffont, pdfinterp, pdftypes, utils

        time_check = _method_hook("check_time")
        object_check = _method_hook("charge_page_object")
        _patch(pdftypes, "zlib", lambda _original: _BoundedZlib())
        _patch(pdftypes, "lzwdecode", _bounded_lzwdecode)
        _patch(pdftypes, "rldecode", _bounded_rldecode)
        _patch(pdftypes, "ccittfaxdecode", _bounded_ccittfaxdecode)
        _patch(pdfinterp.PDFContentParser, "fillfp", time_check)
        _patch(converter.PDFLayoutAnalyzer, "begin_page", _method_hook("start_page"))
        for method in ("render_char", "paint_path", "render_image", "begin_figure"):
            _patch(converter.PDFLayoutAnalyzer, method, object_check)
        _patch(layout.LTLayoutContainer, "group_textboxes", _bounded_group_textboxes)
        _patch(layout.LTTextGroup, "__init__", time_check)
        _patch(utils.Plane, "add", _bounded_plane_add)
        _patch(utils.Plane, "find", _bounded_plane_find)
        _patch(pdffont, "get_widths", lambda original: _bounded_widths(original, 3))
        _patch(pdffont, "get_widths2", lambda original: _bounded_widths(original, 5))
        for fmt in (0, 2, 4, 6, 10, 12):
            _patch(pdffont.TrueTypeFont, f"parse_cmap_format_{fmt}", _bounded_cmap_subtable)
        # The base methods are no-ops, but a CMap range still loops over every code through them.
        for owner in (cmapdb.CMapBase, cmapdb.FileCMap, cmapdb.FileUnicodeMap):
            for method in ("add_code2cid", "add_cid2unichr"):
                if method in owner.__dict__:
                    _patch(owner, method, _method_hook("charge_font_entry"))
        _installed = True
        if MISSING_HOOKS:
            warnings.warn(
                f"resume_lens: this pdfminer.six version lacks {', '.join(MISSING_HOOKS)}; the extraction "
                "limits that hook them are not enforced (supported: pdfminer.six 20260107)",
                RuntimeWarning,
                stacklevel=2,
            )
