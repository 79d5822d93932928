"""The trained models shipped with resume_lens (installed as ``resume_lens.models``).

``resume-lens train`` writes here; ``pyproject.toml`` maps this folder into the package so the
model files, manifest and model card ship inside the wheel and are read with
:mod:`importlib.resources`. This file only makes the folder a regular package.
"""
