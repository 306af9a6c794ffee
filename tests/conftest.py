"""Shared fixtures: the spaCy pipeline is loaded once per test session; every test must leave Ctrl-C
(SIGINT) as it found it in the pytest process (tests/signal_guard.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.signal_guard import sigint_left_as_found

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
GOLD = TESTS / "gold"


@pytest.fixture(scope="session")
def nlp():
    from generator.annotate.nlp import load_pipeline

    return load_pipeline("en_core_web_sm")


@pytest.fixture(autouse=True)
def _sigint_left_as_found(request: pytest.FixtureRequest) -> Iterator[None]:
    with sigint_left_as_found(request.node.nodeid):
        yield
