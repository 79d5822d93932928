"""Section headings of session 26's probes of About pages (headings written for this test).

Profile READMEs put an emoji and a few extra words around the section word: "### 💼 Experience Snapshot",
"## 💡 Data & ML Projects". They were not headings, so the jobs and projects under them were read as header
text. Modifiers before a modifiable word may now be joined by "&" or "and" ("Data & ML Projects"; not as the
first word), and "experience snapshot" is an alias. "Research & Publication" (singular) was tried and left
out: a dated research position under it is then read as a paper (a review). "Experience Summary"
headings were tried and left out: on many resumes they open the summary bullets above the work experience
(a review).
"Industrial & Real-world Projects" was tried and left out: projects read as a projects section count as a
personal portfolio (nobody said to use them), which industrial projects are not.
"""

from __future__ import annotations

import pytest

from resume_lens.segment import segment


def _sections(heading: str) -> list[str]:
    text = f"Jane Roe\nML Engineer\n\n{heading}\n- Built a churn model for retail clients.\n- Deployed it.\n"
    return [s.name for s in segment(text).sections]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("### 💼 Experience Snapshot", "experience"),
        ("## Data & ML Projects", "projects"),
        ("## Relevant Research & University Projects", "projects"),
    ],
)
def test_emoji_headings_with_extra_words(heading, name):
    assert _sections(heading) == ["header", name]


@pytest.mark.parametrize(
    "heading",
    [
        "Research and Teaching Projects",  # "teaching" is no modifier
        "## 💡 Industrial & Real-world Projects",  # work for clients, not a personal portfolio
        "worked on data & ml projects",  # a sentence, not a title
    ],
)
def test_not_headings(heading):
    assert _sections(heading) == ["header"]
