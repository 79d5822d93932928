"""The model card and the datasheet ship in the package and agree with the code (issue 8 item 5)."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from resume_lens.model import CLAIM_MODEL_FILE, INFLATED_THRESHOLD, ROLE_MODEL_FILE, file_sha256

REPO = Path(__file__).resolve().parent.parent
MODELS = resources.files("resume_lens.models")


def _card() -> str:
    return (MODELS / "MODEL_CARD.md").read_text("utf-8")


def test_card_threshold_is_the_one_in_code() -> None:
    found = re.findall(r"`p_inflated` ≥ \*\*([0-9.]+)\*\*", _card())
    assert found and all(float(value) == INFLATED_THRESHOLD for value in found)


def test_card_model_hashes_are_the_shipped_models() -> None:
    card = _card()
    for name in (CLAIM_MODEL_FILE, ROLE_MODEL_FILE):
        (stated,) = re.findall(rf"`{re.escape(name)}` \(sha256 `([0-9a-f]{{64}})`\)", card)
        assert stated == file_sha256(Path(str(MODELS / name))), name


def test_card_has_the_model_card_sections() -> None:
    headings = re.findall(r"^## (.+)$", _card(), flags=re.M)
    for section in ("Model details", "Intended use", "Decision threshold", "Training data", "Limitations"):
        assert any(h.startswith(section) for h in headings), section
    assert "automatic rejection" in _card()


def test_datasheet_ships_in_the_package() -> None:
    shipped = (resources.files("resume_lens") / "data" / "DATASHEET.md").read_text("utf-8")
    for section in ("## Motivation", "## Composition", "## Collection process", "## Uses", "## Maintenance"):
        assert section in shipped, section
    source = REPO / "corpora" / "DATASHEET.md"
    if source.is_file():  # from a checkout: the shipped file is the corpus's datasheet itself
        assert shipped == source.read_text("utf-8")


def test_template_has_every_section_of_mitchell_et_al() -> None:
    """Mitchell et al. (2019), "Model Cards for Model Reporting": the card ``resume-lens train`` writes."""
    template = (resources.files("resume_lens") / "data" / "model_card.md.tmpl").read_text("utf-8")
    headings = re.findall(r"^## (.+)$", template, flags=re.M)
    for section in (
        "Model details",
        "Intended use",
        "Factors",
        "Decision threshold",
        "Training data",
        "Evaluation data",
        "Cross-validated metrics",
        "Ethical considerations",
        "Limitations",
        "Caveats and recommendations",
    ):
        assert any(h.startswith(section) for h in headings), section
    assert "never an automatic" in template or "automatic rejection" in template
    assert "triage signal for human review" in template
