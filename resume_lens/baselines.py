"""Two baselines the claim model must beat, fitted and tested on the same folds (``evaluate --cv``).

* **Keyword count** (:class:`KeywordCountBaseline`): what a simple applicant-tracking screen does.
  It counts production words (``data/baseline_keywords.json``) anywhere in the text, the skills
  list included, and calls a claim ``supported`` when the count reaches a threshold fitted on the
  training folds, ``inflated`` below it. Whether there is a claim at all comes from the project's
  own title finder (:mod:`resume_lens.claims`): a resume with no ML-engineer-family claim is
  ``no_claim``, exactly as for the model. The baseline therefore differs from resume_lens only in
  how it weighs the evidence, which is what the comparison is meant to measure. It never predicts
  ``unclear``.
* **TF-IDF + logistic regression** (:func:`build_tfidf_baseline`): word uni- and bigrams of the raw
  extracted text, predicting ``resume_label`` (all four labels) directly; the regularisation
  strength is chosen by an inner cross-validation on the training folds only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from sklearn.pipeline import Pipeline

__all__ = [
    "baseline_keywords",
    "keyword_count",
    "fit_keyword_threshold",
    "KeywordCountBaseline",
    "build_tfidf_baseline",
    "TFIDF_C_GRID",
]

#: Regularisation strengths tried by the TF-IDF baseline's inner cross-validation.
TFIDF_C_GRID = (0.1, 1.0, 10.0, 100.0)
_INNER_FOLDS = 3


@lru_cache(maxsize=1)
def baseline_keywords() -> tuple[str, ...]:
    """The keyword baseline's production words, lower-case, from ``data/baseline_keywords.json``."""
    data = json.loads((resources.files("resume_lens") / "data" / "baseline_keywords.json").read_text("utf-8"))
    return tuple(sorted({str(k).lower() for k in data["keywords"]}))


@lru_cache(maxsize=4)
def _keyword_regex(keywords: tuple[str, ...]) -> re.Pattern[str]:
    # longest first, so "deployment" is one hit rather than "deploy" + nothing
    alternatives = "|".join(re.escape(k) for k in sorted(keywords, key=lambda k: (-len(k), k)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def keyword_count(text: str, keywords: Sequence[str] | None = None) -> int:
    """Occurrences of the production words in ``text``, as whole words, case-insensitive.

    Parameters
    ----------
    text:
        The whole resume text (every section, skills list included).
    keywords:
        The words to count; :func:`baseline_keywords` when ``None``.

    Returns
    -------
    int
        Number of non-overlapping matches (a repeated word counts each time).

    Examples
    --------
    >>> keyword_count("Deployed models with Docker. Skills: Docker, Kubernetes", ["docker", "deployed"])
    3
    """
    words = baseline_keywords() if keywords is None else tuple(sorted({k.lower() for k in keywords}))
    if not words:
        return 0
    return len(_keyword_regex(words).findall(text))


def fit_keyword_threshold(counts: Sequence[int], labels: Sequence[str]) -> float:
    """The count threshold that best separates ``supported`` from ``inflated`` training resumes.

    Only resumes labelled ``supported`` or ``inflated`` take part. Candidate thresholds are the
    midpoints between neighbouring distinct counts, plus one below the smallest and one above the
    largest; the candidate with the highest training accuracy of "``supported`` when count ≥
    threshold" wins, the lowest one on a tie.

    Parameters
    ----------
    counts:
        :func:`keyword_count` of each training resume.
    labels:
        Their gold ``resume_label``.

    Returns
    -------
    float
        The threshold; 0.5 (any keyword means ``supported``) when no resume is labelled
        ``supported`` or ``inflated``.

    Examples
    --------
    >>> fit_keyword_threshold([1, 2, 6, 9], ["inflated", "inflated", "supported", "supported"])
    4.0
    """
    pairs = [(c, y) for c, y in zip(counts, labels, strict=True) if y in ("supported", "inflated")]
    if not pairs:
        return 0.5
    values = sorted({c for c, _ in pairs})
    candidates = [values[0] - 0.5] + [(a + b) / 2 for a, b in pairwise(values)] + [values[-1] + 0.5]
    best, best_correct = candidates[0], -1
    for threshold in candidates:
        correct = sum((c >= threshold) == (y == "supported") for c, y in pairs)
        if correct > best_correct:
            best, best_correct = threshold, correct
    return float(best)


@dataclass(frozen=True)
class KeywordCountBaseline:
    """A fitted keyword-count screen: ``supported`` at ``count >= threshold``, else ``inflated``.

    ``no_claim`` whenever the project's title finder found no ML-engineer-family claim (see the
    module docstring). ``keywords`` are lower-case.
    """

    threshold: float
    keywords: tuple[str, ...]

    @classmethod
    def fit(
        cls,
        texts: Sequence[str],
        has_claim: Sequence[bool],
        labels: Sequence[str],
        keywords: Sequence[str] | None = None,
    ) -> KeywordCountBaseline:
        """Fit the threshold on training resumes in which a claim was found.

        Parameters
        ----------
        texts:
            Whole resume texts.
        has_claim:
            Whether :mod:`resume_lens.claims` found an ML-engineer-family claim in each.
        labels:
            Gold ``resume_label`` of each.
        keywords:
            The words to count; :func:`baseline_keywords` when ``None``.
        """
        words = baseline_keywords() if keywords is None else tuple(sorted({k.lower() for k in keywords}))
        kept = [(keyword_count(t, words), y) for t, c, y in zip(texts, has_claim, labels, strict=True) if c]
        return cls(fit_keyword_threshold([k for k, _ in kept], [y for _, y in kept]), words)

    def predict(self, texts: Sequence[str], has_claim: Sequence[bool]) -> list[str]:
        """``no_claim``, ``supported`` or ``inflated`` for each resume."""
        out = []
        for text, claim in zip(texts, has_claim, strict=True):
            if not claim:
                out.append("no_claim")
            elif keyword_count(text, self.keywords) >= self.threshold:
                out.append("supported")
            else:
                out.append("inflated")
        return out


def build_tfidf_baseline(labels: Sequence[str], seed: int = 0) -> Pipeline | GridSearchCV:
    """An unfitted TF-IDF + logistic-regression text classifier for ``labels``.

    ``TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)`` → ``LogisticRegression(
    class_weight="balanced")``. ``min_df=2`` drops words of a single resume (names, employers),
    which cuts the vocabulary about fivefold and the fitting time fourfold; keeping them moved
    cross-validated accuracy on the 92-resume corpus by one resume. ``C`` is chosen from
    :data:`TFIDF_C_GRID` by accuracy in a stratified inner cross-validation over the training
    labels (up to 3 folds); when a class has fewer than 2 training examples there is no inner
    cross-validation and ``C = 10``.

    Parameters
    ----------
    labels:
        The training labels the model will be fitted on (to size the inner folds).
    seed:
        Seed of the inner folds.

    Returns
    -------
    Pipeline or GridSearchCV
        Fit it on raw texts and labels; ``predict`` returns labels.
    """
    pipeline = Pipeline(
        [
            (
                "tfidf",
                TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, strip_accents="unicode"),
            ),
            ("classify", LogisticRegression(C=10.0, class_weight="balanced", max_iter=5000)),
        ]
    )
    smallest = min((list(labels).count(y) for y in set(labels)), default=0)
    if smallest < 2:
        return pipeline
    inner = StratifiedKFold(n_splits=min(_INNER_FOLDS, smallest), shuffle=True, random_state=seed)
    return GridSearchCV(pipeline, {"classify__C": list(TFIDF_C_GRID)}, cv=inner, scoring="accuracy")
