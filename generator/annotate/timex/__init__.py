"""Time expressions: a parsed text and its publication date in, TIMEX3 `Timex` mentions out.

Also estimates an article's publication date from its text when the metadata has none."""
