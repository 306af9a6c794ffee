"""The garbage collector is paused while a large cache entry is read, and left as it was found; what
is loaded for the whole process is made without collections and then frozen."""

from __future__ import annotations

import gc

import pytest

from generator.cache.store import collection_paused, long_lived


def test_the_collector_is_off_inside_and_back_on_after_even_on_an_error() -> None:
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collection_paused():
        raise ValueError("a corrupt entry")
    assert gc.isenabled()


def test_a_collector_someone_else_turned_off_stays_off() -> None:
    gc.disable()
    try:
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


class _Node:
    """An object the collector tracks (instances of plain classes are)."""

    def __init__(self) -> None:
        self.self_ref = self


def test_what_is_loaded_for_good_is_made_without_collections_then_frozen() -> None:
    gc.unfreeze()
    frozen_before = gc.get_freeze_count()
    try:
        thresholds = gc.get_threshold()
        with long_lived():
            assert gc.get_threshold()[0] == 0  # no automatic collection, whoever calls gc.enable()
            gc.enable()  # as srsly's msgpack reader does
            assert gc.get_threshold()[0] == 0
            kept = [_Node() for _ in range(50)]
        assert gc.get_threshold() == thresholds
        assert gc.get_freeze_count() >= frozen_before + len(kept)
        assert all(gc.is_tracked(node) for node in kept)
    finally:
        gc.unfreeze()  # the rest of the test session collects as usual


def test_a_failed_load_is_not_frozen_and_the_collector_comes_back() -> None:
    gc.unfreeze()
    try:
        thresholds = gc.get_threshold()
        with pytest.raises(ImportError), long_lived():
            raise ImportError("a model that is not installed")
        assert gc.get_threshold() == thresholds
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
