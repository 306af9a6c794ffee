"""Overrides: the editor's YAML (`seeds/story.yml`, `seeds/<article>.yml`) in; the `Story` as edited out.

Files are read safely, validated against a pydantic schema, and every problem names file, line
and what to do."""
