#!/usr/bin/env python3
"""Per query, the mean time per search of each phase the app times (SearchTimings, issue 22), over HTTP.

    bench/phases.py BASE_URL bench/queries.tsv [SEARCHES [WARM_UP]]

Each query of the mix is searched WARM_UP times (3), then SEARCHES times (10) anonymously through /api/v1/search, as
bench/search-mix.lua asks it; the chief editor of bench/lib.sh signs in to read /actuator/metrics/newsroom.search.phase
before and after, and the growth of each phase's total time, divided by the searches, is printed (ms per search; the
window phase runs once, or two to four times for a typo, a phrase found as words or a relaxed query). Python's
standard library only.
"""
import http.cookiejar
import json
import re
import sys
import time
import urllib.parse
import urllib.request

PHASES = ["window", "correction", "rows", "bonus", "snippets", "search"]
USER, PASSWORD = "chief@bench.example", "a-long-benchmark-password"


def signed_in(base):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/login").read().decode()
    csrf = re.search(r'name="_csrf"[^>]*value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"username": USER, "password": PASSWORD, "_csrf": csrf}).encode()
    opener.open(base + "/login", form).read()
    return opener


def totals(opener, base):
    out = {}
    for phase in PHASES:
        data = json.load(opener.open(f"{base}/actuator/metrics/newsroom.search.phase?tag=phase:{phase}"))
        values = {m["statistic"]: m["value"] for m in data["measurements"]}
        out[phase] = values["TOTAL_TIME"]
    return out


def main():
    base, queries = sys.argv[1], sys.argv[2]
    searches = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    warm = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    metrics = signed_in(base)
    anonymous = urllib.request.build_opener()
    print("| query | " + " | ".join(PHASES) + " | HTTP | load |")
    print("|---" * (len(PHASES) + 3) + "|")
    for line in open(queries, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = (line.rstrip("\n") + "\t\t").split("\t")
        url = base + "/api/v1/search?q=" + urllib.parse.quote(cols[1])
        if cols[2].strip():
            url += "&lang=" + cols[2].strip()
        for _ in range(warm):
            anonymous.open(url).read()
        before = totals(metrics, base)
        start = time.perf_counter()
        for _ in range(searches):
            anonymous.open(url).read()
        http_ms = (time.perf_counter() - start) * 1000 / searches
        after = totals(metrics, base)
        load = open("/proc/loadavg").read().split()[0]
        phases = [(after[p] - before[p]) * 1000 / searches for p in PHASES]
        print(f"| {cols[1]} | " + " | ".join(f"{v:.1f}" for v in phases) + f" | {http_ms:.1f} | {load} |", flush=True)


if __name__ == "__main__":
    main()
