"""Which lines of work describe building, training or evaluating models: N-level work with no tag of its own.

Rubric §3 calls a claim ``inflated`` when "the text has enough substance to judge (2 or more bullets or
sentences of work), and all of it is N-level: experiments, training runs, analysis, research, coursework,
demos". The evidence tagger labels the notebook-level signals of the taxonomy (§3: notebooks, offline
metrics, toy datasets, courses, dashboards…), but a bare "Built advanced machine learning and deep learning
models for time-series forecasting" or "Conducted comprehensive data analysis and model development" names
no taxonomy signal: it is a training run described without a notebook, a metric or a dataset. Real resumes
labelled by the rubric write their notebook-level work so (probes 14 and 15 of public resumes: 8 of the 15
``inflated`` claims were read as ``unclear``, most of them because such lines held no span).

The verbs, objects and phrases live in ``resume_lens/data/modelling_work.json``; the phrases of
``not_words`` in ``ml_work.json`` ("data model", "business model", "threat model") are blanked first. Used
only by the verdict rule :func:`resume_lens.assess.modelling_only_lines`, never as a feature of the claim
model (the corpus resumes, written for this project, describe such work with the tagged signals, so a model
would learn their wording, not the rubric).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from resume_lens.errors import RuleFileError
from resume_lens.ml_work import load_ml_work_rules
from resume_lens.rule_files import read_rule_file

__all__ = ["ModellingRules", "is_modelling_text", "load_modelling_rules"]

_RULE_FILE = "modelling_work.json"
_KEYS = {"description", "verbs", "objects", "max_gap", "phrases"}


@dataclass(frozen=True)
class ModellingRules:
    """The compiled rules of ``resume_lens/data/modelling_work.json``."""

    modelling: re.Pattern[str]
    not_words: re.Pattern[str]


def _words(data: dict, key: str) -> str:
    values = data.get(key)
    if not isinstance(values, list) or not values or not all(isinstance(v, str) and v for v in values):
        raise RuleFileError(
            f"rule file {_RULE_FILE}, key {key}: must be a non-empty list of non-empty strings"
        )
    # longest first; a space in an entry matches any run of spaces
    return "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(set(values), key=len, reverse=True))


@lru_cache(maxsize=1)
def load_modelling_rules() -> ModellingRules:
    """Load and compile ``resume_lens/data/modelling_work.json`` (cached).

    Returns
    -------
    ModellingRules

    Raises
    ------
    RuleFileError
        When the file is missing, not JSON, has other top-level keys than it should, or a key has the wrong
        type (``max_gap`` is a whole number of words from 0 to 20).
    """
    data = read_rule_file(_RULE_FILE)
    if set(data) != _KEYS:
        raise RuleFileError(f"rule file {_RULE_FILE}: the keys must be exactly {sorted(_KEYS)}")
    gap = data["max_gap"]
    if not isinstance(gap, int) or isinstance(gap, bool) or not 0 <= gap <= 20:
        raise RuleFileError(f"rule file {_RULE_FILE}, key max_gap: must be a whole number from 0 to 20")
    verbs, objects, phrases = _words(data, "verbs"), _words(data, "objects"), _words(data, "phrases")
    edge_before, edge_after = r"(?<![\w-])", r"(?![\w-])"
    pattern = (
        rf"{edge_before}(?:{verbs}){edge_after}(?:\W+[\w-]+){{0,{gap}}}?\W+(?:{objects}){edge_after}"
        rf"|{edge_before}(?:{phrases}){edge_after}"
    )
    return ModellingRules(
        modelling=re.compile(pattern, re.IGNORECASE), not_words=load_ml_work_rules().not_words
    )


def is_modelling_text(text: str, rules: ModellingRules | None = None) -> bool:
    """True when a line of work describes building, training, tuning or evaluating models.

    Parameters
    ----------
    text:
        One bullet or sentence.
    rules:
        Default :func:`load_modelling_rules`.

    Examples
    --------
    >>> is_modelling_text("Built advanced machine learning and deep learning models for forecasting.")
    True
    >>> is_modelling_text("Responsible for the end-to-end machine learning lifecycle.")
    False
    >>> is_modelling_text("Designed the data model of the billing service.")
    False
    """
    rules = rules or load_modelling_rules()
    return bool(rules.modelling.search(rules.not_words.sub(" ", text)))
