#!/usr/bin/env python3
"""CPU time per thread of a command, read from /proc while it runs (the last reading before it ends).

Usage: bench/thread-cpu.py java -Xmx256m -jar target/slaudit.jar audit ...
Threads with a number at the end of their name (C2 CompilerThread0, GC Thread#1) are summed.
"""
import os
import re
import subprocess
import sys
import time

if len(sys.argv) < 2:
    sys.exit(__doc__)
tick = os.sysconf("SC_CLK_TCK")
process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
seen = {}
start = time.time()
while process.poll() is None:
    try:
        for tid in os.listdir(f"/proc/{process.pid}/task"):
            try:
                stat = open(f"/proc/{process.pid}/task/{tid}/stat").read()
            except OSError:
                continue
            name = stat[stat.index("(") + 1 : stat.rindex(")")]
            fields = stat[stat.rindex(")") + 2 :].split()
            seen[tid] = (name, (int(fields[11]) + int(fields[12])) * 1000 // tick)
    except OSError:
        pass
    time.sleep(0.05)
wall = (time.time() - start) * 1000
by_name = {}
for name, ms in seen.values():
    key = re.sub(r"[#\d]+$", "", name).strip()
    by_name[key] = by_name.get(key, 0) + ms
print(f"wall {wall:,.0f} ms (exit {process.returncode})")
for name, ms in sorted(by_name.items(), key=lambda kv: -kv[1]):
    if ms > 0:
        print(f"  {ms:>7,} ms  {name}")
