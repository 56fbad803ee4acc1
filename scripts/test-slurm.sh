#!/bin/bash
# npm run test:slurm — runs a small sweep on a real, single-node Slurm and
# checks that its merged tables are byte for byte the one-machine sweep's.
# Not part of `npm test`: it installs Debian's slurm-wlm and munge when they are
# missing (root only), starts its own munged, slurmctld and slurmd on localhost
# with a slurm.conf and scratch directory of its own, submits the sweep with
# cluster/slurm/submit.sh (4 array tasks + a merge after them), waits, compares,
# then stops the daemons it started (by pid, and only those).
# Facts behind the settings: ../shared/docs/CLUSTER.md. Exit 0 pass, 1 fail.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shards=4
timeout=${SLURM_TEST_TIMEOUT:-300}
say() { echo "test:slurm: $*"; }
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
fail() { echo "test:slurm: FAIL: $*" >&2; exit 1; }

# 1. Slurm and munge, installed when missing
missing=()
for tool in sbatch slurmctld slurmd; do command -v "$tool" >/dev/null || missing+=(slurm-wlm); done
[ -x /usr/sbin/munged ] || missing+=(munge)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    fail "Slurm (slurm-wlm) and munge are not installed, and installing them needs root: run as root, or install them yourself (apt-get install slurm-wlm munge)."
  fi
  command -v apt-get >/dev/null || fail "Slurm and munge are missing and there is no apt-get to install them with (this script knows Debian's packages)."
  say "installing slurm-wlm and munge (apt-get, about 30 s)"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
fi
[ "$(id -u)" -eq 0 ] || fail "starting slurmd needs root (SlurmUser=root in this test's slurm.conf); run as root."

# 2. A scratch directory, a munge socket and a slurm.conf of our own
scratch=$(mktemp -d /tmp/salesfloor-slurm.XXXXXX)
chmod 755 "$scratch"
pids=()
stop() {
  local code=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  done
  [ ${#pids[@]} -eq 0 ] || say "stopped the daemons it started (pids ${pids[*]})"
  if [ $code -eq 0 ]; then rm -rf "$scratch"; else say "kept $scratch for a look (logs in $scratch/log)"; fi
}
trap stop EXIT
# slurmd, slurmctld and munged delete their pid files on exit: read them now
started() { # NAME PIDFILE
  for _ in $(seq 50); do [ -s "$2" ] && break; sleep 0.1; done
  [ -s "$2" ] || fail "$1 did not start (see $scratch/log)"
  pids=("$(cat "$2")" "${pids[@]}")
  say "started $1 (pid $(cat "$2"))"
}

mkdir -p "$scratch"/{munge,log,state,spool,out}
chown munge:munge "$scratch/munge"
socket=$scratch/munge/munge.socket
runuser -u munge -- /usr/sbin/munged --socket="$socket" --pid-file="$scratch/munge/munged.pid" \
  --log-file="$scratch/munge/munged.log" --seed-file="$scratch/munge/munged.seed"
started munged "$scratch/munge/munged.pid"

host=$(hostname -s)
memory=$(awk '/MemAvailable/ { m = int($2 / 1024) - 512; print (m > 256 ? m : 256) }' /proc/meminfo)
cpus=$(nproc --all)
export SLURM_CONF=$scratch/slurm.conf
cat > "$SLURM_CONF" <<CONF
ClusterName=salesfloor-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
MailProg=/bin/true
ReturnToService=2
SlurmctldPidFile=$scratch/slurmctld.pid
SlurmdPidFile=$scratch/slurmd.pid
StateSaveLocation=$scratch/state
SlurmdSpoolDir=$scratch/spool
SlurmctldLogFile=$scratch/log/slurmctld.log
SlurmdLogFile=$scratch/log/slurmd.log
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
say "$(sbatch --version), slurm.conf at $SLURM_CONF (node $host, $cpus CPUs, ${memory} MB)"
slurmctld
started slurmctld "$scratch/slurmctld.pid"
slurmd
started slurmd "$scratch/slurmd.pid"
for _ in $(seq 100); do
  sinfo -h -o %t 2>/dev/null | grep -q idle && break
  sleep 0.2
done
sinfo -h -o %t | grep -q idle || fail "the node did not come up idle: $(sinfo -h 2>&1)"
say "node $host is idle"

# 3. The issue's sweep, small: 3 × 2 grid points × 4 seeds × 26 weeks = 24 runs
spec=$scratch/sweep.json
cat > "$spec" <<'JSON'
{"scenario": "founder", "seeds": 4, "weeks": 26, "set": {"plan.quotaPeriod": "quarter"},
 "vary": {"plan.commissionRate": [0, 0.04, 0.08], "market.wordOfMouth": [0.5, 1]}}
JSON
cd "$root"
t0=$(date +%s.%N)
node bin/salesfloor.mjs sweep --spec "$spec" --workers 1 --out "$scratch/reference" 2>/dev/null
say "one-machine sweep: $(($(wc -l < "$scratch/reference/runs.csv") - 1)) runs in $(since "$t0") s -> $scratch/reference"

t0=$(date +%s.%N)
submitted=$(cluster/slurm/submit.sh "$spec" "$scratch/out" "$shards")
echo "$submitted" | sed 's/^/test:slurm: /'
array=$(echo "$submitted" | sed -n 's/^sweep array job: \([0-9]*\).*/\1/p')
merge=$(echo "$submitted" | sed -n 's/^merge job: \([0-9]*\).*/\1/p')
[ -n "$array" ] && [ -n "$merge" ] || fail "could not read the job ids from submit.sh"

state() { scontrol show job "$1" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' | sort -u | tr '\n' ' '; }
deadline=$(($(date +%s) + timeout))
while :; do
  s=$(state "$merge")
  case $s in
    "COMPLETED ") break ;;
    *FAILED*|*CANCELLED*|*TIMEOUT*|*NODE_FAIL*|*OUT_OF_MEMORY*)
      tail -n 5 "$scratch"/out/logs/*.out >&2 || true
      fail "merge job $merge ended $s(array job $array: $(state "$array"))" ;;
  esac
  [ "$(date +%s)" -lt "$deadline" ] || fail "timed out after ${timeout}s: array $array $(state "$array"), merge $merge $s"
  sleep 0.5
done
say "array job $array: $(state "$array")- merge job $merge: COMPLETED, $(since "$t0") s after submission"

# 4. Byte for byte
for i in $(seq "$shards"); do
  say "shard-$i: $(($(wc -l < "$scratch/out/shard-$i/runs.csv") - 1)) runs"
done
for table in runs.csv weeks.csv; do
  cmp "$scratch/reference/$table" "$scratch/out/merged/$table" || fail "merged $table differs from the one-machine sweep's"
  say "merged $table is byte-identical to the one-machine sweep's ($(wc -c < "$scratch/reference/$table") bytes, sha256 $(sha256sum < "$scratch/reference/$table" | cut -c1-16))"
done
say "PASS"
