"""The plugin's options in mkdocs.yml, typed and documented (MkDocs validates them)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c

from generator.config import DEFAULT_MODEL, LIST_PAGE_FACTS, UPDATES_PAGE_DAYS, Settings


class ExplainerConfig(base.Config):
    seeds_dir = c.Type(str, default="seeds")
    """Folder of articles (.txt, .md, .html) and their YAML sidecars, relative to mkdocs.yml."""
    templates_dir = c.Type(str, default="site-templates")
    """Folder of the Jinja2 page templates and site assets."""
    story_file = c.Optional(c.Type(str))
    """The editor's story file (default: <seeds_dir>/story.yml)."""
    overrides_dir = c.Optional(c.Type(str))
    """Folder of per-article sidecars <article-id>.yml (default: seeds_dir)."""
    cache_dir = c.Type(str, default=".cache")
    """Content-addressed cache of annotations and charts; empty string turns it off."""
    model = c.Type(str, default=DEFAULT_MODEL)
    """spaCy pipeline: an installed package name or a path."""
    article_text = c.Choice(("excerpts", "full"), default="excerpts")
    """`excerpts` publishes only the sentences that carry facts; `full` the whole article."""
    title_from_story = c.Type(bool, default=True)
    """Show the story's title (the home page's heading) as the site's name in the header and the
    browser's tab, instead of mkdocs.yml's `site_name`."""
    workers = c.Type(int, default=0)
    """Processes for extraction and page rendering; 0 decides from the amount of work and the cores."""
    list_page_facts = c.Type(int, default=LIST_PAGE_FACTS)
    """A timeline, numbers, quotes or reports list of more facts than this becomes a short overview
    (the newest entries, every period with its count) and a page per year, or per month in a busy year."""
    updates_page_days = c.Type(int, default=UPDATES_PAGE_DAYS)
    """The updates log of more days than this is split the same way."""
    dask_scheduler = c.Optional(c.Type(str))
    """Address of a Dask scheduler (tcp://host:8786): extraction runs on its workers, which must
    have this package and the model installed and see `cache_dir` at the same path."""


def settings_from(options: ExplainerConfig, project: Path) -> Settings:
    """The build settings for the plugin's options; relative paths are relative to mkdocs.yml."""
    return Settings(
        project_dir=project,
        seeds_dir=Path(options.seeds_dir),
        templates_dir=Path(options.templates_dir),
        story_file=Path(options.story_file) if options.story_file else None,
        overrides_dir=Path(options.overrides_dir) if options.overrides_dir else None,
        cache_dir=Path(options.cache_dir) if options.cache_dir else None,
        model=options.model,
        article_text="full" if options.article_text == "full" else "excerpts",
        workers=options.workers,
        dask_scheduler=options.dask_scheduler or None,
        list_page_facts=options.list_page_facts,
        updates_page_days=options.updates_page_days,
        title=None,
    )
