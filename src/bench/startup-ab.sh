#!/usr/bin/env bash
# Two jars (say, before and after a change) started at the same moment on folders of their own, first start then
# later start, RUNS times: on a machine others are loading, both see the same load. Prints, per jar, the seconds
# from launch to the first answered GraphQL request and the CPU seconds the JVM had used by then.
# Usage: src/bench/startup-ab.sh JAR_A JAR_B [RUNS]
set -u
A=$1 B=$2 RUNS=${3:-3}
QUERY='{"query":"{ stats { letters } }"}'
TICKS=$(getconf CLK_TCK)

# Launches a jar, waits for its first 200 from /graphql, prints "wall cpu", stops it.
one() {
	local jar=$1 dir=$2 port=$3 log=$4 t0 t1 code cpu
	t0=$(date +%s.%N)
	java -jar "$jar" --lettergraph.embedded.data-dir="$dir" --server.port="$port" \
		--lettergraph.embedded.bolt-port=0 >"$log" 2>&1 &
	local pid=$!
	while :; do
		code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "localhost:$port/graphql" \
			-H 'Content-Type: application/json' -d "$QUERY" 2>/dev/null)
		[ "$code" = 200 ] && break
		if ! kill -0 "$pid" 2>/dev/null; then echo "failed, see $log"; return 1; fi
		sleep 0.1
	done
	t1=$(date +%s.%N)
	cpu=$(awk -v t="$TICKS" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$pid/stat")
	kill "$pid"; wait "$pid" 2>/dev/null
	echo "$t0 $t1" | awk -v c="$cpu" '{ printf "%.1f s (cpu %s s)", $2 - $1, c }'
}

for i in $(seq 1 "$RUNS"); do
	dir=$(mktemp -d /tmp/lettergraph-ab.XXXXXX)
	for phase in first later; do
		load=$(cut -d' ' -f1-3 /proc/loadavg)
		one "$A" "$dir/a" 18191 "$dir/a-$phase.log" >"$dir/a.out" &
		one "$B" "$dir/b" 18192 "$dir/b-$phase.log" >"$dir/b.out" &
		wait
		echo "run $i $phase start (load $load): A $(cat "$dir/a.out"), B $(cat "$dir/b.out")"
	done
	rm -rf "$dir"
done
