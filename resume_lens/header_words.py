"""The word lists that tell the parts of a position header apart, compiled from data.

The words are data: ``resume_lens/data/header_words.json`` (its ``_doc`` key describes each list and
where it is used). :mod:`resume_lens.positions` reads them through :func:`load_header_words`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from resume_lens.errors import RuleFileError
from resume_lens.rule_files import check_top_keys, read_rule_file

__all__ = ["HeaderWords", "load_header_words", "parse_header_words"]

_FILE = "header_words.json"
_LISTS = (
    "organization_suffixes",
    "job_kinds",
    "work_arrangements",
    "project_lead_words",
    "project_words",
    "title_labels",
    "organization_labels",
    "organization_units",
    "self_employment",
    "web_domain_endings",
    "tool_list_labels",
    "work_verbs_irregular",
    "tool_list_stop_words",
    "certification_title_openers",
    "certification_title_closers",
    "certification_issuers",
    "course_providers",
    "issuer_title_openers",
    "issuer_title_closers",
    "issuer_title_words",
)
_TOP_KEYS = {"_doc", "version", *_LISTS}


@dataclass(frozen=True)
class HeaderWords:
    """The compiled lists of ``header_words.json`` (case-insensitive, except ``web_domain_word``).

    Attributes
    ----------
    organization_suffix:
        Searched in a header part: a match makes it an organisation ("Acme Labs"), never a place.
    job_kind:
        Full match of a trimmed header part: a note on the kind of job ("Intern", "current").
    work_arrangement:
        Full match of a header part: where the work happens ("Remote").
    project_lead:
        Matched at the start of a header line: "Project:", "Key project 2 -" opens a project sub-heading.
    project_word:
        Searched in a header line's text beside its title: a product word ("system", "assistant").
    title_label:
        Matched at the start of a header line: "Role:" labels the entry's title; the empty group
        ``value`` starts after the colon.
    organization_label:
        Matched at the start of a header line: "Client:" labels the entry's organisation; the empty
        group ``value`` starts after the colon.
    organization_end:
        Searched at the end of a header part: its last word is an organisation suffix or unit ("Acme Inc.",
        "Robotics Department").
    self_employment:
        Full match of a trimmed header part: the candidate worked for nobody ("Self-Employed").
    web_domain_word:
        Full match of one lower-case word: a company named by its web domain ("bol.com").
    tool_list:
        Full match of a line of work that is a labelled list of three or more tools ("Technologies: Python,
        PySpark, Plotly, Dash"): a skills list inside a position. Not a list: one that opens with a verb
        ("Stack: built an inference API, ..."; an -ed or -ing word or one of ``work_verbs_irregular``).
        :meth:`is_tool_list` also asks for no figure in the line.
    work_verb:
        Full match of a word that opens a line of work: an -ed or -ing word, or one of
        ``work_verbs_irregular``.
    list_stop_word:
        Full match of a ``tool_list_stop_words`` word: an item holding one is a phrase, not a tool.
    certification_title:
        Searched in a title part: it names a certification, not a job ("Certified ML Specialist", "AWS
        Certified Machine Learning \u2013 Specialty"): one of ``certification_title_openers`` first or one of
        ``certification_title_closers`` last.
    certification_issuer:
        Full match of a trimmed employer part: a certification's issuer ("Google Cloud", "AWS").
    course_provider:
        Full match of a trimmed employer part: a school of online courses, never an employer in a dashed
        item ("DeepLearning.AI").
    issuer_title:
        Searched in the title part of an item whose employer is an issuer: a certification's name
        ("Professional Machine Learning Engineer", "Machine Learning Engineer \u2013 Associate",
        "Machine Learning Engineer \u2013 Associate"): one of ``issuer_title_openers`` first (not before
        "Services") or one of ``issuer_title_closers`` last.
    issuer_title_last:
        Searched in the same title part: one of ``issuer_title_words`` last ("Machine Learning Engineer
        Track"; the caller skips a team after a comma or dash: "ML Engineer, Degrees Program").
    """

    organization_suffix: re.Pattern[str]
    job_kind: re.Pattern[str]
    work_arrangement: re.Pattern[str]
    project_lead: re.Pattern[str]
    project_word: re.Pattern[str]
    title_label: re.Pattern[str]
    organization_label: re.Pattern[str]
    organization_end: re.Pattern[str]
    self_employment: re.Pattern[str]
    web_domain_word: re.Pattern[str]
    tool_list: re.Pattern[str]
    work_verb: re.Pattern[str]
    list_stop_word: re.Pattern[str]
    certification_title: re.Pattern[str]
    certification_issuer: re.Pattern[str]
    course_provider: re.Pattern[str]
    issuer_title: re.Pattern[str]
    issuer_title_last: re.Pattern[str]

    def is_tool_list(self, text: str) -> bool:
        """Whether a line of work is a labelled tool list (``tool_list_labels``, three or more items) with no
        figure in it ("Stack: fraud scoring, 5k TPS, p99 20 ms" describes work)."""
        return self.tool_list.match(text) is not None and _FIGURE_RE.search(text) is None

    def is_bare_tool_list(self, text: str) -> bool:
        """Whether a line of work is a tool list with no label: four or more items, or a name, a spaced dash
        and three or more ("Generative Vision Model — PyTorch, Python, Jupyter Notebook, Computer Vision").

        No figure, no year, no closing period; at least a third of the items one word (tools are named, work
        is phrased: "Develop fraud models, Deploy SageMaker endpoints, Monitor model drift" is work, a
        review); every item one to four words, none opening with a verb or,
        unless it is one word ("pandas"), a lower-case word, and none holding a ``tool_list_stop_words``
        word ("Built models in PyTorch, TensorFlow, Keras, JAX" is a line of work). Rubric §2: tools listed
        are not evidence (real resumes, probe 27: a stack line under a job counted as its work).
        """
        if _FIGURE_RE.search(text) or _YEAR_RE.search(text) or text.rstrip().endswith("."):
            return False  # a figure, a date (a position's header line), a sentence
        named = _NAME_DASH_RE.match(text)
        items = [item.strip() for item in _LIST_SEPARATOR_RE.split(text[named.end() :] if named else text)]
        if len(items) < (3 if named else 4):
            return False
        if 3 * sum(len(item.split()) == 1 for item in items) < len(items):
            return False  # mostly phrases: terse work ("Develop fraud models, Deploy SageMaker endpoints")
        return all(self._is_list_item(item) for item in items)

    def _is_list_item(self, item: str) -> bool:
        words = item.split()
        if not 1 <= len(words) <= 4 or any(self.list_stop_word.fullmatch(w) for w in words):
            return False
        return len(words) == 1 or not (words[0][:1].islower() or self.work_verb.fullmatch(words[0]))


#: A figure in a line: a number with a unit, a percentage or a rate ("5k", "99.9%", "24/7", "20 ms"), or a
#: latency percentile ("p99"); a version number ("Python 3", "S3", "GPT-4o") is none.
_FIGURE_RE = re.compile(r"\d[\d.,]*\s*(?:%|[kmb]\b|ms\b|s\b|x\b|\+|/\d)|\bp\d{2}\b", re.IGNORECASE)

#: A name and a spaced dash before a tool list ("Generative Vision Model — PyTorch, Python, ...").
_NAME_DASH_RE = re.compile(r"^[^,;|\u2013\u2014]{1,60}?\s[\u2013\u2014-]\s+(?=\S)")
#: A year: a line holding one is a header or a line of work, not a tool list.
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: What separates the items of a tool list with no label ("/" stays inside an item: "CI/CD").
_LIST_SEPARATOR_RE = re.compile(r"\s*[,;|\u00b7\u2022]\s*")

#: One item of a tool list: one to four words ("PySpark", "Google Cloud Platform (GCP)"), not a sentence.
_ITEM = r"\s*[^\s,;|/]+(?:\s+[^\s,;|/]+){0,3}\s*"


def _fail(key: str, reason: str) -> RuleFileError:
    return RuleFileError(f"rule file {_FILE}, key {key}: {reason}")


def _alternation(data: dict[str, Any], key: str) -> str:
    words = data[key]
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
        raise _fail(key, "must be a non-empty list of regex words")
    for i, word in enumerate(words):
        try:
            re.compile(word)
        except re.error as e:
            raise _fail(f"{key}[{i}]", f"invalid regex: {e}") from e
    return "(?:" + "|".join(words) + ")"


def parse_header_words(data: dict[str, Any]) -> HeaderWords:
    """Validate and compile a header-word object (the parsed ``header_words.json``).

    Parameters
    ----------
    data : dict
        The parsed JSON object.

    Returns
    -------
    HeaderWords

    Raises
    ------
    RuleFileError
        On a missing or unknown key, a list that is empty or holds a non-string, or an invalid regex
        word; the message names the file and the key.
    """
    check_top_keys(data, _FILE, _TOP_KEYS)
    words = {key: _alternation(data, key) for key in _LISTS}
    return HeaderWords(
        organization_suffix=re.compile(r"\b" + words["organization_suffixes"] + r"\b\.?", re.IGNORECASE),
        job_kind=re.compile("^" + words["job_kinds"] + "$", re.IGNORECASE),
        work_arrangement=re.compile("^" + words["work_arrangements"] + "$", re.IGNORECASE),
        project_lead=re.compile(
            "^(?:" + words["project_lead_words"] + r"\s+)?projects?\s*(?:\d{1,2}\s*)?[:|\u2013\u2014-]",
            re.IGNORECASE,
        ),
        project_word=re.compile(r"\b" + words["project_words"] + r"\b", re.IGNORECASE),
        title_label=re.compile(r"^\W*" + words["title_labels"] + r"\W*:[\s*_]*(?P<value>)", re.IGNORECASE),
        organization_label=re.compile(
            r"^\W*" + words["organization_labels"] + r"\W*:[\s*_]*(?P<value>)", re.IGNORECASE
        ),
        organization_end=re.compile(
            r"\b(?:" + words["organization_suffixes"] + "|" + words["organization_units"] + r")\b\.?\s*$",
            re.IGNORECASE,
        ),
        self_employment=re.compile("^" + words["self_employment"] + "$", re.IGNORECASE),
        web_domain_word=re.compile(r"^[a-z][a-z0-9-]*\.(?:" + words["web_domain_endings"] + ")$"),
        tool_list=re.compile(
            r"^\W*"
            + words["tool_list_labels"]
            + r"(?:\W*:|\s+[\u2013\u2014-]\s+)\s*(?=\S)(?!(?:[a-z]+(?:ed|ing)|"
            + words["work_verbs_irregular"]
            + r")\b)"
            + _ITEM
            + r"(?:[,;|/]"
            + _ITEM
            + r"){2,}$",
            re.IGNORECASE,
        ),
        work_verb=re.compile(r"(?:[a-z]+(?:ed|ing)|" + words["work_verbs_irregular"] + ")", re.IGNORECASE),
        list_stop_word=re.compile(words["tool_list_stop_words"], re.IGNORECASE),
        certification_title=re.compile(
            rf"^{words['certification_title_openers']}\b|\b{words['certification_title_closers']}\W*$",
            re.IGNORECASE,
        ),
        certification_issuer=re.compile(words["certification_issuers"], re.IGNORECASE),
        course_provider=re.compile(words["course_providers"], re.IGNORECASE),
        issuer_title=re.compile(
            rf"^{words['issuer_title_openers']}\b(?![\s-]+services?\b)|\b{words['issuer_title_closers']}\W*$",
            re.IGNORECASE,
        ),
        issuer_title_last=re.compile(rf"\b{words['issuer_title_words']}\W*$", re.IGNORECASE),
    )


@lru_cache(maxsize=1)
def load_header_words() -> HeaderWords:
    """Load, validate and compile the packaged ``header_words.json`` (cached).

    Raises
    ------
    RuleFileError
        When the file is unreadable or invalid (see :func:`parse_header_words`).
    """
    return parse_header_words(read_rule_file(_FILE))
