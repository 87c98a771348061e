#!/usr/bin/env python3
"""Where a search's CPU goes, from a JFR recording of the app (bench/cpu.sh with BENCH_JFR=1):

    bench/profile.py bench/work/cpu/app0/profile.jfr

Reads `jfr print --events jdk.ExecutionSample` and counts the samples of Tomcat's request threads (http-nio-*) by the
innermost frame of the list below that each stack holds: the phases of a search (SearchService's, as SearchTimings
times them), and around them the rendering of the page or the JSON, the security filters and the rest.
"""
import collections
import re
import subprocess
import sys

PARTS = [  # (part, frame prefix): the first of a stack's frames, from the innermost, that matches one
    ("snippets (highlighter queries)", "eu.newsroom.search.SnippetQueries."),
    ("bonus pass", "eu.newsroom.search.IndexQueries$Request.withBonuses"),
    ("correction count", "eu.newsroom.search.CorrectionCounts."),
    ("correction count", "eu.newsroom.search.IndexQueries$Request.count"),
    ("window query", "eu.newsroom.search.IndexQueries$Request.run"),
    ("suggester", "eu.newsroom.search.Suggester."),
    ("rows (HitRows, PostgreSQL)", "eu.newsroom.search.HitRows."),
    ("entries and facets", "eu.newsroom.search.ResultEntries."),
    ("hidden briefings, request set-up", "eu.newsroom.search.IndexQueries.open"),
    ("other search work", "eu.newsroom.search.SearchService."),
    ("page model (links, snippets as HTML)", "eu.newsroom.search.SearchController."),
    ("rendering (Thymeleaf)", "org.thymeleaf."),
    ("JSON (Jackson)", "tools.jackson."),
]


def main():
    out = subprocess.run(["jfr", "print", "--stack-depth", "400", "--events", "jdk.ExecutionSample", sys.argv[1]],
                         capture_output=True, text=True, check=True).stdout
    counts = collections.Counter()
    total = 0
    for event in out.split("jdk.ExecutionSample")[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', event)
        if not thread or not thread.group(1).startswith("http-nio"):
            continue
        total += 1
        frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
        part = "other: Tomcat, Spring MVC, security filters, observation"
        for frame in frames:  # innermost first
            hit = next((p for p, prefix in PARTS if frame.startswith(prefix)), None)
            if hit:
                part = hit
                break
        counts[part] += 1
    print(f"| part of a request | samples | share |\n|---|---|---|")
    for part, n in counts.most_common():
        print(f"| {part} | {n} | {100.0 * n / total:.1f} % |")
    print(f"| request threads, all | {total} | 100 % |")


if __name__ == "__main__":
    main()
