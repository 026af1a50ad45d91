# Helpers shared by the benchmarks: sourced, not run.

# The JVM options the container images ship with (deploy/docker/Dockerfile), and the memory a
# pod's limit gives them (deploy/k8s: 512Mi), so the heap is sized as in the cluster. The JVM
# sees this machine's cores, as nginx does.
image_jvm_options() {
  local shipped
  shipped=$(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\([^"]*\)"/\1/p' "$root/deploy/docker/Dockerfile")
  echo "$shipped -XX:MaxRAM=512m"
}

# CPU time a process (and its threads) has used, in clock ticks (utime + stime of /proc/PID/stat).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# CPU time of a JVM's just-in-time compiler threads, in clock ticks.
jit_ticks() {
  local sum=0 task
  for task in /proc/"$1"/task/*; do
    [[ "$(cat "$task/comm" 2>/dev/null)" == *CompilerThre* ]] || continue
    # A thread gone meanwhile reads as 0 (END prints even without a line).
    sum=$((sum + $(cut -d')' -f2 "$task/stat" 2>/dev/null | awk 'END { print $12 + $13 }')))
  done
  echo $sum
}

# Warms a JVM up under load until its compiler has settled: runs `$2 SECONDS` (a load of
# SECONDS) in slices of $3 s until the compiler threads of process $1 used under 5% of its CPU in
# a slice, or $4 s have gone by. A service whose code path is large (Micronaut, JDBC, Jackson)
# keeps two shared cores' compiler busy for minutes: measured before it settles, its CPU per
# request counts the compiling, a start-up cost, not a request's. Prints what it took.
warm_until_compiled() { # pid load-function slice-seconds max-seconds
  local pid=$1 load=$2 slice=$3 max=$4 waited=0 c0 j0 c1 j1
  while :; do
    c0=$(cpu_ticks "$pid"); j0=$(jit_ticks "$pid")
    "$load" "$slice" >/dev/null
    c1=$(cpu_ticks "$pid"); j1=$(jit_ticks "$pid")
    waited=$((waited + slice))
    # A compiler thread that ended during the slice took its count with it: not settled, then.
    if [ "$j1" -ge "$j0" ] && [ $(( (j1 - j0) * 20 )) -lt $((c1 - c0)) ] || [ "$waited" -ge "$max" ]; then
      awk -v w="$waited" -v j=$((j1 - j0)) -v c=$((c1 - c0)) \
        'BEGIN { printf "warm-up: %d s under load, the compiler %.1f%% of the process'"'"'s CPU in its last slice\n", w, c ? 100 * j / c : 0 }'
      return 0
    fi
  done
}

# CPU time of every PostgreSQL process, in clock ticks: with the reaped children of each
# (cutime + cstime), so the backends of clients that disconnected (pgbench's) still count.
# Each PostgreSQL process's CPU ticks, a "pid ticks" line each (for busiest_backend_percent).
postgres_each_ticks() {
  local p
  for p in $(pgrep -x postgres); do
    echo "$p $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0)"
  done
}

# The busiest PostgreSQL process between two postgres_each_ticks files, in percent of one core
# over SECONDS: a backend near 100 is a serial bound (one connection's statements, one at a time).
busiest_backend_percent() { # before-file after-file seconds
  awk -v secs="$3" -v hz="$(getconf CLK_TCK)" 'NR == FNR {a[$1] = $2; next}
    ($1 in a) && $2 - a[$1] > m {m = $2 - a[$1]} END {printf "%.0f", 100 * m / hz / secs}' "$1" "$2"
}

# The machine's idle and total CPU ticks (every core), for machine_idle_percent.
machine_ticks() { awk '/^cpu / {print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; }

# Share of the machine's CPU left idle between two machine_ticks readings, in percent: near 0, the
# run was bound by CPU, not by a wait.
machine_idle_percent() { # before after
  awk -v a="$1" -v b="$2" 'BEGIN {split(a, x, " "); split(b, y, " "); printf "%.0f", 100 * (y[1] - x[1]) / (y[2] - x[2])}'
}

postgres_ticks() {
  local sum=0 p
  for p in $(pgrep -x postgres); do
    sum=$((sum + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo $sum
}

# Resident memory of a process, in MB.
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# Microseconds of CPU per request, from ticks before/after and the number of requests.
cpu_us_per_request() { awk -v a="$1" -v b="$2" -v n="$3" -v hz="$(getconf CLK_TCK)" \
  'BEGIN { if (n > 0) printf "%.1f", (b - a) / hz * 1e6 / n; else print "-" }'; }

# Installs wrk, nginx and pgbench from the distribution when missing (needs root).
bench_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v nginx >/dev/null || missing+=(nginx-light)
  command -v pgbench >/dev/null || missing+=(postgresql-contrib)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "bench: installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
  fi
}

# Waits until /health answers 200 (40 s at most) on the service's management port, which the
# benches set to PORT + 400, or on PORT itself (the gateway's own /health).
wait_healthy() {
  for _ in $(seq 1 160); do
    curl -fsS "http://127.0.0.1:$(($1 + 400))/health" >/dev/null 2>&1 && return 0
    curl -fsS "http://127.0.0.1:$1/health" >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  echo "bench: nothing healthy on port $1"; return 1
}
