#!/bin/bash
# Submits a sweep to Slurm as an array of N shards plus a merge that waits
# for them (--dependency=afterok), and prints both job ids:
#   cluster/slurm/submit.sh SPEC OUT N [extra sbatch options…]
# e.g. cluster/slurm/submit.sh sweep.json /shared/out 16 --partition=long
# The merged tables land in OUT/merged, the shards in OUT/shard-1…N, Slurm's
# logs in OUT/logs. Run it from anywhere; the repository (with `npm ci` done)
# must be on a filesystem the compute nodes share.
set -euo pipefail

if [ $# -lt 3 ]; then
  echo "usage: $0 SPEC OUT N [sbatch options…]" >&2
  exit 2
fi
spec=$(realpath "$1")
out=$(realpath -m "$2")
count=$3
shift 3
if ! [[ $count =~ ^[1-9][0-9]*$ ]]; then
  echo "$0: N must be a whole number of shards, 1 or more (got '$count')" >&2
  exit 2
fi
if [ ! -f "$spec" ]; then
  echo "$0: no spec file at $spec" >&2
  exit 2
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export SALESFLOOR_ROOT=${SALESFLOOR_ROOT:-$(cd "$here/../.." && pwd)}
mkdir -p "$out/logs"

array=$(sbatch --parsable --array=0-$((count - 1)) --output="$out/logs/sweep-%A_%a.out" "$@" \
  "$here/sweep.sbatch" "$spec" "$out" "$count")
array=${array%%;*}
merge=$(sbatch --parsable --dependency=afterok:"$array" --kill-on-invalid-dep=yes --output="$out/logs/merge-%j.out" "$@" \
  "$here/merge.sbatch" "$out" "$count")
merge=${merge%%;*}
echo "sweep array job: $array (shards 1-$count of $spec -> $out/shard-<i>)"
echo "merge job: $merge (after $array succeeds -> $out/merged)"
