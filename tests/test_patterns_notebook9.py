"""Notebook-level evidence (taxonomy §3): portfolio projects on classic datasets (N05) and competitions (N08).

Hyphenated forms are three tokens to the resume tokenizer ("house - price"), so the project rules take an
optional hyphen between their words; a named public dataset (RAVDESS, FER2013, "the Kaggle credit card
dataset") is N05; a place won and a rank "of N" are competition results (N08), but a sales ranking or a
place "taken" in a work review is not. A notebook named by its use or handed on is notebook work
(N01), but "from notebooks to production" in a goal is not. Span texts are worked out by hand from the
rules in ``patterns/notebook.jsonl``.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels


@pytest.mark.parametrize(
    ("text", "label", "span"),
    [
        (
            "House-price predictor deployed to PythonAnywhere's free tier.",
            "NB.TOY_DATASET",
            "House-price predictor",
        ),
        (
            "Added MLflow tracking to my personal house-price project.",
            "NB.TOY_DATASET",
            "house-price project",
        ),
        ("Stock-price LSTM, Dockerised and run on my laptop.", "NB.TOY_DATASET", "Stock-price LSTM"),
        ("Face-mask detector with OpenCV, deployed on Heroku.", "NB.TOY_DATASET", "Face-mask detector"),
        ("Chat-with-your-PDF bot: LangChain + Chroma.", "NB.TOY_DATASET", "Chat-with-your-PDF bot"),
        (
            "Fraud detection on the Kaggle credit card dataset.",
            "NB.TOY_DATASET",
            "Kaggle credit card dataset",
        ),
        (
            "Pneumonia detection on the Kaggle chest X-ray dataset.",
            "NB.TOY_DATASET",
            "Kaggle chest X-ray dataset",
        ),
        ("Speech emotion recognition on the RAVDESS dataset.", "NB.TOY_DATASET", "RAVDESS"),
        ("Bike-share demand forecaster retrained nightly by cron.", "NB.TOY_DATASET", "Bike-share demand"),
        (
            "Final project on NYC taxi trip-duration prediction.",
            "NB.TOY_DATASET",
            "NYC taxi trip-duration prediction",
        ),
        ("Churn app with the Telco churn dataset in Streamlit.", "NB.TOY_DATASET", "Telco churn dataset"),
        ("Won 2nd place at HackMIT with a sign-language translator.", "NB.COMPETITION", "Won 2nd place"),
        ("IEEE-CIS fraud data, finished 380th of 6,351.", "NB.COMPETITION", "finished 380th of 6,351"),
        (
            "Titanic survival prediction, 0.79 public leaderboard.",
            "NB.COMPETITION",
            "0.79 public leaderboard",
        ),
        (
            "Built a demo of the FAQ classifier for an internal hack day.",
            "NB.COMPETITION",
            "internal hack day",
        ),
        ("Built a real-time object detector for a drone competition.", "NB.COMPETITION", "drone competition"),
        (
            "Every Monday I rerun the customer segmentation notebook.",
            "NB.NOTEBOOK",
            "rerun the customer segmentation notebook",
        ),
        ("My piece was the offline evaluation notebook.", "NB.NOTEBOOK", "evaluation notebook"),
        ("Models delivered as notebooks and slide decks.", "NB.NOTEBOOK", "delivered as notebooks"),
        ("Passed the notebook to the platform team to productionise.", "NB.NOTEBOOK", "Passed the notebook"),
        ("Pre-processed the sensor data in pandas.", "NB.EDA", "Pre-processed the sensor data in pandas"),
    ],
)
def test_notebook_level_phrasings(nlp, text, label, span):
    assert (label, span, "asserted") in evidence(nlp, text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Took first place in regional sales in 2019.", "NB.COMPETITION"),
        ("Ranked 3 of 12 analysts in the annual review.", "NB.COMPETITION"),
        ("Built demand forecasting for the bike-share operator's depots.", "NB.TOY_DATASET"),
        ("Deployed the house pricing service for the mortgage team.", "NB.TOY_DATASET"),
        ("Seeking a role where I take models from notebooks to production.", "NB.NOTEBOOK"),
        ("Pre-training data pipeline for a 2T-token corpus.", "NB.EDA"),
    ],
)
def test_near_misses_stay_silent(nlp, text, label):
    assert label not in labels(nlp, text)
