"""What serve saves a loop: runs per second through one `salesfloor serve --stdio` against one process per run.

    python3 docs/python/example_speed.py [RUNS]

Times the same small runs (the founder's story, a 1,000-customer town, 52 weeks) four ways: one
`node bin/salesfloor.mjs run` process each (what a loop calling the command line pays), one `run`
request each through serve, all the `run` requests sent at once (run_many), and one `runs` request
for them all on serve's worker threads.
"""

import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from salesfloor import Salesfloor  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.join(ROOT, "bin", "salesfloor.mjs")
RUN = {"scenario": "founder", "weeks": 52, "set": {"market.size": 1000}}


def per_process(seeds):
    args = ["--scenario", RUN["scenario"], "--weeks", str(RUN["weeks"])]
    args += [f"--set={k}={v}" for k, v in RUN["set"].items()]
    start = time.perf_counter()
    for seed in seeds:
        subprocess.run(["node", BIN, "run", *args, "--seed", str(seed)], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    few = max(5, n // 20)  # one process per run is slow: time fewer
    seconds = per_process(range(1, few + 1))
    print(f"{'one process per run':34}{few / seconds:7.1f} runs/s ({few} runs)")
    with Salesfloor() as sf:
        for i in range(20):
            sf.run(seed=f"warm-up {i}", **RUN)  # the process's start and the model's first runs, paid once by any loop
        start = time.perf_counter()
        for seed in range(1, n + 1):
            sf.run(seed=seed, **RUN)
        seconds = time.perf_counter() - start
        print(f"{'serve, one run request each':34}{n / seconds:7.1f} runs/s ({n} runs)")
        start = time.perf_counter()
        sf.run_many([dict(seed=seed, **RUN) for seed in range(1, n + 1)])
        seconds = time.perf_counter() - start
        print(f"{'serve, run_many (sent at once)':34}{n / seconds:7.1f} runs/s ({n} runs)")
        # the worker threads' start and their own warm-up, paid once by a loop's first batch
        sf.runs(RUN["scenario"], seeds=[f"warm-up {i}" for i in range(n)], weeks=RUN["weeks"], set=RUN["set"])
        start = time.perf_counter()
        sf.runs(RUN["scenario"], seeds=n, weeks=RUN["weeks"], set=RUN["set"])
        seconds = time.perf_counter() - start
        print(f"{'serve, one runs request':34}{n / seconds:7.1f} runs/s ({n} runs, {os.cpu_count()} worker threads)")


if __name__ == "__main__":
    main()
