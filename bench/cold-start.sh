#!/usr/bin/env bash
# Benchmark case 7: cold start = WildFly boot + EAR deployment + every migration on an empty SQLite database,
# measured until GET /api/health answers 200, three times; prints a Markdown row with the median and the
# server's own figures, so one can see what dominates.
#
# usage: cold-start.sh JBOSS_HOME EAR OUTPUT.md
#   JBOSS_HOME: a provisioned WildFly with the sqlite driver installed (integration-tests/target/servers/sqlite/...)
set -euo pipefail

source_server=$1
ear=$2
output=$3
here=$(cd "$(dirname "$0")" && pwd)
config=$here/../server-config/wildfly
port_offset=300
health=http://127.0.0.1:$((8080 + port_offset))/pierre/api/health

times=()
details=""
for attempt in 1 2 3; do
    work=$(mktemp -d)
    cp -r "$source_server" "$work/server"
    server=$work/server
    rm -rf "$server/standalone/deployments/"* "$server/standalone/log" "$server/standalone/data" "$server/standalone/tmp"
    "$config/apply.sh" --offline "$server" "$config/sqlite.properties" "$config/remove-datasource.cli" \
        "$config/add-sqlite-datasource.cli" "-Dpierre.sqlite.path=$work/cold.db" > /dev/null
    cp "$ear" "$server/standalone/deployments/pierre.ear"

    start=$(date +%s%N)
    PIERRE_MASTER_ENCRYPTION_KEY=$(head -c 32 /dev/urandom | base64) \
        "$server/bin/standalone.sh" -b 127.0.0.1 -Djboss.socket.binding.port-offset=$port_offset > "$work/console.log" 2>&1 &
    launcher=$!
    until curl -sf -o /dev/null "$health"; do
        if ! kill -0 "$launcher" 2> /dev/null; then
            echo "WildFly exited before the application answered; see $work/console.log" >&2
            exit 1
        fi
        sleep 0.1
    done
    elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    times+=("$elapsed_ms")
    log=$server/standalone/log/server.log
    boot=$(grep -o 'started in [0-9]*ms' "$log" | head -1 | grep -o '[0-9]*')
    migrations=$(grep -o 'Successfully applied [0-9]* migrations[^)]*)' "$log" | head -1 || true)
    details="WildFly reports \"started in ${boot} ms\" (boot + deployment); Flyway: ${migrations:-no line}"
    kill "$launcher"
    wait "$launcher" 2> /dev/null || true
    pkill -f "jboss.home.dir=$server" 2> /dev/null || true
    rm -rf "$work"
done

sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | sed -n 2p)
min=$(echo "$sorted" | head -1)
max=$(echo "$sorted" | tail -1)
verdict=$([ "$median" -le 10000 ] && echo met || echo missed)
printf '| 7. cold start: boot + deploy + 4 migrations on an empty SQLite file, until /api/health answers | %s ms (%s–%s) | %s | — | ≤ 10000 ms: %s |\n' \
    "$median" "$min" "$max" "$details" "$verdict" > "$output"
cat "$output"
