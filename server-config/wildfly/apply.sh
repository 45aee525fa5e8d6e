#!/usr/bin/env bash
# Applies jboss-cli scripts, in order, in one CLI session: to a stopped WildFly (--offline: wrapped in an
# embedded server, e.g. at build time or when preparing an image) or to a running one (--connect).
#
# usage: apply.sh --offline|--connect[=HOST:PORT] JBOSS_HOME PROPERTIES[,PROPERTIES...] SCRIPT.cli [SCRIPT.cli ...] [-Dname=value ...]
#   Several properties files (comma-separated) are read in order, e.g. the defaults of a database and then
#   the connection of one server. -D arguments add properties (machine-specific values such as paths).
set -euo pipefail

usage() {
    echo "usage: $0 --offline|--connect[=HOST:PORT] JBOSS_HOME PROPERTIES_FILE SCRIPT.cli [SCRIPT.cli ...] [-Dname=value ...]" >&2
    exit 2
}
[ $# -ge 4 ] || usage
mode=$1
jboss_home=$2
properties=$3
shift 3

if [ ! -x "$jboss_home/bin/jboss-cli.sh" ]; then
    echo "No WildFly at $jboss_home (bin/jboss-cli.sh missing): point JBOSS_HOME at an unpacked WildFly." >&2
    exit 1
fi
connect=()
combined=$(mktemp "${TMPDIR:-/tmp}/pierre-cli.XXXXXX")
# Owner-only: the merged properties may hold a connection password.
merged_properties=$(mktemp "${TMPDIR:-/tmp}/pierre-properties.XXXXXX")
trap 'rm -f "$combined" "$merged_properties"' EXIT
IFS=',' read -r -a property_files <<< "$properties"
for file in "${property_files[@]}"; do
    if [ ! -f "$file" ]; then
        echo "Properties file not found: $file" >&2
        exit 1
    fi
    cat "$file" >> "$merged_properties"
    echo >> "$merged_properties"
done

case "$mode" in
    --offline) echo "embed-server --std-out=discard --server-config=standalone.xml" > "$combined" ;;
    --connect) connect=(--connect) ;;
    --connect=*) connect=(--connect "--controller=${mode#--connect=}") ;;
    *) usage ;;
esac

defines=()
for arg in "$@"; do
    case "$arg" in
        -D*) defines+=("$arg") ;;
        *)
            if [ ! -f "$arg" ]; then
                echo "CLI script not found: $arg" >&2
                exit 1
            fi
            cat "$arg" >> "$combined"
            echo >> "$combined"
            ;;
    esac
done
if [ "$mode" = --offline ]; then
    echo "stop-embedded-server" >> "$combined"
fi

"$jboss_home/bin/jboss-cli.sh" "${connect[@]}" --resolve-parameter-values --properties="$merged_properties" "${defines[@]}" --file="$combined"
