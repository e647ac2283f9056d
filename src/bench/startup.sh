#!/usr/bin/env bash
# Start-up time of the jar: from `java -jar` to the first answered GraphQL request, first start (new data folder)
# and later start (same folder), RUNS times each, with the load average before each run.
# Usage: src/bench/startup.sh [JAR] [RUNS]    (defaults: target/lettergraph.jar, 3)
set -u
JAR=${1:-target/lettergraph.jar}
RUNS=${2:-3}
PORT=${PORT:-18181}
QUERY='{"query":"{ stats { letters } }"}'

# Prints seconds from launch to the first HTTP 200 from /graphql, then stops the service.
one_start() {
	local dir=$1 log=$2
	local t0 t1 code
	t0=$(date +%s.%N)
	# Bolt port 0: a database left on 7687 by something else must not change the figure.
	java -jar "$JAR" --lettergraph.embedded.data-dir="$dir" --server.port="$PORT" \
		--lettergraph.embedded.bolt-port=0 >"$log" 2>&1 &
	local pid=$!
	while :; do
		code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "localhost:$PORT/graphql" \
			-H 'Content-Type: application/json' -d "$QUERY" 2>/dev/null)
		[ "$code" = 200 ] && break
		if ! kill -0 "$pid" 2>/dev/null; then echo "service exited; see $log" >&2; return 1; fi
		sleep 0.1
	done
	t1=$(date +%s.%N)
	kill "$pid"; wait "$pid" 2>/dev/null
	echo "$t0 $t1" | awk '{ printf "%.1f", $2 - $1 }'
}

for i in $(seq 1 "$RUNS"); do
	dir=$(mktemp -d /tmp/lettergraph-startup.XXXXXX)
	load=$(cut -d' ' -f1-3 /proc/loadavg)
	first=$(one_start "$dir/data" "$dir/first.log") || exit 1
	load2=$(cut -d' ' -f1-3 /proc/loadavg)
	later=$(one_start "$dir/data" "$dir/later.log") || exit 1
	echo "run $i: first start ${first} s (load $load), later start ${later} s (load $load2)"
	rm -rf "$dir"
done
