"""docs/python/salesfloor.py against the command line (run by tests/unit/servePython.test.ts).

1,000 small runs (a 100-customer town, 4 weeks: two commission rates on seeds 1-500), half asked
one by one through `salesfloor serve --stdio` and half sent at once (run_many), must give the hash
and every total the sweep of the same runs gives (`salesfloor sweep`, another process, started
first so both work at once); one `runs` request for both rates on the first 100 seeds through
serve's worker pool must give the same deals and revenue; a bad request raises SalesfloorError
with its key and the process answers the next.
Prints one line per check and exits 1 at the first difference.
"""

import csv
import io
import json
import math
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.dont_write_bytecode = True  # no __pycache__ left in docs/python by the test suite
sys.path.insert(0, os.path.join(ROOT, "docs", "python"))

from salesfloor import Salesfloor, SalesfloorError  # noqa: E402

RATES = [0.03, 0.07]  # plan.commissionRate: numbers that JSON and the CSV must carry exactly
SEEDS = 500
N = len(RATES) * SEEDS
POOLED = 100  # seeds of each rate also asked in one runs request (each worker warms the model up afresh: fewer keep the test short)
BASE = {"scenario": "founder", "weeks": 4, "set": {"market.size": 100}}
KEY = "plan.commissionRate"
BIN = [os.environ.get("SALESFLOOR_NODE", "node"), os.path.join(ROOT, "bin", "salesfloor.mjs")]


def fail(message):
    print(f"FAIL {message}")
    sys.exit(1)


def sweep_rows():
    """Starts `salesfloor sweep` over the same runs; returns a function giving its rows by seed."""
    spec = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
    json.dump({**BASE, "seeds": SEEDS, "vary": {KEY: RATES}}, spec)
    spec.close()
    env = {**os.environ, "LANG": "C"}
    proc = subprocess.Popen(BIN + ["sweep", "--spec", spec.name, "--workers", "1"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)

    def rows():
        out, err = proc.communicate()
        os.unlink(spec.name)
        if proc.returncode != 0:
            fail(f"salesfloor sweep exited {proc.returncode}: {err.strip()}")
        return {(float(row[KEY]), row["seed"]): row for row in csv.DictReader(io.StringIO(out))}

    return rows


def main():
    started = time.perf_counter()
    cli = sweep_rows()
    # one worker thread: the same pool and protocol as N, with one warm-up of the model instead of N
    with Salesfloor(root=ROOT, workers=1, env={**os.environ, "LANG": "C"}, node=BIN[0]) as sf:
        t0 = time.perf_counter()
        # the first rate's runs one request at a time (run), the second's sent all at once (run_many)
        asks = [[dict(scenario=BASE["scenario"], seed=seed, weeks=BASE["weeks"], set={**BASE["set"], KEY: rate})
                 for seed in range(1, SEEDS + 1)] for rate in RATES]
        served = [(RATES[0], sf.run(**ask)) for ask in asks[0]]
        served += [(RATES[1], result) for result in sf.run_many(asks[1])]
        one_by_one = time.perf_counter() - t0

        t0 = time.perf_counter()
        batch = sf.runs(BASE["scenario"], seeds=POOLED, weeks=BASE["weeks"], set=BASE["set"],
                        points=[{KEY: rate} for rate in RATES], measures={"deals": {"sum": "deals"}, "revenue": {"sum": "revenue"}})
        pooled = time.perf_counter() - t0

        try:
            sf.run("founder", seed=1, set={"plan.comissionRate": 0.1})
            fail("a misspelt parameter was accepted")
        except SalesfloorError as error:
            if error.key != "inputErrors.unknownParamNear" or "plan.commissionRate" not in str(error):
                fail(f"unexpected refusal: {error.key}: {error}")
        if sf.measures()["names"][0] != "y1Profit":
            fail("the server did not answer after a refusal")

    rows = cli()
    if len(rows) != N:
        fail(f"the sweep wrote {len(rows)} rows, not {N}")
    for rate, run in served:
        row = rows[(rate, run["seed"])]
        if run["hash"] != row["hash"]:
            fail(f"seed {run['seed']}: serve's hash {run['hash']}, the CLI's {row['hash']}")
        for key, value in run["totals"].items():
            if float(row[key]) != value:
                fail(f"seed {run['seed']}: {key} {value} through serve, {row[key]} from the CLI")
    print(f"ok {N} runs through serve: hashes and totals equal the CLI's ({N / one_by_one:.0f} runs/s)")

    for p, rate in enumerate(RATES):
        for s, seed in enumerate(batch.seeds):
            for name in ("deals", "revenue"):
                value = batch.column(name)[p][s]
                if value != float(rows[(rate, seed)][name]):
                    fail(f"seed {seed}, {KEY} {rate}: runs gave {name} {value}, the CLI {rows[(rate, seed)][name]}")
    first = served[0][1]["measures"]
    if not math.isnan(first["y1Profit"]) or first["totalProfit"] != batch.column("totalProfit")[0][0]:
        fail(f"measures: y1Profit of a 4-week run should be nan, totalProfit as runs gives it: {first}")
    means = batch.mean("deals")
    if abs(means[0] - math.fsum(batch.column("deals")[0]) / POOLED) > 1e-9 or len(batch.rows()) != POOLED * len(RATES):
        fail(f"Runs.mean or Runs.rows: {means}")
    print(f"ok {POOLED * len(RATES)} runs in one runs request on the worker pool: deals and revenue equal ({POOLED / pooled:.0f} runs/s)")
    print(f"ok a bad request raised SalesfloorError and the server answered the next ({time.perf_counter() - started:.1f} s in all)")


if __name__ == "__main__":
    main()
