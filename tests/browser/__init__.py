"""Real-browser tests: sites built with `mkdocs build`, served locally, driven by headless Chromium."""
