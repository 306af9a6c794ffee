"""Story: all articles and their annotations in, one `Story` out.

Resolve entities across articles, merge facts with their sources, corroboration and conflicts,
order the timeline and summarise what is new."""
