"""The guard that every test leaves SIGINT's handler as it found it (tests/signal_guard.py)."""

from __future__ import annotations

import signal

import pytest

from tests.signal_guard import sigint_left_as_found


def test_a_block_that_restores_the_handler_passes() -> None:
    before = signal.getsignal(signal.SIGINT)
    with sigint_left_as_found("a tidy block"):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGINT, before)
    assert signal.getsignal(signal.SIGINT) == before


def test_a_block_that_leaves_sigint_ignored_fails_and_the_handler_is_put_back() -> None:
    # Start from Python's own handler, whatever this process inherited: a test run started from a
    # shell without job control (`pytest &`) begins with SIGINT ignored, and then setting "ignore"
    # inside the block would change nothing for the guard to see.
    inherited = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(AssertionError, match="an untidy block left SIGINT's handler"), \
                sigint_left_as_found("an untidy block"):
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, inherited)
