"""The headline claim of a summary in a small resume, as the claim tests read it (``import claim_checks``)."""

from __future__ import annotations

from resume_lens.claims import find_headline
from resume_lens.sections import find_sections


def headline_title(summary: str) -> str | None:
    """The title claimed by ``summary`` as the summary of a data analyst's resume, or ``None``."""
    text = (
        "Jane Roe\n\nSummary\n"
        f"{summary}\n\n"
        "Experience\nData Analyst | Acme | 2020 - Present\n- Built dashboards in Tableau.\n"
    )
    claim = find_headline(text, find_sections(text)).claim
    return None if claim is None else claim.title
