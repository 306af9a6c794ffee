"""Render: a `Story`, the settings and the charts in; the site's files out (path -> content).

Markdown pages from the Jinja2 templates in `site-templates/`, data files (JSON, CSV) and assets."""
