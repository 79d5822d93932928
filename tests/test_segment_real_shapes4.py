"""Claim, position and role-feature shapes from the sixth probe of real resumes (session 13):

1. Claims. A "|" list introduced by a wish ("Target roles: Data Scientist | ML Engineer | Data
   Analyst", "Open to: ...", "Seeking ... | ... roles") names roles sought, not held: no headline claim
   (rubric §1). A cue part without a colon or a title ("ML Engineer | Open to relocation") governs only
   itself. A future title in the header ("Incoming Applied Scientist Intern at X - summer 2026", "I
   will join X as an ML Engineer", "ML Engineer (incoming)") is no headline claim: rubric §4 takes the
   headline claim as the *current* claim and a future title is not held yet (like a former title). The
   experience entry of that position, if listed, stays a position claim: the tool has no as-of date
   and the rubric judges each ML-titled position. An intern word after a headline title stays in the
   title ("Applied Scientist Intern at Amazon" claims "Applied Scientist Intern", seniority intern).

All resume text here is invented; only the layouts follow the real resumes.
"""

from __future__ import annotations

import pytest
from structure_checks import assert_offsets

from resume_lens.segment import segment
from resume_lens.structure import ResumeStructure
from resume_lens.titles import classify_title


def _seg(text: str) -> ResumeStructure:
    s = segment(text)
    assert_offsets(text, s)
    return s


def _rows(s: ResumeStructure) -> list[tuple[str, str | None, str | None, str | None, str]]:
    return [(p.title, p.organization, p.start_date, p.end_date, p.title_family) for p in s.positions]


def _bullets(s: ResumeStructure, k: int) -> list[str]:
    return [b.text for b in s.positions[k].bullets]


def _claims(s: ResumeStructure) -> list[tuple[str, str, int | None, str | None, str | None]]:
    return [(c.title, c.source, c.position_index, c.start_date, c.end_date) for c in s.claims]


# ------------------------------------------------------------- 1. wishes and future titles

_JOB = "\nExperience\nReporting Analyst, Pelican Foods (2021 - 2024)\n- Built weekly sales dashboards in Looker\n"


@pytest.mark.parametrize(
    "header",
    [
        "Target roles: Data Scientist | Machine Learning Engineer | BI Developer",
        "Desired positions: ML Engineer | Data Engineer",
        "Open to: AI Engineer | Data Scientist | Analytics Engineer",
        "Seeking Data Scientist | MLOps Engineer roles",
        "Oslo, Norway | Looking for: ML Engineer | Applied Scientist",
        "I build retrieval tools. Incoming Applied Scientist Intern (Search) at Quill Labs - summer 2027.",
        "I am an incoming Machine Learning Engineer at Brightwave.",
        "I will join Brightwave as an ML Engineer in March.",
        "ML Engineer (incoming) at Brightwave",
    ],
)
def test_wished_or_future_title_is_no_headline_claim(header: str) -> None:
    s = _seg("Rui Costa\n" + header + _JOB)
    assert _claims(s) == []


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # near misses: the cue is not about the title
        ("ML Engineer | Open to relocation | Lisbon", "ML Engineer"),
        ("Rui Costa | AI Engineer | Lisbon", "AI Engineer"),
        ("ML Engineer at Brightwave, routing incoming support tickets with NLP.", "ML Engineer"),
        # the intern word after the title stays in the claim
        ("Applied Scientist Intern at Orbital Retail. I build ranking models.", "Applied Scientist Intern"),
        ("I am a Machine Learning Engineer Intern at Brightwave.", "Machine Learning Engineer Intern"),
    ],
)
def test_current_title_stays_a_headline_claim(header: str, title: str) -> None:
    s = _seg("Rui Costa\n" + header + _JOB)
    assert [(c.title, c.source) for c in s.claims] == [(title, "headline")]


def test_intern_headline_claim_has_intern_seniority() -> None:
    s = _seg("Rui Costa\nApplied Scientist Intern at Orbital Retail. I build ranking models." + _JOB)
    assert classify_title(s.claims[0].title).seniority == "intern"


def test_future_internship_listed_in_experience_stays_a_position_claim() -> None:
    text = (
        "Mei Tan\n"
        "I model traffic networks. Incoming Applied Scientist Intern at Quill Labs - summer 2027.\n"
        "\nExperience\n"
        "Applied Scientist Intern, Quill Labs (Jun 2027 - Aug 2027)\n"
        "- Building a retrieval service for support agents\n"
    )
    s = _seg(text)
    assert _claims(s) == [("Applied Scientist Intern", "position", 0, "2027-06", "2027-08")]
