"""Ingest: files in the seeds folder in, `Article`s (text, paragraphs, metadata) and `IngestProblem`s out.

Plain text, Markdown with front matter and saved HTML pages are read safely (size limits, decoding,
no markup kept); nothing here parses language."""
