"""Salesfloor from Python: one long-lived `salesfloor serve --stdio` process.

A calibration or optimisation loop calls the model thousands of times; starting
Node for each run costs ~0.3 s, so this module starts the command once and
talks to it in JSON lines (docs/RESEARCH.md has the protocol). The standard
library only: no numpy, no pandas (both read what it returns).

    from salesfloor import Salesfloor

    with Salesfloor() as sf:
        r = sf.run("founder", seed=7, weeks=52, set={"plan.commissionRate": 0.06})
        r["hash"], r["totals"]["profit"], r["measures"]["y1Profit"]
        batch = sf.runs("founder", seeds=20, weeks=104,
                        points=[{"plan.commissionRate": c} for c in (0.02, 0.05, 0.08)])
        batch.mean("y2Profit")          # one mean over the seeds per point

Every bad request raises SalesfloorError (its one-line message and its key);
the process reads on. A measure whose window lies outside the run (year 2 of a
52-week run) comes back as float('nan').
"""

import itertools
import json
import math
import os
import subprocess
import threading
from collections import deque

__all__ = ["Salesfloor", "SalesfloorError", "Runs"]

# the repository this file sits in (docs/python/salesfloor.py); pass root= or cmd= when you copy the file elsewhere
_HERE_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class SalesfloorError(Exception):
    """A request the model refused (bad input: key names the message, e.g. inputErrors.unknownParamNear),
    or the serving process gone (key None)."""

    def __init__(self, message, key=None):
        super().__init__(message)
        self.key = key


def _plain(value):
    """numpy's scalars and arrays (a design drawn with numpy) as the numbers and lists JSON has."""
    if hasattr(value, "tolist"):
        return value.tolist()
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"{type(value).__name__} is not a JSON number, text, list or dict")


def _dumps(request):
    return json.dumps(request, allow_nan=False, default=_plain)


def _nan(value):
    return float("nan") if value is None else value


def _run_fields(scenario, seed="1", weeks=None, set=None, decisions=None, dilemmas=None, measures=None,
                with_weeks=False, with_code=False):
    return {"scenario": scenario, "seed": str(seed), "weeks": weeks, "set": set, "decisions": decisions,
            "dilemmas": dilemmas, "measures": measures, "withWeeks": with_weeks or None, "withCode": with_code or None}


def _run_result(result):
    result["measures"] = {k: _nan(v) for k, v in result["measures"].items()}
    return result


def _refusal(reply):
    """A refused request's reply as the error it raises: its one-line message and its key."""
    return SalesfloorError(reply["error"]["message"], reply["error"]["key"])


class Runs:
    """The measures of many runs: values[p][s][m] for point p, seed s, measure names[m]."""

    def __init__(self, names, values, seeds):
        self.names = list(names)
        self.seeds = list(seeds)
        self.values = [[[_nan(v) for v in run] for run in point] for point in values]

    def column(self, name):
        """One measure: a list per point of its value on each seed."""
        m = self.names.index(name)
        return [[run[m] for run in point] for point in self.values]

    def mean(self, name):
        """One measure's mean over the seeds, per point (nan when a seed has none)."""
        return [math.fsum(seeds) / len(seeds) for seeds in self.column(name)]

    def rows(self, points=None):
        """Tidy rows, one per point and seed (pandas.DataFrame(rows) reads them): point, seed, then each measure,
        and each point's parameters when `points` (the list given to runs) is passed."""
        out = []
        for p, point in enumerate(self.values):
            for s, run in enumerate(point):
                row = {"point": p, "seed": self.seeds[s]}
                if points is not None:
                    row.update(points[p])
                row.update(zip(self.names, run))
                out.append(row)
        return out


class Salesfloor:
    """A `salesfloor serve --stdio` process and its requests, one at a time.

    cmd: the command to start (default: node ROOT/bin/salesfloor.mjs serve --stdio — the bin's path, not npx,
         which adds ~1.3 s to the start); root: the repository (default: the one holding this file);
    workers: worker threads for runs() (default: the machine's cores); env: the process's environment
         (LANG=fr_FR.UTF-8 gives the messages in French).
    """

    def __init__(self, cmd=None, root=None, workers=None, env=None, node="node"):
        if cmd is None:
            root = root or os.environ.get("SALESFLOOR_ROOT") or _HERE_ROOT
            cmd = [node, os.path.join(root, "bin", "salesfloor.mjs"), "serve", "--stdio"]
            if workers is not None:
                cmd += ["--workers", str(workers)]
        self._ids = itertools.count(1)
        self._stderr = deque(maxlen=20)
        self._proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=env, cwd=root, text=True, encoding="utf-8", bufsize=1,
        )
        # keep the last lines of standard error (a bundle being built, or why the process ended) without ever blocking it
        self._drain = threading.Thread(target=self._keep_stderr, daemon=True)
        self._drain.start()

    def _keep_stderr(self):
        for line in self._proc.stderr:
            self._stderr.append(line.rstrip("\n"))

    def _gone(self):
        code = self._proc.wait()
        self._drain.join(timeout=1)
        last = self._stderr[-1] if self._stderr else ""
        return SalesfloorError(f"salesfloor serve ended (exit code {code}){': ' + last if last else ''}")

    def request(self, op, **fields):
        """Sends one request ({"op": op, **fields}) and returns its result; None fields are left out."""
        if self._proc.poll() is not None:
            raise self._gone()
        rid = next(self._ids)
        line = _dumps({"id": rid, "op": op, **{k: v for k, v in fields.items() if v is not None}})
        try:
            self._proc.stdin.write(line + "\n")
            self._proc.stdin.flush()
        except BrokenPipeError:
            raise self._gone() from None
        reply = self._reply(rid)
        if not reply["ok"]:
            raise _refusal(reply)
        return reply["result"]

    def _reply(self, rid):
        """The next reply line, which must answer request rid (replies keep the requests' order)."""
        answer = self._proc.stdout.readline()
        if answer == "":
            raise self._gone()
        reply = json.loads(answer)
        if reply.get("id") != rid:
            raise SalesfloorError(f"reply {reply.get('id')!r} to request {rid}: the stream is out of step")
        return reply

    def run(self, scenario, seed="1", weeks=None, set=None, decisions=None, dilemmas=None, measures=None,
            with_weeks=False, with_code=False):
        """One run, as `salesfloor run` makes it: {scenario, seed, model, hash, totals, measures}, plus `weeks`
        (a list of week rows, weeks numbered from 1 as the data files number them) and `code` (the run code the
        game opens) when asked. `measures` adds named measures to the default ones (docs/RESEARCH.md)."""
        fields = _run_fields(scenario, seed, weeks, set, decisions, dilemmas, measures, with_weeks, with_code)
        return _run_result(self.request("run", **fields))

    def run_many(self, runs):
        """Many runs, each a dict of run()'s arguments, all sent at once (a thread writes them while this one
        reads the replies, so the process never waits for Python between two runs): their results in order.
        A refused one raises its SalesfloorError once every reply has been read."""
        if self._proc.poll() is not None:
            raise self._gone()
        ids, lines = [], []
        for kwargs in runs:
            ids.append(next(self._ids))
            fields = {k: v for k, v in _run_fields(**kwargs).items() if v is not None}
            lines.append(_dumps({"id": ids[-1], "op": "run", **fields}))

        def write():
            try:
                self._proc.stdin.write("".join(line + "\n" for line in lines))
                self._proc.stdin.flush()
            except (BrokenPipeError, OSError):
                pass  # the process is gone: the reading below says so

        writer = threading.Thread(target=write, daemon=True)
        writer.start()
        results, refused = [], None
        for rid in ids:
            reply = self._reply(rid)
            if reply["ok"]:
                results.append(_run_result(reply["result"]))
            else:
                results.append(None)
                refused = refused or _refusal(reply)
        writer.join()
        if refused is not None:
            raise refused
        return results

    def runs(self, scenario, seeds, points=None, weeks=None, set=None, measures=None):
        """Every point (a dict of parameters over the scenario's and `set`) on every seed — the same seeds for
        every point (common random numbers) — for their measures, on the worker threads: a Runs.
        seeds: a count n (seeds "1" to "n") or a list."""
        seed_list = [str(s) for s in seeds] if not isinstance(seeds, int) else [str(i + 1) for i in range(seeds)]
        result = self.request("runs", scenario=scenario, seeds=seed_list, points=points, weeks=weeks, set=set,
                              measures=measures)
        return Runs(result["names"], result["values"], seed_list)

    def measures(self, measures=None):
        """The measures a request gets: the defaults, then `measures` (checked): names and definitions."""
        return self.request("measures", measures=measures)

    def expand(self, spec, with_params=False):
        """A sweep spec's runs in the sweep's order (index, scenario, seed, point, values; params when asked)."""
        return self.request("expand", spec=spec, withParams=with_params or None)

    def params(self):
        """The parameter table: key, kind, default, range or choices, unit, description."""
        return self.request("params")["params"]

    def version(self):
        """The model version and its provenance (commit, dirty tree, sources hash, generator)."""
        return self.request("version")

    def close(self):
        """Ends the input: the process finishes its last reply, closes its threads and exits."""
        if self._proc.stdin and not self._proc.stdin.closed:
            try:
                self._proc.stdin.close()
            except BrokenPipeError:
                pass
        try:
            self._proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._proc.stdout.close()
        return self._proc.returncode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
