"""Reading and checking the JSON rule files shipped in ``resume_lens/data``.

Every rule file is one JSON object with a ``_doc`` list, an integer ``version`` and its own keys; the
modules that compile them (:mod:`resume_lens.titles`, :mod:`resume_lens.sections`,
:mod:`resume_lens.header_words`, :mod:`resume_lens.ml_work`) read them here and check the top level here.
"""

from __future__ import annotations

import json
from collections.abc import Set
from importlib import resources
from typing import Any

from resume_lens.errors import RuleFileError

__all__ = ["check_top_keys", "read_rule_file"]


def read_rule_file(name: str) -> dict[str, Any]:
    """Read one JSON rule file from ``resume_lens/data`` (installed package data).

    Parameters
    ----------
    name : str
        File name inside ``resume_lens/data``.

    Returns
    -------
    dict
        The parsed top-level object.

    Raises
    ------
    RuleFileError
        When the file is missing, is not valid JSON, or its top level is not an object.
    """
    try:
        raw = (resources.files("resume_lens") / "data" / name).read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError) as e:
        raise RuleFileError(f"rule file resume_lens/data/{name} cannot be read: {e}") from e
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise RuleFileError(f"rule file {name}: invalid JSON at line {e.lineno}: {e.msg}") from e
    if not isinstance(data, dict):
        raise RuleFileError(f"rule file {name}: the top level must be a JSON object")
    return data


def check_top_keys(data: dict[str, Any], name: str, keys: Set[str]) -> None:
    """Check that a rule file's object has exactly ``keys`` at its top level and an integer ``version``.

    Parameters
    ----------
    data : dict
        The parsed rule file (:func:`read_rule_file`).
    name : str
        The file name, for the message.
    keys : set of str
        Every key the file must have, ``_doc`` and ``version`` included, and no others.

    Raises
    ------
    RuleFileError
        On the first missing key, else the first unknown key (in sorted order), or a ``version`` that is
        not an integer; the message names the file and the key.
    """
    missing = keys - data.keys()
    if missing:
        raise RuleFileError(f"rule file {name}, key {sorted(missing)[0]}: required key is missing")
    unknown = data.keys() - keys
    if unknown:
        raise RuleFileError(f"rule file {name}, key {sorted(unknown)[0]}: unknown key")
    if not isinstance(data["version"], int):
        raise RuleFileError(f"rule file {name}, key version: must be an integer")
