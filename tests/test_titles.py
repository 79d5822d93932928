"""Title families, seniority and rubric §1 claims (resume_lens.titles)."""

from __future__ import annotations

import copy

import pytest

from resume_lens.errors import RuleFileError
from resume_lens.rule_files import read_rule_file
from resume_lens.titles import (
    FAMILIES,
    MENTION_CONTEXTS,
    classify_title,
    find_placeholder_title,
    find_titles,
    is_not_a_title,
    load_title_rules,
    parse_title_rules,
)

# Rubric §1: every listed claim, with the family we file it under.
CLAIMS = [
    ("Machine Learning Engineer", "ml_engineer"),
    ("ML Engineer", "ml_engineer"),
    ("MLE", "ml_engineer"),
    ("AI/ML Engineer", "ml_engineer"),
    ("ML/AI Engineer", "ml_engineer"),
    ("Machine Learning Developer", "ml_engineer"),
    ("Deep Learning Engineer", "ml_engineer"),
    ("Computer Vision Engineer", "ml_engineer"),
    ("NLP Engineer", "ml_engineer"),
    ("AI Engineer", "ai_engineer"),
    ("GenAI Engineer", "ai_engineer"),
    ("LLM Engineer", "ai_engineer"),
    ("GenAI/LLM Engineer", "ai_engineer"),
    ("MLOps Engineer", "mlops_engineer"),
    ("ML Platform Engineer", "mlops_engineer"),
    ("ML Infrastructure Engineer", "mlops_engineer"),
    ("Machine Learning Architect", "ml_engineer"),
    ("Applied Scientist", "applied_scientist"),
    ("Applied ML Scientist", "applied_scientist"),
    ("Software Engineer – AI/ML", "ml_engineer"),
    ("Software Engineer, Machine Learning", "ml_engineer"),
    # prefixes keep the claim
    ("Junior ML Engineer", "ml_engineer"),
    ("Senior Machine Learning Engineer", "ml_engineer"),
    ("Lead ML Engineer", "ml_engineer"),
    ("Staff Machine Learning Engineer", "ml_engineer"),
    ("Head of Machine Learning", "ml_engineer"),
    ("Head of AI & Machine Learning Engineering", "ml_engineer"),  # "Head of" + ML engineering
    ("Head of AI and ML", "ml_engineer"),
    ("Freelance ML Engineer", "ml_engineer"),
    ("Contract Machine Learning Engineer", "ml_engineer"),
    ("Intern ML Engineer", "ml_engineer"),
    ("Machine Learning Engineering Intern", "ml_engineer"),
    ("Sr. MLE", "ml_engineer"),
    ("MACHINE LEARNING ENGINEER", "ml_engineer"),
    # combined: the ML part is the claim (taxonomy §5.7)
    ("Data Scientist / ML Engineer", "ml_engineer"),
    ("ML Engineer & Data Scientist", "ml_engineer"),
    # an AI engineer who names what they build AI into (real resumes, probe 9)
    ("AI Application Engineer (LLM + RAG + Reliability)", "ai_engineer"),
    ("AI Applications Engineer", "ai_engineer"),
    ("AI Product Engineer", "ai_engineer"),
    # a level between the field and "Engineer" (real resumes, probe 10)
    ("Senior Machine Learning Staff Engineer", "ml_engineer"),
    ("ML Principal Engineer", "ml_engineer"),
]

# Rubric §1: every listed NOT-claim, with its family.
NOT_CLAIMS = [
    ("Data Scientist", "data_scientist"),
    ("Medior Datascientist", "data_scientist"),  # one word (real resumes, probe 11)
    ("Data Analyst", "data_analyst"),
    ("BI Analyst", "data_analyst"),
    ("Research Scientist", "research_scientist"),
    ("Researcher", "research_scientist"),
    ("Research Assistant", "research_scientist"),
    ("Data Engineer", "data_engineer"),
    ("Software Engineer", "software_engineer"),
    ("Machine Learning Intern", "student"),
    ("AI Intern", "student"),
    ("Student", "student"),
    ("PhD candidate", "research_scientist"),
    ("Aspiring ML engineer", "other"),
    ("ML enthusiast", "other"),
    ("seeking an MLE role", "other"),
    ("Senior Software Engineer", "software_engineer"),
    ("Machine Learning Scientist", "data_scientist"),
    ("Research Engineer", "research_scientist"),
    ("MLE estimator", "other"),
    ("Co-Founder & CTO", "other"),
    ("Application Engineer", "software_engineer"),  # no AI word: the AI-application title needs one
    ("AI Solutions Engineer", "other"),  # often a pre-sales role; rubric §1 does not name it
]


@pytest.mark.parametrize(("title", "family"), CLAIMS)
def test_rubric_claims(title: str, family: str) -> None:
    m = classify_title(title)
    assert (m.family, m.is_ml_claim) == (family, True)


@pytest.mark.parametrize(("title", "family"), NOT_CLAIMS)
def test_rubric_not_claims(title: str, family: str) -> None:
    m = classify_title(title)
    assert (m.family, m.is_ml_claim) == (family, False)


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Senior ML Engineer", "senior"),
        ("Sr. Data Scientist", "senior"),
        ("Junior Data Analyst", "junior"),
        ("Lead Data Scientist", "lead"),
        ("Staff ML Engineer", "staff"),
        ("Principal Applied Scientist", "principal"),
        ("Head of Machine Learning", "head"),
        ("ML Engineering Manager", "manager"),
        ("Director of Data Science", "director"),
        ("Machine Learning Engineering Intern", "intern"),
        ("Mid-Level Software Engineer", "mid"),
        ("Medior Datascientist", "mid"),  # the Dutch mid-level grade
        ("ML Engineer", None),
    ],
)
def test_seniority(title: str, level: str | None) -> None:
    assert classify_title(title).seniority == level


def test_match_span_points_at_the_title_words() -> None:
    raw = "Acme Corp — Senior Data Scientist"
    m = classify_title(raw)
    assert raw[m.start : m.end] == "Data Scientist"
    assert m.rule_id == "TITLE.DS.CORE"


def test_find_titles_extends_prefix_and_keeps_offsets() -> None:
    text = "Senior Machine Learning Engineer with 5 years; before that a Data Scientist at Foo"
    found = find_titles(text)
    assert [text[m.start : m.end] for m in found] == ["Senior Machine Learning Engineer", "Data Scientist"]
    assert [m.is_ml_claim for m in found] == [True, False]
    assert found[0].seniority == "senior"


def test_plural_mentions_are_not_titles() -> None:
    assert find_titles("mentored 3 ML engineers and hired MLEs") == ()


@pytest.mark.parametrize(
    ("part", "span"),
    [
        ("Job title", (0, 9)),
        ("Job Title 1", (0, 11)),
        (" Position Title ", (1, 15)),
        ("Your Title", (0, 10)),
        ("Job Title 2", (0, 11)),
    ],
)
def test_placeholder_titles(part: str, span: tuple[int, int]) -> None:
    m = find_placeholder_title(part)
    assert m is not None
    assert (m.family, m.seniority, m.is_ml_claim, (m.start, m.end)) == ("other", None, False, span)


@pytest.mark.parametrize(
    "part",
    [
        "Job title: Data Scientist",
        "Senior Job Title",
        "Your Position or Tagline Here",
        "Title",
        "ML Engineer",
    ],
)
def test_not_placeholder_titles(part: str) -> None:
    assert find_placeholder_title(part) is None


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("Developer Certification", True),
        ("Python Developer Certificate", True),
        ("Data Analyst Course", True),
        ("Data Analyst", False),
        ("Certification Engineer", False),
        ("Course Developer", False),
    ],
)
def test_credentials_named_after_a_role_are_no_titles(part: str, expected: bool) -> None:
    assert is_not_a_title(part) is expected


@pytest.mark.parametrize(
    ("title", "family", "level", "claim"),
    [
        ("ソフトウェアエンジニア", "software_engineer", None, False),
        ("シニアバックエンドエンジニア", "software_engineer", "senior", False),
        ("機械学習エンジニア", "ml_engineer", None, True),
        ("MLOpsエンジニア", "mlops_engineer", None, True),
        ("AIエンジニア", "ai_engineer", None, True),
        ("データサイエンティスト", "data_scientist", None, False),
        ("データアナリスト", "data_analyst", None, False),
        ("データエンジニア", "data_engineer", None, False),
        ("エンジニア", "other", None, False),  # "engineer" alone names no family, as in English
    ],
)
def test_japanese_titles(title: str, family: str, level: str | None, claim: bool) -> None:
    m = classify_title(title)
    assert (m.family, m.seniority, m.is_ml_claim) == (family, level, claim)
    assert title[m.start : m.end] in title


def test_every_family_is_known() -> None:
    data = read_rule_file("title_families.json")
    assert {f["family"] for f in data["families"]} | {"other"} == set(FAMILIES)


@pytest.mark.parametrize(
    ("mutate", "key"),
    [
        (lambda d: d.update(extra=1), "extra"),
        (lambda d: d.pop("seniority"), "seniority"),
        (lambda d: d["families"][0].update(family="wizard"), "families[0].family"),
        (lambda d: d["families"][0]["rules"][0].update(pattern="(unclosed"), "families[0].rules[0].pattern"),
        (
            lambda d: d["families"][0]["rules"][0].update(pattern="{NOPE} engineer"),
            "families[0].rules[0].pattern",
        ),
        (lambda d: d["families"][0]["rules"][0].update(colour="red"), "families[0].rules[0].colour"),
        (lambda d: d["seniority"][0].update(level="emperor"), "seniority[0].level"),
        (lambda d: d["placeholder_titles"][0].update(pattern="(job"), "placeholder_titles[0].pattern"),
        (lambda d: d.pop("placeholder_titles"), "placeholder_titles"),
        (lambda d: d["not_a_title"][0].update(colour="red"), "not_a_title[0].colour"),
        (
            lambda d: d["families"][1]["rules"][0].update(id=d["families"][0]["rules"][0]["id"]),
            "families[1].rules[0].id",
        ),
        (lambda d: d.pop("mention_context"), "mention_context"),
        (lambda d: d["mention_context"].pop("former_before"), "mention_context.former_before"),
        (lambda d: d["mention_context"].update(sometimes={"pattern": "x"}), "mention_context.sometimes"),
        (
            lambda d: d["mention_context"]["intern_after"].update(pattern="(intern"),
            "mention_context.intern_after.pattern",
        ),
        (
            lambda d: d["mention_context"]["future_after"].update(case_sensitive="yes"),
            "mention_context.future_after.case_sensitive",
        ),
        (lambda d: d["not_a_claim"][0].update(search="yes"), "not_a_claim[0].search"),
        (lambda d: d.pop("wrapped_title"), "wrapped_title"),
        (lambda d: d["wrapped_title"].pop("line_end"), "wrapped_title.line_end"),
        (
            lambda d: d["wrapped_title"]["next_line_start"].update(pattern="(engineer"),
            "wrapped_title.next_line_start.pattern",
        ),
    ],
)
def test_bad_rule_file_names_file_and_key(mutate, key: str) -> None:
    data = copy.deepcopy(read_rule_file("title_families.json"))
    mutate(data)
    with pytest.raises(
        RuleFileError, match=r"title_families\.json, key " + key.replace("[", r"\[").replace("]", r"\]")
    ):
        parse_title_rules(data)


def test_mention_context_entries_compile_with_their_flags() -> None:
    """Each ``mention_context`` entry of the packaged file is compiled; the name macro stays
    case-sensitive inside a case-insensitive pattern, so "i'm Jane, a" assigns a title and
    "i'm thankful to bob, a" does not (resume_lens.claims)."""
    rules = load_title_rules()
    assert set(rules.mention_context) == set(MENTION_CONTEXTS)
    assert rules.mention_context["sentence_start"].match("Results-driven and ")
    assert not rules.mention_context["sentence_start"].match("results-driven ")
    assert rules.mention_context["self_assignment"].search("I'm Jane Doe, a ")
    assert not rules.mention_context["self_assignment"].search("i'm thankful to bob, a ")
    assert rules.mention_context["intern_after"].match(" Intern at X").end() == len(" Intern")
    assert rules.search_rule_ids == {"TITLE.NOT_A_CLAIM.SEEKING", "t15_not_a_claim_target_role"}


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("Machine Learning Enginneer", "ml_engineer"),
        ("ML Enginner", "ml_engineer"),
        ("Senior AI Engineeer", "ai_engineer"),
        ("Machine Learning Engine", "other"),
    ],
)
def test_a_misspelled_engineer_still_names_the_title(title: str, family: str) -> None:
    # the ENG macro takes "Enginneer", "Enginner", "Engineeer" (real resumes, session 22); "Engine" is no role
    assert classify_title(title).family == family
