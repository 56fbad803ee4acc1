"""Calibrating one parameter to a team's weekly data from Python, by the method of simulated moments.

The "data" here is made by the model itself, with a value of market.baselineTrust (the trust a
prospect has in salespeople before anyone has called) that the fit is not told, so you can see it
recovered; with a real team's data, replace
observed() by its weekly deals and revenue. Each round asks one `runs` request: every candidate
value on the same 16 seeds (common random numbers, so candidates differ by their value only), then
narrows the grid around the best. About 450 runs in all, a few seconds on two cores.

    python3 docs/python/example_calibrate.py
"""

import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from salesfloor import Salesfloor  # noqa: E402

SCENARIO = "founder"
WEEKS = 52
BASE = {"market.size": 1000}
KEY = "market.baselineTrust"
HIDDEN = 0.35
SEEDS = 16

# the moments: mean weekly deals in each half-year, and the year's revenue
MOMENTS = {
    "dealsH1": {"mean": "deals", "weeks": "1-26"},
    "dealsH2": {"mean": "deals", "weeks": "27-52"},
    "revenueY1": {"sum": "revenue", "weeks": "1-52"},
}


def observed(sf):
    """The team's moments: here, one run of the model at the hidden value, on a seed the fit never uses."""
    run = sf.run(SCENARIO, seed="the-team", weeks=WEEKS, set={**BASE, KEY: HIDDEN}, measures=MOMENTS)
    return [run["measures"][name] for name in MOMENTS]


def distance(simulated, target):
    """Sum of squared relative differences between simulated and observed moments."""
    return math.fsum(((s - t) / t) ** 2 for s, t in zip(simulated, target))


def main():
    with Salesfloor() as sf:
        target = observed(sf)
        print("observed moments:", ", ".join(f"{n} {v:,.1f}" for n, v in zip(MOMENTS, target)))
        low, high = 0.02, 0.8
        for round_ in range(3):
            grid = [low + (high - low) * i / 8 for i in range(9)]
            batch = sf.runs(SCENARIO, seeds=SEEDS, weeks=WEEKS, set=BASE,
                            points=[{KEY: q} for q in grid], measures=MOMENTS)
            means = list(zip(*(batch.mean(name) for name in MOMENTS)))
            scores = [distance(m, target) for m in means]
            best = min(range(len(grid)), key=scores.__getitem__)
            print(f"round {round_ + 1}: {KEY} {grid[best]:.5f} (distance {scores[best]:.4f}) over [{low:.5f}, {high:.5f}]")
            step = (high - low) / 8
            low, high = max(0.02, grid[best] - step), min(0.8, grid[best] + step)
        print(f"estimate {grid[best]:.5f}; the data was made with {HIDDEN}")


if __name__ == "__main__":
    main()
