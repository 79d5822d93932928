"""The work a prose-only resume describes: About pages, profile READMEs and bios.

Such a resume has no experience or projects section and no position, so its headline claim had no line of
work and the claim model gave it the same ``unclear`` whatever the page said. Rubric §2 takes evidence from
summaries too, so for the headline claim the summary sentences in which the candidate says what they did are
the experience (rubric §3). Which sentences those are is decided here, conservatively, because reviews of
session 21's first attempt (which read every summary line) and of session 26's first two found generic
summaries ("My expertise is in model deployment"), wishes, talks and books, and the employer's or the reader's
systems ("I'm currently working at Swiggy, India's largest food delivery platform serving 80 million users")
read as the candidate's work (``tests/test_about_page.py``, ``tests/test_prose_only_s26.py``):

* a sentence counts when the candidate is the subject of a work verb from a positive list: "I deployed",
  "I have executed", "where I built", "I'm currently building", "I'm working on", "my team and I shipped",
  "we shipped" (``we`` only with a past tense: "we build AI" describes a company); not "I have experience
  in", "I love building", "I'm working at", "I wrote a book on", "I delivered a talk", "If I deployed it",
  nor a verb inside double quotes (a post's title; word lists in ``resume_lens/data/prose_work.json``);
* it holds work (:func:`describes_work`: an evidence span asserted, a demo or attributed; not a bare tool,
  a role or a degree);
* it names no ML-engineer-family title: "I am a Machine Learning Engineer at Acme, whose recommendation
  engine serves 50 million users daily" introduces the candidate, the engine is the employer's;
* a sentence hard-wrapped over several lines is read whole (a line that does not end a sentence, followed by
  one that opens in lower case, goes on);
* a resume whose summary holds two or more résumé bullets ("Built dashboards in Tableau", "Running churn
  analyses", "Responsible for reporting") has its lines of work under a heading that was not recognised: it
  is not read as prose (:func:`is_prose_only`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from resume_lens.errors import RuleFileError
from resume_lens.evidence import EvidenceSpan
from resume_lens.rule_files import check_top_keys, read_rule_file
from resume_lens.structure import Claim, Line, ResumeStructure
from resume_lens.titles import find_titles

__all__ = [
    "ProseWords",
    "describes_work",
    "is_prose_only",
    "load_prose_words",
    "parse_prose_words",
    "prose_work_sentences",
    "prose_work_spans",
]

_FILE = "prose_work.json"
_LISTS = (
    "subjects",
    "past_only_subjects",
    "auxiliaries",
    "work_verbs_past",
    "work_verbs_ing",
    "work_verbs_present",
    "work_phrases",
    "not_after",
    "conditional_words",
    "roman_numeral_before",
    "resume_bullet_openers",
)

_WORK_SECTIONS = frozenset({"experience", "projects"})
_SUMMARY_SECTIONS = frozenset({"summary", "header"})

#: Polarities of work described as done, well or weakly ("deployed", "a Streamlit demo", "supported the team
#: that deployed"); hedged, learning, negated, hypothetical and vague mentions describe no work (taxonomy §6).
_WORK_POLARITIES = frozenset({"asserted", "demo", "attributed"})
#: Labels that name a role or a degree held, not work done ("my Ph.D.", "a research assistant"; a review).
_NOT_WORK_LABELS = frozenset({"RES.ROLE", "NB.ACADEMIC"})

#: Most résumé bullets (lines opening with a work verb and no subject) a prose summary may hold.
_MAX_RESUME_BULLETS = 1

#: The end of a sentence: ".", "!" or "?" before a space and a word that is not in lower case ("on approx.
#: two years of data" goes on).
_SENTENCE_END_RE = re.compile(r"[.!?]+(?=\s+[^\s\w]*[^\W\d_a-z])")
#: A line that ends its sentence (after closing marks: '**', quotes, brackets).
_ENDS_SENTENCE_RE = re.compile(r"[.!?:;][\s*_\"'\u201d\u2019)\]]*$")
#: Text in double quotes: a post's or a talk's title ("How I built a real-time feature store"), a quotation.
_QUOTED_RE = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")


@dataclass(frozen=True)
class ProseWords:
    """The compiled word lists of ``prose_work.json`` (its ``_doc`` describes each)."""

    own_work: re.Pattern[str]
    conditional: re.Pattern[str]
    resume_bullet_openers: frozenset[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def parse_prose_words(data: dict[str, Any]) -> ProseWords:
    """Validate and compile the data of ``prose_work.json``.

    Raises
    ------
    RuleFileError
        When a list is missing, empty or holds anything but strings.
    """
    check_top_keys(data, _FILE, {"_doc", "version", *_LISTS})
    lists: dict[str, list[str]] = {}
    for key in _LISTS:
        items = data.get(key)
        if not isinstance(items, list) or not items or not all(isinstance(w, str) and w for w in items):
            raise RuleFileError(f"{_FILE}: {key!r} must be a non-empty list of words")
        lists[key] = items
    w = {key: _alternation(items) for key, items in lists.items()}
    # the subject ("I" is no subject in "I/O", "I-95" or "Phase I"), auxiliaries and adverbs, then the verb
    numeral = "".join(rf"(?<!\b{re.escape(word)} )" for word in lists["roman_numeral_before"])
    gap = rf"(?:\s*(?:{w['auxiliaries']}|[a-z]+ly)\b)*\s+"
    not_after = rf"\b(?!\s+(?i:{w['not_after']})\b)"
    i_verbs = f"{w['work_phrases']}|{w['work_verbs_past']}|{w['work_verbs_ing']}|{w['work_verbs_present']}"
    we_verbs = f"{w['work_phrases']}|{w['work_verbs_past']}"
    own_work = re.compile(
        rf"(?<![\w/-]){numeral}(?:(?:{w['subjects']})(?![\w/-]){gap}(?i:{i_verbs})"
        rf"|(?:{w['past_only_subjects']})\b{gap}(?i:{we_verbs})){not_after}"
    )
    openers = {*lists["work_verbs_past"], *lists["work_verbs_ing"], *lists["resume_bullet_openers"]}
    return ProseWords(
        own_work=own_work,
        conditional=re.compile(rf"\b(?:{w['conditional_words']})\b", re.IGNORECASE),
        resume_bullet_openers=frozenset(x[:1].upper() + x[1:] for x in openers),
    )


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
    """Whether a span describes work done, well or weakly: asserted, a demo or attributed to a team (not
    hedged, learning, negated, hypothetical or vague; evidence taxonomy §6), and not a bare tool name, a
    role or a degree held."""
    return (
        span.category != "tool"
        and not span.label.startswith("TOOL.")
        and span.label not in _NOT_WORK_LABELS
        and span.polarity in _WORK_POLARITIES
    )


def is_prose_only(structure: ResumeStructure) -> bool:
    """Whether a resume describes its work only in prose: no position, no line in an experience or projects
    section (a heading with nothing under it is no section of work), and at most one résumé bullet (a summary
    line opening with a work verb and no subject, "Built dashboards in Tableau", "Running churn analyses",
    "Responsible for reporting") in its summary: two or more are lines of work under a heading that was not
    recognised ("Key Achievements", "Career Highlights"), not prose.
    """
    if structure.positions or any(line.section in _WORK_SECTIONS for line in structure.lines):
        return False
    openers = load_prose_words().resume_bullet_openers
    bullets = 0
    for line in structure.lines:
        if line.section not in _SUMMARY_SECTIONS:
            continue
        if line.section == "summary" and _is_position_header(line.text):
            return False  # "Acme Analytics — Machine Learning Engineer" under "Career Highlights" (a review)
        first = line.text.lstrip(" *_#>-\u2022").split(" ", 1)[0].strip(",.:;*_")
        bullets += first in openers
    return bullets <= _MAX_RESUME_BULLETS


#: The parts of a position header: an employer and a title set off by a dash, a bar, "@" or " at ".
_HEADER_PARTS_RE = re.compile(r"\s[\u2013\u2014|@-]\s|\s@|\sat\s")
#: Most words of a position header line.
_MAX_HEADER_WORDS = 10


def _is_position_header(text: str) -> bool:
    """A short line with a job title and another part set off from it ("Acme Analytics — Machine Learning
    Engineer", "Data Analyst | Finlytics | 2021 - 2023"): a position under a heading that was not recognised,
    not prose. Sentences ("I am a Machine Learning Engineer at Acme.") end with a stop or hold a subject."""
    words = text.split()
    if not 2 < len(words) <= _MAX_HEADER_WORDS or text.rstrip().endswith((".", "!", "?")):
        return False
    if not _HEADER_PARTS_RE.search(text) or load_prose_words().own_work.search(text):
        return False
    return any(m.family != "other" for m in find_titles(text))


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
            and words.own_work.search(_QUOTED_RE.sub(" ", sentence))
            and not words.conditional.search(sentence)
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
