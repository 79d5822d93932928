"""Figures in MEAS.* spans parse into value, unit, kind, what was counted, period and percentile."""

from __future__ import annotations

import pytest

from resume_lens.figures import parse_figure
from resume_lens.structure import Line
from resume_lens.tagging import tag_lines


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("p99 latency 28 ms", "MEAS.LATENCY", (28.0, "ms", None, None, 99)),
        ("p95 < 40ms", "MEAS.LATENCY", (40.0, "ms", None, None, 95)),
        ("1.5 s", "MEAS.LATENCY", (1500.0, "ms", None, None, None)),
        ("2k QPS", "MEAS.THROUGHPUT", (2000.0, "requests/second", None, None, None)),
        (
            "4k requests per\n  second",
            "MEAS.THROUGHPUT",
            (4000.0, "requests/second", "requests", "second", None),
        ),
        ("10,000 requests/sec", "MEAS.THROUGHPUT", (10000.0, "requests/second", "requests", "second", None)),
        (
            "500k predictions daily",
            "MEAS.THROUGHPUT",
            (500000.0, "predictions/day", "predictions", "day", None),
        ),
        ("99.95% availability", "MEAS.UPTIME", (99.95, "%", None, None, None)),
        ("1.2M visitors a month", "MEAS.USERS", (1200000.0, "visitors/month", "visitors", "month", None)),
        ("3 TB a day", "MEAS.DATA_VOLUME", (3000.0, "GB", None, "day", None)),
        ("$40k a year", "MEAS.COST", (40000.0, "USD", None, "year", None)),
        ("+3% basket size", "MEAS.BUSINESS", (3.0, "%", None, None, None)),
    ],
)
def test_parse_figure(text, label, expected):
    figure = parse_figure(text, label)
    assert (figure.value, figure.unit, figure.counted, figure.period, figure.percentile) == expected
    assert figure.kind == label.split(".")[1].lower()


def test_non_figures_are_not_parsed():
    assert parse_figure("deployed the model", "PROD.SERVING") is None
    assert parse_figure("low latency", "MEAS.LATENCY") is None


def test_tagged_measure_spans_carry_their_figure():
    text = "Served the ranking model at 2k QPS with p99 latency 28 ms"
    spans = tag_lines([Line(text, 0, len(text), "experience", 0)])
    figures = {s.label: s.figure for s in spans if s.label.startswith("MEAS.")}
    assert figures["MEAS.THROUGHPUT"]["value"] == 2000.0
    assert figures["MEAS.LATENCY"] == {
        "value": 28.0,
        "unit": "ms",
        "kind": "latency",
        "counted": None,
        "period": None,
        "percentile": 99,
    }
    assert all(s.figure is None for s in spans if not s.label.startswith("MEAS."))
