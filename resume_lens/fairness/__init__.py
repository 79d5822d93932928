"""Fairness tooling: counterfactual resumes and the words a screen must never rely on (issue 8)."""
