"""Annotate: one `Article` text (parsed by spaCy) in, `ArticleAnnotations` out.

Each module adds one layer of mentions with offsets into the article text: entities and their
aliases and roles, quantities, time expressions (`timex/`), quotes and claims. Nothing here looks
across articles."""
