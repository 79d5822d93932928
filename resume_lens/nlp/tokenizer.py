"""Tokenizer tweaks for resume text on top of ``spacy.blank("en")``.

The blank English tokenizer keeps ``40ms``, ``12k``, ``10k+`` and ``3x`` whole (their ``LIKE_NUM`` is
False) but splits ``10 K QPS`` and ``1.2M``; it splits ``CI/CD`` and ``A/B`` on the slash (evidence
taxonomy §6.13). The tweaks here make one shape for each so that patterns stay simple:

* a number followed by a unit or magnitude is split into ``number`` + ``unit``: ``40ms`` → ``40`` ``ms``,
  ``12k`` → ``12`` ``k``, ``10k+`` → ``10`` ``k`` ``+``, ``3x`` → ``3`` ``x``, ``8B`` → ``8`` ``B``,
  ``2TB/day`` → ``2`` ``TB`` ``/`` ``day``.
  Only digits preceded by a non-letter are split, so ``B2B``, ``k8s``, ``H100`` and ``p99`` stay whole;
* ``CI/CD``, ``CI/CT``, ``A/B``, ``ML/AI``, ``AI/ML``, ``Sr.`` and ``PyTorch-Lightning`` (with their usual
  casings) are single tokens; patterns that accept ``ml`` or ``ai`` also accept ``ml/ai`` and ``ai/ml``;
* a list marker glued to the first word ("・Developed", "→Built", "⁃Led") is split off it, as the blank
  tokenizer already does for "•", "●" and "►";
* a unit letter with a full stop at the end of a sentence is split: ``tokens/s.`` → ``tokens`` ``/`` ``s``
  ``.`` (blank English keeps the one-letter abbreviations ``s.`` and ``h.`` whole, as initials);
* everything else (``99.9%`` → ``99.9`` ``%``, ``p99``, ``k8s``, ``GPT-4o``) is the blank default.

The evidence pipeline builds this tokenizer directly, as the registered tokenizer
:data:`RESUME_TOKENIZER`; :func:`customize_tokenizer` makes the same changes on an existing
``nlp.tokenizer``. ``nlp.to_disk`` saves the special cases and affixes with the tokenizer, and
``spacy.load`` restores them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

__all__ = [
    "BULLET_PREFIXES",
    "SPLIT_ABBREVIATIONS",
    "NUMBER_UNIT_SUFFIXES",
    "RESUME_TOKENIZER",
    "SLASH_TOKENS",
    "WHOLE_TOKENS",
    "customize_tokenizer",
    "make_resume_tokenizer",
]

#: The registered name of the resume tokenizer (:func:`make_resume_tokenizer`).
RESUME_TOKENIZER = "resume_lens.resume_tokenizer.v1"

#: Units and magnitudes split off a trailing number. ``s`` alone is left out on purpose: "1990s"
#: and "k8s" must stay whole.
NUMBER_UNIT_SUFFIXES: tuple[str, ...] = (
    "ms", "msec", "sec", "secs", "min", "mins", "hrs", "hr", "h",
    "k", "K", "m", "M", "b", "B", "bn", "BN", "mm", "MM",
    "x", "X", "×",
    "gb", "GB", "tb", "TB", "pb", "PB", "mb", "MB",
    "qps", "QPS", "rps", "RPS", "tps", "TPS",
)  # fmt: skip

#: Slash compounds kept as one token (tokenizer special cases are exact strings).
SLASH_TOKENS: tuple[str, ...] = (
    "CI/CD", "ci/cd", "Ci/Cd", "CI/CT", "ci/ct", "A/B", "a/b",
    "ML/AI", "ml/ai", "Ml/Ai", "AI/ML", "ai/ml", "Ai/Ml",
)  # fmt: skip
#: Other resume words kept whole: the seniority abbreviation (blank English splits "Sr." but not
#: "Jr.") and hyphenated product names whose halves are ordinary words.
WHOLE_TOKENS: tuple[str, ...] = (
    "Sr.", "sr.", "SR.",
    "PyTorch-Lightning", "Pytorch-Lightning", "pytorch-lightning", "PYTORCH-LIGHTNING",
)  # fmt: skip


#: One-letter abbreviations of blank English ("a." to "z.") that are units at a sentence's end in a resume:
#: "~1,900 tokens/s." and "p50 latency 1.1 s." end with seconds and a full stop, not an initial.
SPLIT_ABBREVIATIONS: tuple[str, ...] = ("s.", "h.")


#: List markers the blank English tokenizer leaves glued to the next word: the katakana middle dot
#: used as a bullet in Japanese resumes, arrows, the hyphen bullet, the triangular bullet and the
#: middle dot.
BULLET_PREFIXES: tuple[str, ...] = (
    "\u30fb",
    "\uff65",
    "\u2192",
    "\u21d2",
    "\u2043",
    "\u2023",
    "\u00b7",
    "\u2219",
)


def _tokenizer_settings(nlp: Language) -> dict[str, Any]:
    """The special cases and affix searches of the resume tokenizer, built on the defaults of ``nlp``'s
    language (the keyword arguments of :class:`spacy.tokenizer.Tokenizer` apart from the vocab)."""
    units = "|".join(sorted(NUMBER_UNIT_SUFFIXES, key=len, reverse=True))
    # "10k+" → "10k" "+" first; the lookbehind keeps "C++" whole.
    plus = r"(?<=[0-9kKmMbB])\+"
    number_unit = rf"(?<=[0-9])(?<![A-Za-z][0-9])(?:{units})"
    suffixes = [plus, number_unit, *nlp.Defaults.suffixes]
    # "2TB/day": the slash infix splits first, so the unit is split off by a zero-width infix.
    number_unit_slash = rf"(?<=[0-9])(?<![A-Za-z][0-9])(?=(?:{units})/)"
    rules = {k: v for k, v in nlp.Defaults.tokenizer_exceptions.items() if k not in SPLIT_ABBREVIATIONS}
    rules.update({text: [{ORTH: text}] for text in (*SLASH_TOKENS, *WHOLE_TOKENS)})
    return {
        "rules": rules,
        "prefix_search": compile_prefix_regex([*BULLET_PREFIXES, *nlp.Defaults.prefixes]).search,
        "suffix_search": compile_suffix_regex(suffixes).search,
        "infix_finditer": compile_infix_regex([number_unit_slash, *nlp.Defaults.infixes]).finditer,
        "token_match": nlp.Defaults.token_match,
        "url_match": nlp.Defaults.url_match,
    }


@registry.tokenizers(RESUME_TOKENIZER)
def make_resume_tokenizer() -> Callable[[Language], Tokenizer]:
    """The resume tokenizer as a registered spaCy tokenizer, for a pipeline's ``[nlp.tokenizer]``.

    ``spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": RESUME_TOKENIZER}}})`` builds the
    tokenizer once, with every tweak, where :func:`customize_tokenizer` replaces the one ``spacy.blank``
    built (about 0.15 s of a cold start: each tokenizer compiles 1,300+ special cases). ``spacy.load``
    finds it through the ``spacy_tokenizers`` entry point declared in ``pyproject.toml``.

    Returns
    -------
    callable
        ``Language → Tokenizer``, as spaCy's own ``spacy.Tokenizer.v1``.
    """

    def create_tokenizer(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab, **_tokenizer_settings(nlp))

    return create_tokenizer


def customize_tokenizer(nlp: Language) -> Language:
    """Apply the resume tokenizer tweaks to ``nlp.tokenizer`` in place.

    Parameters
    ----------
    nlp:
        A pipeline built on ``spacy.blank("en")``. Call this **before** adding phrase patterns: the
        span ruler tokenizes phrase patterns with the pipeline's tokenizer.

    Returns
    -------
    Language
        The same ``nlp``, for chaining. Its tokenizer makes the same tokens as :func:`make_resume_tokenizer`.

    Examples
    --------
    >>> import spacy
    >>> nlp = customize_tokenizer(spacy.blank("en"))
    >>> [t.text for t in nlp("p99 40ms at 12k QPS via CI/CD")]
    ['p99', '40', 'ms', 'at', '12', 'k', 'QPS', 'via', 'CI/CD']
    """
    old = nlp.tokenizer
    settings = _tokenizer_settings(nlp)
    # the old tokenizer's own special cases (a caller may have added some) and matchers
    rules = {k: v for k, v in old.rules.items() if k not in SPLIT_ABBREVIATIONS}
    settings.update(rules=rules, token_match=old.token_match, url_match=old.url_match)
    settings["rules"].update({text: [{ORTH: text}] for text in (*SLASH_TOKENS, *WHOLE_TOKENS)})
    # One new tokenizer with every setting, rather than setting them one by one on the old one: each
    # assignment and each add_special_case re-compiles all 1,300+ special cases (0.25 s of a cold
    # start); the rules, affixes and matches are the same, so the tokens are the same.
    nlp.tokenizer = Tokenizer(nlp.vocab, faster_heuristics=old.faster_heuristics, **settings)
    return nlp
