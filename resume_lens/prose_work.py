"""The work a prose-only resume describes: About pages, profile READMEs and bios.

Such a resume has no experience or projects section and no position, so its headline claim had no line of
work and the claim model gave it the same ``unclear`` whatever the page said. Rubric §2 takes evidence from
summaries too, so for the headline claim the summary sentences in which the candidate says what they did are
the experience (rubric §3). Which sentences those are is decided here, conservatively, because a review of
session 21's first attempt (which read every summary line) found generic summaries, wishes and the employer's
systems read as the candidate's work (``tests/test_about_page.py``), and a review of session 26's second
found the same through "My expertise is in model deployment", "I look forward to owning CI/CD" and "our app
serves 10 million users":

* a sentence counts when the candidate is the subject of a work verb: "I deployed", "I have executed",
  "where I built", "I'm currently building", "my team and I shipped", "we shipped" (``we`` only with a past
  tense: "we build AI" describes a company); not "I have experience in", "I love building", "I wrote about",
  "I learned how to" (word lists in ``resume_lens/data/prose_work.json``);
* it holds work (:func:`describes_work`: an evidence span asserted, a demo or attributed; not a bare tool);
* it names no ML-engineer-family title: "I am a Machine Learning Engineer at Acme, whose recommendation
  engine serves 50 million users daily" introduces the candidate, the engine is the employer's;
* a sentence hard-wrapped over several lines is read whole (a line that does not end a sentence, followed by
  one that opens in lower case, goes on);
* a resume whose summary holds two or more résumé bullets ("Built dashboards in Tableau", "Analysed
  promotions in Jupyter") has its lines of work under a heading that was not recognised: it is not read as
  prose (:func:`is_prose_only`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from resume_lens.errors import RuleFileError
from resume_lens.evidence import EvidenceSpan
from resume_lens.header_words import load_header_words
from resume_lens.rule_files import check_top_keys, read_rule_file
from resume_lens.structure import Claim, Line, ResumeStructure
from resume_lens.titles import find_titles

__all__ = [
    "ProseWords",
    "describes_work",
    "is_prose_only",
    "load_prose_words",
    "prose_work_sentences",
    "prose_work_spans",
]

_FILE = "prose_work.json"
_LISTS = (
    "subjects",
    "past_only_subjects",
    "auxiliaries",
    "not_work_verbs",
    "talk_words",
    "present_irregular",
)

_WORK_SECTIONS = frozenset({"experience", "projects"})
_SUMMARY_SECTIONS = frozenset({"summary", "header"})

#: Polarities of work described as done, well or weakly ("deployed", "a Streamlit demo", "supported the team
#: that deployed"); hedged, learning, negated, hypothetical and vague mentions describe no work (taxonomy §6).
_WORK_POLARITIES = frozenset({"asserted", "demo", "attributed"})

#: Most résumé bullets (lines opening with a past-tense work verb, no subject) a prose summary may hold.
_MAX_RESUME_BULLETS = 1

#: The end of a sentence: ".", "!" or "?" before a space and a word that is not in lower case ("on approx.
#: two years of data" goes on).
_SENTENCE_END_RE = re.compile(r"[.!?]+(?=\s+[^\s\w]*[^\W\d_a-z])")
#: A line that ends its sentence (after closing marks: '**', quotes, brackets).
_ENDS_SENTENCE_RE = re.compile(r"[.!?:;][\s*_\"'\u201d\u2019)\]]*$")


@dataclass(frozen=True)
class ProseWords:
    """The compiled word lists of ``prose_work.json``."""

    own_work: re.Pattern[str]


def parse_prose_words(data: dict[str, Any]) -> ProseWords:
    """Validate and compile the data of ``prose_work.json``.

    Raises
    ------
    RuleFileError
        When a list is missing, empty or holds anything but strings.
    """
    check_top_keys(data, _FILE, {"_doc", "version", *_LISTS})
    words: dict[str, str] = {}
    for key in _LISTS:
        items = data.get(key)
        if not isinstance(items, list) or not items or not all(isinstance(w, str) and w for w in items):
            raise RuleFileError(f"{_FILE}: {key!r} must be a non-empty list of words")
        words[key] = "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))
    verb = load_header_words().work_verb.pattern
    irregular = read_rule_file("header_words.json")["work_verbs_irregular"]
    # the subject, then auxiliaries and adverbs, then the verb; "I" is no subject in "I/O" or "I-95"
    gap = rf"(?:\s*(?:{words['auxiliaries']}|[a-z]+ly)\b)*\s+"
    not_verb = rf"(?!(?:{words['not_work_verbs']})\b)"
    not_talk = rf"(?!\s+(?:{words['talk_words']})\b)"
    past = "[a-z]+ed|" + "|".join(re.escape(w) for w in irregular)
    own_work = re.compile(
        rf"(?<![\w/-])(?:(?:{words['subjects']})(?![\w/-]){gap}{not_verb}(?i:{verb})\b{not_talk}"
        rf"|(?:{words['past_only_subjects']})\b{gap}{not_verb}(?!(?:{words['present_irregular']})\b)"
        rf"(?i:{past})\b{not_talk})"
    )
    return ProseWords(own_work=own_work)


@lru_cache(maxsize=1)
def load_prose_words() -> ProseWords:
    """Load, validate and compile the packaged ``prose_work.json`` (cached).

    Raises
    ------
    RuleFileError
        When the file is unreadable or invalid (see :func:`parse_prose_words`).
    """
    return parse_prose_words(read_rule_file(_FILE))


def describes_work(span: EvidenceSpan) -> bool:
    """Whether a span describes work done, well or weakly: not a bare tool name, and asserted, a demo or
    attributed to a team (not hedged, learning, negated, hypothetical or vague; evidence taxonomy §6)."""
    return (
        span.category != "tool" and not span.label.startswith("TOOL.") and span.polarity in _WORK_POLARITIES
    )


def is_prose_only(structure: ResumeStructure) -> bool:
    """Whether a resume describes its work only in prose: no position, no line in an experience or projects
    section (a heading with nothing under it is no section of work), and at most one résumé bullet (a line
    opening with a past-tense work verb, "Built dashboards in Tableau") in its summary: two or more are lines
    of work under a heading that was not recognised ("Key Achievements"), not prose.
    """
    if structure.positions or any(line.section in _WORK_SECTIONS for line in structure.lines):
        return False
    verb = load_header_words().work_verb
    bullets = 0
    for line in structure.lines:
        first = line.text.lstrip(" *_#>-\u2022").split(" ", 1)[0].strip(",.:;*_")
        if line.section in _SUMMARY_SECTIONS and first[:1].isupper() and not first.endswith("ing"):
            bullets += verb.fullmatch(first) is not None
    return bullets <= _MAX_RESUME_BULLETS


def prose_work_sentences(
    claim: Claim, structure: ResumeStructure, spans: Sequence[EvidenceSpan]
) -> tuple[tuple[int, int], ...]:
    """The summary sentences of work of a prose-only resume, for its headline claim (module docstring).

    Returns
    -------
    tuple of (int, int)
        ``(start, end)`` character offsets into the resume text, end-exclusive, in reading order; empty for
        a position claim and for every resume that is not prose-only (:func:`is_prose_only`). Rubric §3
        counts these as the claim's "sentences of work" (a sentence wrapped over two lines is one).
    """
    if claim.source != "headline" or not is_prose_only(structure):
        return ()
    words = load_prose_words()
    out = []
    for start, end, sentence in _summary_sentences(structure.lines):
        inside = [s for s in spans if start <= s.start < end]
        if (
            any(map(describes_work, inside))
            and words.own_work.search(sentence)
            and not any(m.is_ml_claim for m in find_titles(sentence))
        ):
            out.append((start, end))
    return tuple(out)


def prose_work_spans(
    claim: Claim, structure: ResumeStructure, spans: Sequence[EvidenceSpan]
) -> frozenset[int]:
    """Start offsets (characters into the resume text) of the evidence spans in the sentences of
    :func:`prose_work_sentences`: a prose-only resume's work, for its headline claim."""
    sentences = prose_work_sentences(claim, structure, spans)
    return frozenset(s.start for s in spans if any(a <= s.start < b for a, b in sentences))


def _summary_sentences(lines: Sequence[Line]) -> Iterator[tuple[int, int, str]]:
    """``(start, end, text)`` of each sentence of the summary and header lines, start and end as character
    offsets into the resume text (end-exclusive); a sentence hard-wrapped over lines is one, its lines joined
    by a space."""
    paragraph: list[Line] = []
    for line in lines:
        if line.section not in _SUMMARY_SECTIONS:
            continue
        goes_on = (
            paragraph
            and not _ENDS_SENTENCE_RE.search(paragraph[-1].text)
            and line.text[:1].islower()
            and line.start - paragraph[-1].end <= 2
        )
        if paragraph and not goes_on:
            yield from _sentences_of(paragraph)
            paragraph = []
        paragraph.append(line)
    if paragraph:
        yield from _sentences_of(paragraph)


def _sentences_of(paragraph: list[Line]) -> Iterator[tuple[int, int, str]]:
    text = " ".join(line.text for line in paragraph)
    # where each line begins in the joined text, to map positions back to the resume's offsets
    begins, pos = [], 0
    for line in paragraph:
        begins.append(pos)
        pos += len(line.text) + 1

    def offset(i: int) -> int:
        k = max(j for j, b in enumerate(begins) if b <= i)
        return paragraph[k].start + min(i - begins[k], len(paragraph[k].text))

    begin = 0
    for m in _SENTENCE_END_RE.finditer(text):
        yield offset(begin), offset(m.end()), text[begin : m.end()]
        begin = m.end()
    yield offset(begin), paragraph[-1].end, text[begin:]
