"""Counterfactual invariance (issue 8 item 1): who the candidate is must never move the verdict.

100 corpus resumes × 18 personas (8 name groups × female/male, 2 they/them; each with its own
location and postcode, schools, employers, nationality, language and an age cue consistent with the
graduation year). Every variant must get the original's verdict and ``p_inflated`` to 1e-9, for the
resume and for each claim. 1,900 screens run in about a minute because variants share most lines and
each distinct line is tagged once (:class:`resume_lens.fairness.invariance.MemoPipeline`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_lens import Screener
from resume_lens.fairness.counterfactual import PERSONA_ATTRIBUTES, load_personas, make_variants
from resume_lens.fairness.invariance import MemoPipeline, _same, check_invariance, outcome

CORPUS = Path(__file__).resolve().parent.parent / "corpora" / "resumes"
AS_OF = "2026-06-01"
N_BASES = 100

#: Base resumes whose variants changed the outcome: real bugs in the rule layer, reported to
#: the lead (issue 8) and fixed. A new one goes in KNOWN_BUGS (xfail, strict) until it is fixed.
HEADLINE_WORD_LIMIT = (
    "claims._MAX_TAGLINE_WORDS counts the words of the whole headline line, contacts included: a "
    "two-word city ('São Paulo') or a phone written with spaces pushes a '**Title** · city · email · "
    "phone' line over 12 words and the headline claim disappears"
)
THOMPSON = (
    "the PROD.ONLINE_EXP pattern 'bandits' (production.jsonl) matches the word 'Thompson' alone, so "
    "a candidate named Thompson gets production evidence in the header (summary:prod_action)"
)
POLISH_COMPANY = (
    "a position header whose employer ends in the Polish legal form 'sp. z o.o.' ('Agronomist — Kowalski "
    "i Synowie sp. z o.o.') is read as a wrapped bullet of the position above, which gains a line"
)
KNOWN_BUGS: dict[str, str] = {}  # all four found so far are fixed; the focused tests below guard them


def corpus_texts() -> list[Path]:
    """100 text and Markdown resumes spread evenly over the sorted corpus (every writer's batch)."""
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md"))
    step = len(files) / N_BASES
    return [files[int(i * step)] for i in range(N_BASES)]


BASES = corpus_texts()


@pytest.fixture(scope="module")
def screener() -> Screener:
    s = Screener(as_of=AS_OF)
    s.nlp = MemoPipeline(s.nlp)
    return s


@pytest.fixture(scope="module")
def results(screener: Screener) -> dict[str, list[tuple[str, tuple, tuple]]]:
    """Per base file: (persona, original outcome, variant outcome) of every variant."""
    out = {}
    for path in BASES:
        text = path.read_text(encoding="utf-8")
        original = outcome(screener.assess_text(text))
        out[path.name] = [
            (v.persona.key, original, outcome(screener.assess_text(v.text))) for v in make_variants(text)
        ]
    return out


def test_suite_size() -> None:
    personas = load_personas()
    assert len(BASES) == 100 and len(set(BASES)) == 100
    assert len(personas) == 18 >= 16
    assert {p.gender for p in personas} == {"female", "male", "nonbinary"}
    assert len({p.ethnicity for p in personas}) == 9
    for attribute in PERSONA_ATTRIBUTES:
        assert len({p.attributes()[attribute] for p in personas}) >= 3, attribute


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(p.name, marks=pytest.mark.xfail(reason=KNOWN_BUGS[p.name], strict=True))
        if p.name in KNOWN_BUGS
        else p.name
        for p in BASES
    ],
)
def test_verdict_and_probability_do_not_depend_on_identity(name: str, results) -> None:
    moved = [(key, variant) for key, original, variant in results[name] if not _same(original, variant, 1e-9)]
    assert len(results[name]) == 18
    assert not moved, f"{name}: original {results[name][0][1]}; moved: {moved[:3]}"


def test_all_1800_variants_screened(results) -> None:
    assert sum(len(v) for v in results.values()) == 1800


def test_variants_change_identity_and_keep_the_work() -> None:
    text = (
        "Grace Okonkwo\n"
        "Machine Learning Engineer\n"
        "Atlanta, GA · grace.o@example.com · 404-555-0131\n\n"
        "EXPERIENCE\n"
        "Machine Learning Engineer — PeachStream, Atlanta, GA — 2022 – Present\n"
        "- Deployed the recommendation model behind a FastAPI service on Kubernetes at 2k QPS.\n"
        "- She set up drift monitoring with Evidently and weekly retraining in Airflow.\n\n"
        "EDUCATION\n"
        "B.S. Mathematics, Spelman College, 2018\n"
    )
    persona = load_personas()[1]  # a man: Brendan Kelly
    variant = make_variants(text, (persona,))[0].text
    assert variant.startswith("Brendan Kelly\nMachine Learning Engineer\n")
    assert "brendan.kelly@example.org" in variant and "grace" not in variant.lower()
    assert "Atlanta, GA ·" not in variant.splitlines()[2]
    assert f"{persona.location['city']}, {persona.location['region']}" in variant
    assert "He set up drift monitoring" in variant
    assert "Spelman" not in variant and f"B.S. Mathematics, {persona.schools[0]}, 2018" in variant
    assert "PeachStream" not in variant and persona.employers[0] in variant
    # the work is word for word the same
    assert "Deployed the recommendation model behind a FastAPI service on Kubernetes at 2k QPS." in variant
    # the age cue follows the graduation year: a 'mid' persona was born 30 years before 2018
    assert persona.age_band == "mid" and "1988" in variant.split("Date of birth:")[1].splitlines()[0]
    assert "Pronouns: he/him" in variant and f"Nationality: {persona.nationality}" in variant


def test_a_changed_outcome_is_reported(screener: Screener) -> None:
    """The checker itself: no mismatch on identity swaps, and any moved number or verdict is caught."""
    text = BASES[0].read_text(encoding="utf-8")
    n, mismatches = check_invariance(screener, [("same", text)], personas=load_personas()[:2])
    assert n == 2 and mismatches == []
    a = ("inflated", 0.7, (("headline", "inflated", 0.7),))
    assert _same(a, ("inflated", 0.7 + 1e-10, (("headline", "inflated", 0.7 + 1e-10),)), 1e-9)
    assert not _same(a, ("inflated", 0.7 + 1e-6, (("headline", "inflated", 0.7),)), 1e-9)
    assert not _same(a, ("inflated", 0.7, (("headline", "inflated", 0.7 + 1e-6),)), 1e-9)
    assert not _same(a, ("unclear", 0.7, (("headline", "unclear", 0.7),)), 1e-9)
    assert not _same(a, ("inflated", 0.7, ()), 1e-9)
    assert not _same(a, ("no_claim", None, ()), 1e-9)


# Focused reproductions of the bugs the suite found (fixed: the Thompson surname, the headline word
# limit, a legal-form suffix on an employer, an employer's name before "data"); each reason says what
# was wrong.


def test_the_surname_thompson_is_not_evidence(screener: Screener) -> None:
    text = (
        "Grace Mwangi-Thompson\nAtlanta, GA · grace@example.com\n\nEXPERIENCE\n"
        "ML Engineer — PeachStream — 2022 – Present\n- Built weekly Looker dashboards.\n"
    )
    a = screener.assess_text(text)
    assert [e for c in a.claims for e in c.evidence if e["section"] == "header"] == []
    b = screener.assess_text(text.replace("Thompson", "Okafor"))
    assert outcome(a) == outcome(b)


def test_headline_claim_survives_a_longer_contact_line(screener: Screener) -> None:
    body = (
        "\n\nEXPERIENCE\nMachine Learning Engineer — Northwind — 2021 – Present\n"
        "- Deployed the ranking model behind a FastAPI service on Kubernetes.\n"
        "- Set up drift monitoring and weekly retraining in Airflow.\n"
    )
    short = "Ana Li\n**Machine Learning Engineer** · Toronto, ON · ana@example.ca · (416) 555-0192"
    long = "Ana Li\n**Machine Learning Engineer** · São Paulo, SP · ana@example.ca · +55 11 5555 0192"
    a, b = screener.assess_text(short + body), screener.assess_text(long + body)
    assert [c.source for c in a.claims] == ["headline", "position"]
    assert outcome(a) == outcome(b)


def test_an_employer_with_a_legal_form_suffix_stays_a_position_header(screener: Screener) -> None:
    text = BASES[0].parent.joinpath("d_037_medellin_agritech_pilot.txt").read_text(encoding="utf-8")
    old = "Cooperativa Cafetera del Suroeste"
    a, b = screener.assess_text(text), screener.assess_text(text.replace(old, "Acme sp. z o.o."))
    assert outcome(a) == outcome(b)


def test_a_long_employer_name_does_not_stop_a_position_header(screener: Screener) -> None:
    # regression: the header word limit counted the employer and its parenthetical note, so a
    # five-word employer name turned "Data Scientist, …, Kharkiv, 2019 – 2021" into prose
    text = BASES[0].parent.joinpath("h_042_kharkiv_grain_trader.txt").read_text(encoding="utf-8")
    a = screener.assess_text(text)
    b = screener.assess_text(text.replace("ShopNova (electronics", "Sai Krupa Softech Pvt Ltd (electronics"))
    assert [c.title for c in b.claims] == [c.title for c in a.claims]
    assert outcome(a) == outcome(b)


TOY_DATASET_EMPLOYER = (
    "NB.TOY_DATASET pattern 'x_toy_named_data' (notebook.jsonl) reads 'Uber/Airbnb/Spotify/Netflix/"
    "Walmart ... data' as a Kaggle toy dataset, so an engineer who worked there and names the "
    "employer's own data gets notebook-level signals"
)


def test_the_employers_own_data_is_not_a_toy_dataset(screener: Screener) -> None:
    body = (
        "Ana Li\nMachine Learning Engineer\n\nEXPERIENCE\nMachine Learning Engineer — {co} — 2021 – Present\n"
        "- Deployed the ETA model behind a gRPC service on Kubernetes; it serves {co} trips data at "
        "20k QPS.\n"
        "- Set up drift monitoring and weekly retraining in Airflow.\n"
    )
    assert outcome(screener.assess_text(body.format(co="Uber"))) == outcome(
        screener.assess_text(body.format(co="Lyft"))
    )
