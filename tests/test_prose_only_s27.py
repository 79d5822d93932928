"""Prose-only resumes, session 27: what a third review of session 26's About-page reading found.

Every text below is one of the review's cases (written for it, not a real person's page), on the frame
``# About / Machine Learning Engineer / <sentence>``. Each sentence talks about ML production without the
candidate having done it, so it is no sentence of work (taxonomy §6: talk, teaching, media, learning, offers,
borrowed scale), and the page stays ``unclear`` (rubric §3: a summary alone is too thin to judge). Before
session 27 each was read as production work and the page was ``supported``.
"""

from __future__ import annotations

import pytest

from resume_lens import Screener
from resume_lens.analysis import analyze_document
from resume_lens.document import Document
from resume_lens.features import claim_context
from resume_lens.prose_work import is_prose_only, load_prose_words, prose_work

FRAME = "# About\n\nMachine Learning Engineer\n\n{}\n"


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(as_of="2026-12-02")


def _work(text: str):
    analysis = analyze_document(Document.from_text(text))
    return prose_work(analysis.structure.claims[0], analysis.structure, analysis.spans), analysis


NOT_WORK = {
    # 'd is "would": an offer, not work done
    "offer": "What I'd do for your team: I'd deploy your models on SageMaker endpoints and build CI/CD "
    "pipelines for your models.",
    "cover_letter": "In this role I'd own the model serving stack on Kubernetes and I'd set up "
    "drift monitoring.",
    # writing, papers, teaching, committees and communities (media; the object's head, not the next word)
    "wrote_extensively": "I wrote extensively on deploying models with Kubernetes and monitoring "
    "them for drift "
    "in production.",
    "wrote_posts": "I wrote several posts on deploying models with FastAPI and Kubernetes.",
    "paper": "I published a paper at MLSys on serving LLMs with vLLM at 10k QPS.",
    "trained_people": "I trained over 500 engineers to deploy models on AWS SageMaker endpoints.",
    "workshops": "I led 12 hands-on workshops on deploying models to SageMaker endpoints.",
    "study_group": "I led the MLOps study group at my university, where we covered Kubeflow pipelines and "
    "model serving.",
    "committee": "I served on the program committee of the MLSys workshop on model serving and drift "
    "monitoring at scale.",
    "discord": "I run the MLOps Lisbon Discord, where 3,000 members share how they deploy models to "
    "Kubernetes.",
    # learning phrased with a work verb
    "trained_in": "I was trained in model deployment, Docker and Kubernetes during a 12-week programme.",
    "my_skills": "I'm working on my MLOps skills: serving models with FastAPI on Kubernetes and "
    "CI/CD for models.",
    "explored": "I explored model deployment on Kubernetes and drift monitoring with Evidently.",
    # titles of posts and talks outside double quotes
    "md_link": "Latest blog post: [How I deployed LLMs on Kubernetes with vLLM at 5k "
    "QPS](https://example.org/p)",
    "italics": "My talk *How I shipped 100 models to production at Uber* was the most watched at "
    "PyData Berlin.",
    "single_quotes": "My talk \u2018How I deployed 100 models on SageMaker endpoints\u2019 drew "
    "2,000 viewers.",
    # the employer's or another company's system (borrowed scale)
    "whose": "I'm building ML at Acme, whose mobile app serves 10 million users every day.",
    "dash": "I lead machine learning at Acme \u2013 our app serves 10 million users daily.",
    "emoji": "I build ML systems at Acme \U0001f680 Our platform serves 10 million users daily",
    "we_grew": "We grew to 3 million users on the strength of our ML-powered recommendations.",
    "we_served": "In 2023 we served 10 million customers with ML-powered recommendations.",
    "analysed_how": "For my thesis I analysed how Netflix serves personalised rankings to 200 "
    "million members "
    "in real time.",
    # hobby frames
    "fun_fact": "\u26a1 Fun fact: I deployed a model to production when I was 16.",
    "spare_time": "In my spare time I deployed a model on Kubernetes serving 2,000 requests per second.",
}


@pytest.mark.parametrize("key", sorted(NOT_WORK))
def test_talk_teaching_offers_and_borrowed_scale_are_no_sentence_of_work(key, screener):
    text = FRAME.format(NOT_WORK[key])
    work, analysis = _work(text)
    assert is_prose_only(analysis.structure)
    assert work.sentences == ()
    assert screener.assess_text(text, file="about.md").verdict == "unclear"


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("I'd deployed the model before the audit.", "deployed"),  # 'd = had
        ("I have been building the feature store.", "building"),
        ("I'm currently working on the ranking service.", "working on"),
        ("We shipped the fraud model to production.", "shipped"),
    ],
)
def test_done_and_ongoing_work_still_matches(sentence, verb):
    match = load_prose_words().own_work.search(sentence)
    assert match is not None and match.group(0).endswith(verb)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd deploy your models.",
        "I would have deployed it.",
        "I was trained in MLOps.",
        "We grew to 3M users.",
        "How I Built a Feature Store",
        "Phase I deployed the model.",
    ],
)
def test_offers_passives_company_growth_and_titles_do_not_match(sentence):
    assert load_prose_words().own_work.search(sentence) is None


def test_the_clause_of_work_ends_before_the_employers_system():
    text = FRAME.format(
        "I deployed the churn model on SageMaker endpoints at Acme, whose app serves 10 million users."
    )
    work, analysis = _work(text)
    assert len(work.sentences) == 1
    ((start, end, clause),) = work.clauses
    assert clause == "I deployed the churn model on SageMaker endpoints at Acme, "
    starts = work.span_starts(analysis.spans)
    labels = {s.label for s in analysis.spans if s.start in starts}
    assert "PROD.CLOUD_ML" in labels
    assert not any(s.label.startswith("MEAS.USERS") for s in analysis.spans if s.start in starts)


def test_a_title_sentence_on_the_same_line_does_not_make_non_ml_work_ml(screener):
    # one LinkedIn-style paragraph: the title sentence's "Machine Learning" is no ML in the work sentences
    text = (
        "# About\n\nI'm a Machine Learning Engineer. At Uber I built Spark pipelines processing 10 "
        "TB a day and "
        "kept them running at 99.9% uptime. I also deployed the payments REST API on Kubernetes "
        "serving 3,000 "
        "requests per second.\n"
    )
    work, _ = _work(text)
    assert len(work.sentences) == 2
    assessment = screener.assess_text(text, file="about.md")
    # non-ML production only (rubric clarification 2) on one page of prose
    assert assessment.verdict == "unclear"


def test_practice_sentences_are_work_but_not_production(screener):
    text = FRAME.format(
        "I won the AWS hackathon with a fraud model in a Jupyter notebook.\n\n"
        "For practice, I deployed an Iris classifier to SageMaker endpoints and set up CloudWatch alarms."
    )
    work, analysis = _work(text)
    assert len(work.sentences) == 2
    # "For practice," opens the second; a competition inside a clause does not make it practice (a review:
    # "I won our internal hackathon with a churn model, then deployed it ... scoring 2M customers daily")
    assert len(work.practice) == 1
    starts = work.span_starts(analysis.spans)
    assert not any(s.category == "production" for s in analysis.spans if s.start in starts)


@pytest.mark.parametrize(
    "line",
    [
        "Data Analyst, Finlytics, 2021\u20132023\n- Weekly sales dashboards in Tableau.",
        "Finlytics (Data Analyst, 2021\u20132023)\n\u2022 Churn analysis in Jupyter",
        "2021 - present: Data Analyst at Finlytics. Weekly sales dashboards in Tableau.\n"
        "2019 - 2021: Analyst intern at Initech. SQL reports for the marketing team.",
    ],
)
def test_a_dated_position_under_an_unknown_heading_is_no_prose(line):
    text = (
        "Jane Roe\nMachine Learning Engineer\n\n"
        "Summary\nI deployed models to production on AWS for four years.\n\n"
        f"Employment Record\n{line}\n\nEducation\nBSc Statistics, 2020\n"
    )
    assert not is_prose_only(analyze_document(Document.from_text(text)).structure)


def test_a_dated_sentence_in_the_first_person_stays_prose():
    text = FRAME.format("I have worked as a Data Analyst since 2019 and deployed dashboards on AWS.")
    assert is_prose_only(analyze_document(Document.from_text(text)).structure)


def test_summary_only_production_stays_when_the_prose_production_is_non_ml(screener):
    text = (
        "# About\n\nMachine Learning Engineer\n\n"
        "I built the payments REST API in Go on Kubernetes serving 3,000 requests per second.\n\n"
        "I migrated our Postgres cluster to Kubernetes and set up Grafana alerting for on-call.\n"
    )
    codes = {f["code"] for f in screener.assess_text(text, file="about.md").findings}
    assert "summary_only_production" in codes


def test_a_sentence_naming_the_title_can_hold_the_candidates_work(screener):
    # session 26 left out every sentence naming an ML-engineer title; the clause of work is what matters
    text = FRAME.format(
        "As a Machine Learning Engineer at Zalando, I deployed the size recommendation model on Kubernetes "
        "serving 20 million customers."
    )
    work, _ = _work(text)
    assert len(work.sentences) == 1
    ((start, _, clause),) = work.clauses
    assert text[start:].startswith("I deployed the size recommendation model on Kubernetes")
    assert clause.startswith("As a Machine Learning Engineer at Zalando, I deployed")  # read for ML
    assert screener.assess_text(text, file="about.md").verdict == "supported"


# A second review (of the first version of this session's rules) found real work the rules dropped:
# employer and product names holding a practice word, marks and emoji inside the verb's object, media nouns
# as real objects, hobby words in ordinary sentences, and ML named before the subject.
REAL_WORK = {
    "home_credit": "I deployed the credit scoring model on SageMaker endpoints at Home Credit.",
    "exam_product": "I developed the exam-proctoring vision models at ProctorU, deployed on Kubernetes.",
    "course_product": "I built the online course recommender at Udemy, served on Kubernetes to 60 million "
    "learners with daily retraining.",
    "practice_management": "I deployed NLP models for practice management at Dentally on SageMaker "
    "endpoints.",
    "emoji_in_object": "I shipped \U0001f680 a fraud model on SageMaker endpoints serving 3 million "
    "customers.",
    "bullet_list": "I build: \u2022 real-time recommendation APIs on Kubernetes \u2022 drift monitoring with "
    "Evidently.",
    "posts_object": "I deployed models ranking posts for 30 million users on Kubernetes.",
    "on_device": "I wrote on-device inference code for the wake-word model, shipped to 2 million phones.",
    "trained_for_teams": "I trained models for 12 teams and deployed them on SageMaker endpoints.",
    "weekends_object": "I built a demand model that predicts peaks on weekends, deployed on "
    "SageMaker endpoints.",
    "my_knowledge": "I combine my ML knowledge with engineering: I deployed 30 models to SageMaker "
    "endpoints.",
    "what_i_built": "What I built at Uber: a real-time ETA model serving 1 million rides a day on "
    "Kubernetes.",
    "when_i_deployed": "When I deployed our first model to production in 2019, it served 3 million users.",
}


@pytest.mark.parametrize("key", sorted(REAL_WORK))
def test_real_work_with_practice_media_or_hobby_words_stays_work(key):
    work, analysis = _work(FRAME.format(REAL_WORK[key]))
    assert len(work.sentences) == 1
    assert work.practice == ()
    starts = work.span_starts(analysis.spans)
    assert any(
        s.category == "production" and s.polarity == "asserted" for s in analysis.spans if s.start in starts
    )


def test_ml_named_before_the_subject_makes_the_work_ml(screener):
    text = FRAME.format(
        "For our LLM support chatbot, I set up Kubernetes autoscaling and p99 latency alerting at 3,000 "
        "requests per second."
    )
    analysis = analyze_document(Document.from_text(text))
    ctx = claim_context(analysis.structure.claims[0], analysis.structure, analysis.spans)
    assert ctx.spans["non_ml"] == ()
    assert any(s.category == "production" for s in ctx.spans["claim"])


@pytest.mark.parametrize(
    "sentence",
    [
        "As part of my Coursera MLOps Specialization, I deployed models with TFX and Kubeflow "
        "Pipelines on GCP.",
        "For a Kaggle competition, I deployed my solution on SageMaker endpoints with CI/CD.",
        "During a side project, I deployed a recommender on GCP Vertex AI endpoints with CI/CD.",
    ],
)
def test_course_competition_and_side_project_sentences_are_practice(sentence):
    work, analysis = _work(FRAME.format(sentence))
    assert len(work.sentences) == 1 and len(work.practice) == 1
    starts = work.span_starts(analysis.spans)
    assert not any(s.category == "production" for s in analysis.spans if s.start in starts)


def test_hobby_words_frame_only_before_the_subject():
    assert (
        _work(FRAME.format("On weekends I built a Kaggle notebook on the Titanic data."))[0].sentences == ()
    )


def test_one_dated_line_on_an_about_page_keeps_it_prose():
    text = (
        "# About\n\nMachine Learning Engineer\n\n"
        "Now: Staff ML Engineer at Zalando (2022\u2013present).\n\n"
        "I deployed the size recommendation model on Kubernetes, serving 20 million customers.\n"
    )
    work, analysis = _work(text)
    assert is_prose_only(analysis.structure)
    assert len(work.sentences) == 1


# A second review of the second version: a course, competition or bootcamp word practises only the clause it
# frames; employers and appositions are no frame.
@pytest.mark.parametrize(
    ("sentence", "practice"),
    [
        ("I completed the MLOps Specialization on Coursera, where I deployed models with TFX on GCP.", True),
        ("At Coursera I deployed ranking models on Kubernetes that serve 100 million learners.", False),
        ("I'm a Kaggle Grandmaster, and I deployed 20 models to production on SageMaker endpoints.", False),
        (
            "I deployed the admissions-scoring model at Le Wagon, a coding bootcamp, on GCP Vertex AI "
            "endpoints.",
            False,
        ),
        ("After a bootcamp in 2019, I joined Zalando, where I deployed the size model on Kubernetes.", False),
    ],
)
def test_practice_frames_reach_only_the_clause_they_frame(sentence, practice):
    work, _ = _work(FRAME.format(sentence))
    assert len(work.sentences) == 1
    assert bool(work.practice) is practice


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm building my company's knowledge assistant on Azure OpenAI, used by 3,000 employees daily.",
        "I improved my team's skills-matching model and deployed it on SageMaker endpoints.",
        "I run MLOps for 40 models - SageMaker endpoints, GitHub Actions CI/CD, Evidently drift monitoring.",
        "I shipped \U0001f680 Real-time fraud scoring on SageMaker endpoints for 3 million customers.",
    ],
)
def test_possessives_and_capitalised_objects_after_marks_stay_work(sentence):
    work, analysis = _work(FRAME.format(sentence))
    assert len(work.sentences) == 1
    starts = work.span_starts(analysis.spans)
    assert any(s.category == "production" for s in analysis.spans if s.start in starts)


def test_timeline_lines_and_labelled_items_keep_an_about_page_prose():
    text = (
        "# About\n\nMachine Learning Engineer\n\n"
        "Now: ML Engineer at Zalando (2022\u2013present).\n"
        "Before: Data Scientist at Otto (2017\u20132022).\n\n"
        "I deployed the size recommendation model on Kubernetes, serving 20 million customers.\n"
    )
    assert is_prose_only(analyze_document(Document.from_text(text)).structure)


@pytest.mark.parametrize(
    "sentence",
    [
        "Since completing the Coursera MLOps Specialization in 2020, I have deployed 30 models at Zalando on "
        "Kubernetes.",
        "With a background in Kaggle competitions, I deployed fraud models at N26 on Kubernetes.",
        "As the first ML hire at a MOOC platform, I deployed the course recommendation model on Kubernetes.",
        "I lead the ML team at Udacity, which runs the Nanodegree programs, where I deployed the recommender "
        "on Kubernetes.",
    ],
)
def test_background_and_employer_phrases_are_no_practice_frame(sentence):
    work, _ = _work(FRAME.format(sentence))
    assert len(work.sentences) == 1
    assert work.practice == ()
