"""ML-engineer-family claims: the headline claim first, then ML-titled positions, newest first.

A claim is a title the candidate gives *themselves* (rubric §1 and §4, taxonomy §5.11):

* a tagline in the header block ("Jane Doe" / "Machine Learning Engineer | Berlin"), where the
  title fills one part of a short line; each part is read on its own ("Data Scientist | ML
  Engineer" claims "ML Engineer"), and a claim title never spans a "|";
* a summary or header sentence that starts with the title ("Senior ML Engineer with 5 years…",
  "Results-driven ML Engineer …") or names it after a self-assignment phrase ("I am an ML
  engineer", "I'm Jane, a …", "working as a …", "promoted to …", "Jane is a …", "5 years as …");
* a position whose title is in a claim family.

A self-description listed with "|" ("I am an AI/ML Engineer | an ML Researcher | an AI Enthusiast | a
B.Tech Student", a profile README's typewriter tagline) names one role per part: an aspiration or an
enthusiasm in one part ("AI Enthusiast", "Aspiring Data Scientist") is no claim, and it does not undo
the title of another part.

A compound self-description that names an ML title ("I'm a full-stack + AI engineer", "Backend and
ML Engineer", "AI/ML Engineer") is a claim of that title (rubric §1 names AI Engineer, ML Engineer and
AI/ML Engineer; taxonomy §5.7: the ML part of a combined title is the claim under test).

A title the candidate held *before* ("a former ML Engineer now studying …", "ex-ML Engineer at …",
"previously an AI Engineer", "ML engineer turned product manager") is no headline claim: rubric §4
takes a headline or summary claim as the *current* claim, and a former title is not current. It is
treated like every past position: the position that held the title is a claim, newest first.

A title the candidate *will* hold ("Incoming Applied Scientist Intern at X - summer 2026", "I will join
X as an ML Engineer", "ML Engineer (incoming)") is no headline claim either: rubric §1 names titles the
person holds and §4 reads the headline claim as the current one. The resume's experience entry for that
position, if it lists one, stays a position claim (the tool has no as-of date to tell a dated future
entry from a past one). A "|" list after a wish label ("Target roles: Data Scientist | ML Engineer",
"Open to: …", "Seeking … | … roles") names roles sought, not held: no part of it is a claim.

Not claims: aspirations and job searches ("Aspiring …", "seeking an MLE role", "looking for …"),
other people's titles ("worked with ML engineers", "mentored 3 ML engineers", "reporting to the Head
of ML") and titles followed by "role", "position", "team", "interviews", "award", "project", "course"
and the like.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from resume_lens.positions import split_segments
from resume_lens.sections import SourceLine, is_header_like, split_lines
from resume_lens.structure import Claim, Position, Section
from resume_lens.titles import TitleMatch, classify_title, find_titles, is_not_a_title, load_title_rules

__all__ = ["HeadlineClaim", "find_claims", "find_headline", "newest_position", "recency_key"]

_MAX_TAGLINE_WORDS = 12
_JOINER_RE = re.compile(r"^\s*(?:/|&|\+|and)\s*$", re.IGNORECASE)
# A sentence; the period of an initial ("I'm Sherif A., a Machine Learning Engineer") ends none
_SENTENCE_RE = re.compile(r"(?:[^.!?;]|(?<=\b[A-Z])\.(?=\s*,))+(?:[.!?;]+|$)")
# Whether a title written in a headline or summary sentence is held now, held before, to be held, someone
# else's or a role sought is decided by the ``mention_context`` patterns of title_families.json (their
# notes give the rubric source and where each is applied); see :func:`_context`.

# A "|" list introduced by a wish ("Target roles: Data Scientist | ML Engineer | Data Analyst", "Open to: ML
# Engineer | Data Scientist", "Seeking Data Scientist | ML Engineer roles"): every part after the wish names
# a role sought, not one held (rubric §1: "seeking an MLE role" is no claim).
_LIST_SEP = "|"
_ARTICLE_RE = re.compile(r"\s*(?:an?|the)\s+", re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"[.!?;|:\u2022\u00b7]")


def _context(name: str) -> re.Pattern[str]:
    """The compiled ``mention_context`` pattern ``name`` of ``title_families.json``.

    Raises
    ------
    RuleFileError
        When the packaged title rules are unreadable or invalid.
    """
    return load_title_rules().mention_context[name]


@dataclass(frozen=True)
class HeadlineClaim:
    """The headline found in the header and summary blocks.

    ``claim`` is the ML-engineer-family claim (``None`` when the headline names another title or
    there is none); ``line`` is the headline line as written.
    """

    claim: Claim | None
    line: str | None


def _groups(text: str, mentions: Sequence[TitleMatch]) -> list[list[TitleMatch]]:
    """Join mentions written as one combined title ("Data Scientist / ML Engineer"); "|" separates
    parts, it joins no title."""
    groups: list[list[TitleMatch]] = []
    for m in mentions:
        if groups and _JOINER_RE.match(text[groups[-1][-1].end : m.start]):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def _is_aspiration(text: str, title_start: int | None = None, title_end: int | None = None) -> bool:
    """Whether ``text`` holds an aspiration cue (``not_a_claim``). A ``before_title`` cue counts only in
    ``text[:title_start]`` and an ``after_title`` cue only right at ``title_end``: they qualify the title
    they stand beside, never a text without one."""
    rules = load_title_rules()
    for rule_id, regex in rules.not_a_claim:
        if rule_id in rules.before_title_rule_ids:
            if title_start is not None and regex.search(text, 0, title_start):
                return True
        elif rule_id in rules.after_title_rule_ids:
            if title_end is not None and regex.match(text, title_end):
                return True
        elif regex.search(text):
            return True
    return False


def _is_wished(text: str, start: int, end: int) -> bool:
    """Whether the title ``text[start:end]`` is wished for: an aspiration cue in its "|"-separated part."""
    left = text.rfind("|", 0, start) + 1
    return _is_aspiration(_part_around(text, start, end), start - left, end - left)


def _part_around(text: str, start: int, end: int) -> str:
    """The "|"-separated part of ``text`` that holds ``text[start:end]``: a self-description listed with
    "|" ("I am an AI/ML Engineer | an ML Researcher | an AI Enthusiast") names one role per part, so an
    aspiration or enthusiasm in another part ("AI Enthusiast") does not undo the claim."""
    left = text.rfind("|", 0, start)
    right = text.find("|", end)
    return text[left + 1 : right if right >= 0 else len(text)]


def _wish_start(text: str) -> int:
    """Where a "|" list of wished-for roles starts in ``text`` (``len(text)`` when there is none).

    A part of a "|"-separated line introduces the parts after it as roles sought when it holds an
    aspiration cue (``not_a_claim``) and a colon ("Target roles: Data Scientist | Machine Learning
    Engineer", "Open to: ...") or a search cue (a ``not_a_claim`` rule marked ``search``) and a title
    ("Seeking Data Scientist | ML Engineer roles"). "Aspiring ML Engineer | Data Analyst" wishes only its
    own part: the analyst title after it is held. A cue part with neither ("ML Engineer | Open to relocation")
    governs only itself.
    """
    if _LIST_SEP not in text:
        return len(text)
    pos = 0
    for part in text.split(_LIST_SEP):
        if (":" in part and _is_aspiration(part)) or (_is_search(part) and find_titles(part)):
            return pos
        pos += len(part) + len(_LIST_SEP)
    return len(text)


def _is_search(text: str) -> bool:
    rules = load_title_rules()
    return any(regex.search(text) for rid, regex in rules.not_a_claim if rid in rules.search_rule_ids)


_SPACED_SLASH_RE = re.compile(r"\s+/\s+")


def _slash_part(text: str, s: int, e: int, g_start: int, g_end: int) -> tuple[int, int]:
    """The part of ``text[s:e]`` between spaced slashes that holds the title ``text[g_start:g_end]``, or
    ``(s, e)`` when a slash cuts the title itself ("ML / Backend Engineer" shares its head word)."""
    for cut in _SPACED_SLASH_RE.finditer(text, s, e):
        if cut.end() <= g_start:
            s = cut.end()
        elif cut.start() >= g_end:
            return s, cut.start()
        else:
            return s, e
    return s, e


def _tagline_titles(line: SourceLine) -> list[tuple[int, int]]:
    """The spans (into ``line.text``) of the titles that fill one part each of a short tagline line,
    in reading order ("Data Scientist | Machine Learning Engineer" has two)."""
    text = line.text
    if text.rstrip().endswith("."):
        return []
    segments = split_segments(text, commas=True)
    # A long line is a sentence unless separators cut it into parts ("Title · City · e-mail · phone"):
    # then only the title's own part must be short, so a two-word city or a spaced phone number does
    # not hide the claim.
    if len(text.split()) > _MAX_TAGLINE_WORDS and len(segments) < 2:
        return []
    out = []
    for group in _groups(text, find_titles(text)):
        g_start, g_end = group[0].start, group[-1].end
        if _is_wished(text, g_start, g_end):
            continue
        for s, e in segments:
            if s <= g_start and g_end <= e and len(text[s:e].split()) <= _MAX_TAGLINE_WORDS:
                leftover = (text[s:g_start] + " " + text[g_end:e]).split()
                if len(leftover) > 2:
                    # "Staff ML Engineer / AI Solutions Architect": a spaced slash between two titles
                    # separates them like "|" (the second is no title the rules know)
                    s, e = _slash_part(text, s, e, g_start, g_end)
                    leftover = (text[s:g_start] + " " + text[g_end:e]).split()
                if len(leftover) <= 2:
                    # "Role: AI/ML Engineer |": the title is what follows the label's colon; after any
                    # other label ("Goal: ML Engineer", "Formerly: ML Engineer") it is no title held
                    colon = text.rfind(":", s, g_start)
                    if colon >= 0:
                        if not _context("title_label").match(text[s : colon + 1]):
                            break
                        s = g_start - len(text[colon + 1 : g_start].lstrip())
                    # "| an ML Engineer |": the title is the part without its article
                    article = _ARTICLE_RE.match(text, s, g_start)
                    out.append((article.end() if article else s, e))
                break
    return out


#: How far before a title the attribution and self-assignment cues are looked for, in characters;
#: both cues are a few words long, so a bounded window keeps a very long sentence linear in time.
_CUE_WINDOW = 120
#: Markdown emphasis around a title ("Dynamic and highly motivated **ML Engineer** with …", real resumes
#: probe, session 24): the markers are no words, so the cues before and after the title (the self-assignment,
#: sentence-start, sought-after, former and future ones) are read without them.
_EMPHASIS_RE = re.compile(r"\*{1,3}(?=\s*$)")
_LEADING_EMPHASIS_RE = re.compile(r"^\*{1,3}")


def _words_before(before: str) -> str:
    """The last :data:`_CUE_WINDOW` characters of ``before``, cut at a word boundary."""
    if len(before) <= _CUE_WINDOW:
        return before
    tail = before[-_CUE_WINDOW:]
    cut = tail.find(" ")
    return tail[cut + 1 :] if cut >= 0 else tail


def _sentence_titles(line: SourceLine) -> list[tuple[int, int, list[TitleMatch]]]:
    """Self-assigned title groups in the sentences of a line: (start, end) into ``line.text``."""
    out = []
    for sm in _SENTENCE_RE.finditer(line.text):
        sentence = sm.group(0)
        for group in _groups(sentence, find_titles(sentence)):
            g_start, g_end = group[0].start, group[-1].end
            if _is_wished(sentence, g_start, g_end):
                continue
            before = _EMPHASIS_RE.sub("", sentence[:g_start])
            near = _words_before(before)
            if _context("sought_after").match(_LEADING_EMPHASIS_RE.sub("", sentence[g_end:])):
                continue
            others = _context("others_before").search(near)
            own = _context("self_assignment").search(near)
            if others is not None and not _nearer_own_cue(near, others, own):
                continue  # someone else's title ("mentored 3 ML Engineers", "worked with ML engineers")
            if _context("sentence_start").match(before) or own is not None:
                out.append((sm.start() + g_start, sm.start() + g_end, group))
    return out


#: The others-cues that are only a preposition ("with", "for", "of the"): a nearer self-assignment after one
#: still assigns the title to the candidate ("… all of the above as a Staff ML Engineer", real resumes probe
#: 24); after a verb ("Hired Priyanka as our ML Engineer", "mentored …") it does not (a review).
_PREPOSITION_CUES = frozenset({"with", "alongside", "for", "to", "of"})
_OWN_AS_RE = re.compile(r"\bas\s+an?\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _nearer_own_cue(near: str, others: re.Match[str], own: re.Match[str] | None) -> bool:
    """Whether a self-assignment ("as a") after a prepositional others-cue assigns the title to the
    candidate: the others-cue is a preposition, the own cue starts after it and is "as a/an" (not "such as",
    not "as our")."""
    if own is None or own.start() <= others.start():
        return False
    if others.group(0).split()[0].lower() not in _PREPOSITION_CUES:
        return False
    as_cue = _OWN_AS_RE.search(near)
    return as_cue is not None and not near[: as_cue.start()].rstrip().lower().endswith("such")


def _is_not_current(text: str, start: int, end: int) -> bool:
    """Whether the title at ``text[start:end]`` is one the candidate held before or will hold later, not
    now (the ``former_before`` / ``future_before`` context in its clause, before the title words, or
    ``former_after`` / ``future_after`` right after it)."""
    inside = find_titles(text[start:end])
    title_start = start + inside[0].start if inside else start
    before = _EMPHASIS_RE.sub("", _words_before(text[:title_start]))
    cut = max((m.end() for m in _CLAUSE_END_RE.finditer(before)), default=0)
    clause = before[cut:]
    after = _LEADING_EMPHASIS_RE.sub("", text[end:])
    return bool(
        _context("former_before").search(clause)
        or _context("future_before").search(clause)
        or _context("former_after").match(after)
        or _context("future_after").match(after)
    )


def find_headline(
    text: str, sections: Sequence[Section], lines: Sequence[SourceLine] | None = None
) -> HeadlineClaim:
    """Find the headline and its ML-engineer-family claim in the header and summary sections (and in a
    contact block that stands for the header, :func:`resume_lens.sections.is_header_like`).

    Parameters
    ----------
    text : str
        The normalised resume text.
    sections : sequence of Section
        From :func:`resume_lens.sections.find_sections`.
    lines : sequence of SourceLine, optional
        The text's lines; default ``split_lines(text)``. :func:`resume_lens.segment.segment` passes
        its logical lines, so that a summary sentence wrapped over two lines is read as one.

    Returns
    -------
    HeadlineClaim
        The first ML claim (tagline or self-assigning sentence) in reading order; ``line`` is its
        line, or else the first line with a self-assigned title of any family, or ``None``.
        Claim offsets are character offsets into ``text``, end-exclusive.
    """
    contact = [(s.start, s.end) for i, s in enumerate(sections) if is_header_like(sections, i)]
    spans = [(s.start, s.end) for s in sections if s.name in ("header", "summary")] + contact
    source = split_lines(text) if lines is None else lines
    lines = [ln for ln in source if any(a <= ln.start and ln.end <= b for a, b in spans)]
    # a contact block that stands for the header gives only its title line ("Role: AI/ML Engineer"), not a
    # reference's, a relative's or an emergency contact's title
    lines = [
        ln for ln in lines if not any(a <= ln.start < b for a, b in contact) or _is_title_label_line(ln.text)
    ]
    heading_starts = {s.start for s in sections if s.heading}
    first_line: str | None = None
    for line in lines:
        if line.start in heading_starts:
            continue
        found = _tagline_titles(line)
        found.extend((s, e) for s, e, _ in _sentence_titles(line))
        wish = _wish_start(line.text)
        for s, e in found:
            if s >= wish:
                continue  # "Target roles: Data Scientist | ML Engineer": roles sought, not held
            intern = _context("intern_after").match(line.text, e)
            if intern:
                e = intern.end()  # "Applied Scientist Intern": the intern word is part of the title
            title = line.text[s:e]
            if "|" in title:
                continue  # "|" separates a tagline's parts: a title never spans it
            match = classify_title(title)
            if match.family == "other" or is_not_a_title(title) or _is_not_current(line.text, s, e):
                continue  # "Best ML Engineer Award, Data Summit, 2021": an award, no tagline
            if first_line is None:
                first_line = line.text
            if match.is_ml_claim:
                claim = Claim(
                    title=" ".join(title.split()),
                    title_family=match.family,
                    source="headline",
                    position_index=None,
                    start=line.start + s,
                    end=line.start + e,
                )
                return HeadlineClaim(claim, line.text)
    return HeadlineClaim(None, first_line)


def _is_title_label_line(text: str) -> bool:
    """Whether a line opens with a label of the candidate's own title ("Role: …", "Current position: …")."""
    colon = text.find(":")
    return colon >= 0 and bool(_context("title_label").match(text[: colon + 1]))


def recency_key(p: Position) -> tuple[str, str]:
    """Sort key of a position by recency: its end date (``present`` latest), then its start date; a
    position without dates sorts before every dated one."""
    end = p.end_date or p.start_date or ""
    end = "9999-99" if end == "present" else end
    return end, p.start_date or ""


def newest_position(positions: Sequence[Position]) -> Position | None:
    """The candidate's most recent position, read from the order the resume lists its jobs in.

    Most resumes list jobs newest first, and then the first listed is the newest, even when a side
    role that goes on ("Teaching Assistant, 2023 - present") is listed below a job that just ended. A
    resume that lists its jobs oldest first (start dates rising down the list, as on some about pages:
    "Risk Intern 2018", ..., "ML Engineer 2026 - present"; real resumes, probe 6) has its newest job
    last: then the position with the latest dates (:func:`recency_key`; the later listed on a tie) is
    the newest. ``None`` when there is no position.
    """
    if not positions:
        return None
    starts = [p.start_date for p in positions if p.start_date]
    oldest_first = (
        len(starts) >= 2
        and all(a <= b for a, b in zip(starts, starts[1:], strict=False))
        and starts[0] < starts[-1]
    )
    if not oldest_first:
        return positions[0]
    best = positions[0]
    for p in positions[1:]:
        if recency_key(p) >= recency_key(best):
            best = p
    return best


def find_claims(
    text: str,
    sections: Sequence[Section],
    positions: Sequence[Position],
    lines: Sequence[SourceLine] | None = None,
) -> tuple[Claim, ...]:
    """All ML-engineer-family claims of a resume (rubric §1, §4).

    Parameters
    ----------
    text : str
        The normalised resume text.
    sections : sequence of Section
        From :func:`resume_lens.sections.find_sections`.
    positions : sequence of Position
        From :func:`resume_lens.positions.find_positions`.
    lines : sequence of SourceLine, optional
        Passed to :func:`find_headline`.

    Returns
    -------
    tuple of Claim
        The headline claim first (if any), then each position whose title family is a claim
        family, newest first (by end date, ``present`` newest, then start date; undated positions
        last, in reading order). Offsets are into ``text``, end-exclusive.
    """
    claim_families = load_title_rules().claim_families
    out: list[Claim] = []
    headline = find_headline(text, sections, lines)
    if headline.claim is not None:
        out.append(headline.claim)
    ml_positions = [p for p in positions if p.title_family in claim_families and p.title]
    for p in sorted(ml_positions, key=recency_key, reverse=True):
        out.append(
            Claim(
                title=" ".join(p.title.split()),
                title_family=p.title_family,
                source="position",
                position_index=p.index,
                start=p.title_start,
                end=p.title_end,
                start_date=p.start_date,
                end_date=p.end_date,
            )
        )
    return tuple(out)
