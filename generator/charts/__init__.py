"""Charts: a `Story` in, `Chart`s out (matplotlib SVG, alt text, data table and CSV), cached by content."""
