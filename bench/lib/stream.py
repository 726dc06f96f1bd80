"""Streams CMD's stdout, counting lines, while sampling the resident memory of the process
that /usr/bin/time runs, every INTERVAL seconds; GNU time records the peak.

usage: stream.py OUT_JSON TIME_FILE INTERVAL CMD...
Writes {"rows", "wall_s", "samples": [[t_s, rss_kib], ...]} to OUT_JSON; TIME_FILE gets
`/usr/bin/time -v` (its "Maximum resident set size" is the peak)."""
import json
import os
import subprocess
import sys
import threading
import time

out_json, time_file, interval, cmd = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4:]
start = time.monotonic()
proc = subprocess.Popen(["/usr/bin/time", "-v", "-o", time_file, *cmd], stdout=subprocess.PIPE)
samples = []
done = threading.Event()


def child_pid():
    try:
        with open(f"/proc/{proc.pid}/task/{proc.pid}/children") as f:
            kids = f.read().split()
        return int(kids[0]) if kids else None
    except OSError:
        return None


def sample():
    while not done.wait(interval):
        pid = child_pid()
        if pid is None:
            continue
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        samples.append([round(time.monotonic() - start, 1), int(line.split()[1])])
        except OSError:
            pass


t = threading.Thread(target=sample, daemon=True)
t.start()
rows = 0
while True:
    chunk = proc.stdout.read(1 << 16)
    if not chunk:
        break
    rows += chunk.count(b"\n")
rc = proc.wait()
done.set()
wall = time.monotonic() - start
with open(out_json, "w") as f:
    json.dump({"rows": rows, "wall_s": round(wall, 2), "rc": rc, "samples": samples}, f)
sys.exit(rc)
