"""Evidence that crosses a joined line wrap is found and maps back to exact offsets."""

from __future__ import annotations

from resume_lens.structure import Line
from resume_lens.tagging import squash_whitespace, tag_lines


def test_squash_whitespace_maps_every_character_back():
    text = "per\n  second\tat  peak"
    squashed, offsets = squash_whitespace(text)
    assert squashed == "per second at peak"
    assert len(offsets) == len(squashed) + 1 and offsets[-1] == len(text)
    assert all(text[offsets[i]] == ch for i, ch in enumerate(squashed) if ch != " ")


def test_figure_split_by_a_wrap_is_tagged_with_exact_offsets():
    document = "EXPERIENCE\n- Served the demand model: 4k requests per\n  second at peak, p99 latency 28 ms."
    start = document.index("Served")
    line = Line(document[start:], start, len(document), "experience", 0)
    spans = {s.label: s for s in tag_lines([line])}
    assert spans["MEAS.THROUGHPUT"].text == "4k requests per\n  second"
    assert spans["MEAS.LATENCY"].text == "p99 latency 28 ms"
    for span in spans.values():
        assert document[span.start : span.end] == span.text
