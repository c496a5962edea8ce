#!/usr/bin/env python3
"""Prints the per-request figures of the newest Gatling report (its per-request pages hold them)."""
import glob
import re
import sys

reports = sorted(glob.glob(sys.argv[1] if len(sys.argv) > 1 else "bench/load/target/gatling/*/"))
if not reports:
    sys.exit("no Gatling report")
print(f"{'request':<18} {'count':>6} {'p50':>6} {'p95':>6} {'p99':>6} {'max':>6}  (ms)")
for page in sorted(glob.glob(reports[-1] + "req_*.html")):
    text = open(page, encoding="utf-8").read()
    name = re.search(r"<title>Gatling Stats - ([^<]*)</title>", text).group(1)
    cells = dict(re.findall(r'<td class="title">([^<]*)</td>\s*<td[^>]*>([^<]*)</td>', text))
    print(f"{name:<18} {cells.get('Total count', '?'):>6} {cells.get('50th percentile', '?'):>6} "
          f"{cells.get('95th percentile', '?'):>6} {cells.get('99th percentile', '?'):>6} {cells.get('Max', '?'):>6}")
