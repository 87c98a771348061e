#!/usr/bin/env python3
"""CPU milliseconds per search request of a running app (issue 22, round 9): robust on a loaded machine, where
latencies are noise.

    bench/cpu.py PID BASE_URL PATH [ROUNDS [REPEATS]]      # PATH: /api/v1/search, /search, or a fixed address
    bench/cpu.py --dump BASE_URL OUT.json                   # the API's answers to the mix, for comparing two jars
    bench/cpu.py --compare BEFORE.json AFTER.json           # the same entries, in the same order?
    bench/cpu.py --summary bench/work/cpu/cpu.log REPEATS   # medians and spread of bench/cpu.sh's runs

PATH /api/v1/search or /search cycles the query mix of bench/queries.tsv (with its language filters) ROUNDS times
(10: 140 requests); any other PATH (e.g. "/search?q=support+ukraine") is asked 10 * ROUNDS times. One connection,
kept alive, sequential requests; one warm-up round first. For each of REPEATS (3) runs it prints the app process's CPU
(utime + stime of /proc/PID/stat: request threads, GC, JIT, background jobs) and the CPU of Tomcat's request
threads (http-nio-*, /proc/PID/task/*/stat) divided by the requests, then the median and spread. Standard library only.
"""
import http.client
import json
import os
import re
import statistics
import sys
import urllib.parse

TICK_MS = 1000.0 / os.sysconf("SC_CLK_TCK")
MIX = os.path.join(os.path.dirname(os.path.abspath(__file__)), "queries.tsv")


def mix(path):
    urls = []
    for line in open(MIX, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = (line.rstrip("\n") + "\t\t").split("\t")
        url = path + "?q=" + urllib.parse.quote(cols[1])
        if cols[2].strip():
            url += "&lang=" + cols[2].strip()
        urls.append(url)
    return urls


def cpu_ticks(stat_path):
    with open(stat_path) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)


def thread_name(task_dir):
    try:
        with open(os.path.join(task_dir, "comm")) as f:
            return f.read().strip()
    except OSError:
        return ""


def request_thread_ticks(pid):
    total = 0
    base = f"/proc/{pid}/task"
    for tid in os.listdir(base):
        task = os.path.join(base, tid)
        if thread_name(task).startswith("http-nio"):
            try:
                total += cpu_ticks(os.path.join(task, "stat"))
            except OSError:
                pass
    return total


def ask(conn, url):
    conn.request("GET", url)
    response = conn.getresponse()
    body = response.read()
    if response.status != 200:
        raise SystemExit(f"{url}: HTTP {response.status}")
    return body


def run(pid, base, urls):
    host = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=120)
    process, threads = cpu_ticks(f"/proc/{pid}/stat"), request_thread_ticks(pid)
    for url in urls:
        ask(conn, url)
    process, threads = cpu_ticks(f"/proc/{pid}/stat") - process, request_thread_ticks(pid) - threads
    conn.close()
    return process * TICK_MS / len(urls), threads * TICK_MS / len(urls)


def dump(base, out):
    host = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=120)
    answers = {}
    for url in mix("/api/v1/search") + ["/api/v1/search?q=support+ukraine"]:
        answers[url] = json.loads(ask(conn, url))
    with open(out, "w", encoding="utf-8") as f:
        json.dump(answers, f, ensure_ascii=False, indent=1, sort_keys=True)


def compare(before, after):
    """Whether two dumps hold the same entries in the same order, with the same statements, snippets, totals, facets
    and notices (scores are not compared: their last bits may differ between two runs of the same query)."""
    a, b = (json.load(open(p, encoding="utf-8")) for p in (before, after))

    def entries(answer):
        return ([(h["type"], h["id"], h["snippet"], [(s["id"], s["snippet"]) for s in h["statements"]],
                  h["moreStatements"], h["otherVersions"]) for h in answer["hits"]], answer["total"],
                answer["totalExact"], answer["suggestion"], answer["notices"], answer["facets"], answer["searched"])

    same = [url for url in a if url in b and entries(a[url]) == entries(b[url])]
    for url in a:
        if url not in same:
            print("DIFFERENT", url)
    print(f"ANSWERS same {len(same)} of {len(a)}")


def summary(log, repeats):
    """Per app and address, the median of the last runs in a log of bench/cpu.sh, and their spread."""
    runs = {}
    for line in open(log, encoding="utf-8"):
        m = re.match(r"(app\d) run\d+ load=\S+ CPU_MS_PER_REQUEST process=([\d.]+) request_threads=([\d.]+)"
                     r" .*path=(\S+)", line)
        if m:
            runs.setdefault((m.group(1), m.group(4)), []).append((float(m.group(2)), float(m.group(3))))
    for (app, path), values in sorted(runs.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        values = values[-repeats:]
        p, t = [v[0] for v in values], [v[1] for v in values]
        print(f"{app} {path}: process {statistics.median(p):.1f} ms ({min(p):.1f}-{max(p):.1f}), request threads"
              f" {statistics.median(t):.1f} ms ({min(t):.1f}-{max(t):.1f}), {len(values)} runs")


def main():
    if sys.argv[1] == "--dump":
        dump(sys.argv[2], sys.argv[3])
        return
    if sys.argv[1] == "--compare":
        compare(sys.argv[2], sys.argv[3])
        return
    if sys.argv[1] == "--summary":
        summary(sys.argv[2], int(sys.argv[3]))
        return
    pid, base, path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 10
    repeats = int(sys.argv[5]) if len(sys.argv) > 5 else 3
    one = mix(path) if path in ("/api/v1/search", "/search") else [path] * 10
    run(pid, base, one * 3)  # warm-up: the JIT compiler's own CPU (C2) is most of a young JVM's
    results = [run(pid, base, one * rounds) for _ in range(repeats)]
    for process, threads in results:
        print(f"CPU_MS_PER_REQUEST process={process:.1f} request_threads={threads:.1f} requests={len(one) * rounds}"
              f" path={path}")
    process = [r[0] for r in results]
    threads = [r[1] for r in results]
    print(f"CPU_MS_PER_REQUEST_MEDIAN process={statistics.median(process):.1f} (min {min(process):.1f}, max"
          f" {max(process):.1f}) request_threads={statistics.median(threads):.1f} (min {min(threads):.1f}, max"
          f" {max(threads):.1f}) path={path}")


if __name__ == "__main__":
    main()
