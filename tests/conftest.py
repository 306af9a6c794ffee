"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
GOLD = TESTS / "gold"


@pytest.fixture(scope="session")
def nlp():
    from generator.annotate.nlp import load_pipeline

    return load_pipeline("en_core_web_sm")
