"""Extraction on a real Dask cluster (a LocalCluster of two worker processes): the same annotations
and the same site, byte for byte, as the local build, with the workers writing the shared cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.annotate.batch import DaskUnavailable, _annotate_and_store
from generator.config import Settings
from generator.ingest.reader import load_articles
from generator.pipeline import annotate_articles, build_site_files
from tests.site.build_tools import fixture_site_project

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return fixture_site_project(tmp_path)


def test_a_dask_build_gives_the_local_annotations_and_the_same_site_bytes(
        project: Path, scheduler: str) -> None:
    local = Settings(project_dir=project, cache_dir=Path("cache-local"), workers=1)
    on_dask = Settings(project_dir=project, cache_dir=Path("cache-shared"), dask_scheduler=scheduler)
    articles, _ = load_articles(local.seeds_path)
    assert len(articles) == 3
    assert annotate_articles(articles, on_dask) == annotate_articles(articles, local)
    # Every annotation entry in the shared cache was written by a worker: the client stores none.
    shared_entries = sorted((project / "cache-shared" / "annotations").glob("*/*.json"))
    assert len(shared_entries) == len(articles)
    local_site = build_site_files(local)
    dask_site = build_site_files(on_dask.replace(cache_dir=Path("cache-shared-2")))
    assert dask_site.errors == local_site.errors
    assert dask_site.files == local_site.files
    assert dask_site.stats.annotated == len(articles)


def test_a_worker_with_another_extractor_refuses_to_fill_the_shared_cache(project: Path) -> None:
    articles, _ = load_articles(project / "seeds")
    with pytest.raises(DaskUnavailable, match="same package and model"):
        _annotate_and_store(articles[:1], "en_core_web_sm", project / "cache", ["0" * 64], "another")
    assert not (project / "cache").exists()
