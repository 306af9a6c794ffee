"""The time rules' scan alone: wave 6's gated `finditer` against `annotate/regex_scan.py`, rule by rule.

    .venv/bin/python benchmarks/timex_scan.py [--articles 40] [--repeat 3] [--top 10]

On the raw texts of the corpus's first N articles (benchmarks/corpus.py), every time rule's matches
are found two ways: `gated(rule.pattern).finditer(text)` (the first-character look-ahead of
`regex_first.py`, as wave 6 scanned) and `regex_scan.finditer(rule.pattern, text)`, each behind the
rule's required-words test as `timex/find.py` runs it. Each way's CPU seconds are the least of
--repeat passes; the matches (spans and groups) are compared article by article. First, the CPU
seconds of reading and compiling each way's patterns for all rules, once, each from an empty cache
of the pattern reader (a build does it before its extraction workers fork). Last, all rules from the
one pass they share (`regex_many.py`, as `timex/find.py` scans a build's articles): its CPU seconds
over the same texts, its reading, and whether its matches are the same as `finditer`'s.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.sample import sample_articles, sample_parser  # noqa: E402

Finder = Callable[[re.Pattern[str], str], Iterator[re.Match[str]]]


def main(argv: list[str] | None = None) -> int:
    parser = sample_parser(__doc__, articles=40, repeat=3)
    parser.add_argument("--top", type=int, default=10, help="rules listed, costliest first")
    args = parser.parse_args(argv)
    from generator.annotate.regex_first import gated
    from generator.annotate.regex_scan import finditer, prepare
    from generator.annotate.timex.grammar import RULES

    texts = [article.text for article in sample_articles(args.articles)]
    patterns = [rule.pattern for rule in RULES]
    print(f"reading and compiling all {len(patterns)} rules: gated {_once(gated, patterns):.3f} CPU s, "
          f"scan (its own gates and companions) {_once(prepare, patterns):.3f} CPU s")
    old: Finder = lambda pattern, text: gated(pattern).finditer(text)  # noqa: E731
    rows = [(rule.name, _seconds(old, rule.pattern, texts, args.repeat),
             _seconds(finditer, rule.pattern, texts, args.repeat),
             all(_found(old, rule.pattern, text) == _found(finditer, rule.pattern, text) for text in texts))
            for rule in RULES]
    print(f"\n{len(texts)} articles, {sum(map(len, texts))} characters\n")
    print("| rule | gated finditer ms | scan ms | same matches |\n|---|---|---|---|")
    for name, before, after, same in sorted(rows, key=lambda row: -row[1])[:args.top]:
        print(f"| {name} | {1000 * before:.1f} | {1000 * after:.1f} | {'yes' if same else '**no**'} |")
    same_everywhere = all(row[3] for row in rows)
    print(f"| all {len(rows)} rules | {1000 * sum(row[1] for row in rows):.1f} | "
          f"{1000 * sum(row[2] for row in rows):.1f} | {'yes' if same_everywhere else '**no**'} |")
    shared_same = _shared_pass(patterns, texts, args.repeat)
    return 0 if same_everywhere and shared_same else 1


def _shared_pass(patterns: list[re.Pattern[str]], texts: list[str], repeat: int) -> bool:
    """All rules from the pass they share (`regex_many`, as `timex/find.py` scans once it is read),
    behind the same required-words test: its CPU seconds, and whether its matches are the same."""
    from generator.annotate.regex_literals import folded, may_match
    from generator.annotate.regex_many import finditer_each, read_many, start_positions
    from generator.annotate.regex_syntax import read_pattern

    read_pattern.cache_clear()
    started = time.process_time()
    many = read_many(patterns)
    reading = time.process_time() - started
    best = float("inf")
    for _ in range(max(1, repeat)):
        started = time.process_time()
        for text in texts:
            words, starts = folded(text), start_positions(many, text)
            for index, pattern in enumerate(patterns):
                if may_match(pattern, words):
                    for _match in finditer_each(many, index, text, starts):
                        pass
        best = min(best, time.process_time() - started)
    same = True
    for text in texts:
        starts = start_positions(many, text)
        same = same and all(
            [(match.span(), match.groups()) for match in finditer_each(many, index, text, starts)]
            == [(match.span(), match.groups()) for match in pattern.finditer(text)]
            for index, pattern in enumerate(patterns))
    print(f"\nall {len(patterns)} rules from one shared pass (regex_many): {1000 * best:.1f} ms, "
          f"same matches as finditer: {'yes' if same else '**no**'}; reading it {reading:.3f} CPU s")
    return same


def _once(read: Callable[[re.Pattern[str]], object], patterns: list[re.Pattern[str]]) -> float:
    """CPU seconds of `read` over all patterns, the pattern reader's own cache emptied first."""
    from generator.annotate.regex_first import first_parts
    from generator.annotate.regex_syntax import read_pattern

    read_pattern.cache_clear()
    first_parts.cache_clear()
    started = time.process_time()
    for pattern in patterns:
        read(pattern)
    return time.process_time() - started


def _seconds(find: Finder, pattern: re.Pattern[str], texts: list[str], repeat: int) -> float:
    from generator.annotate.regex_literals import folded, may_match

    best = float("inf")
    for _ in range(max(1, repeat)):
        started = time.process_time()
        for text in texts:
            if may_match(pattern, folded(text)):
                for _match in find(pattern, text):
                    pass
        best = min(best, time.process_time() - started)
    return best


Found = list[tuple[tuple[int, int], tuple[str | None, ...]]]


def _found(find: Finder, pattern: re.Pattern[str], text: str) -> Found:
    return [(match.span(), match.groups()) for match in find(pattern, text)]


if __name__ == "__main__":
    raise SystemExit(main())
