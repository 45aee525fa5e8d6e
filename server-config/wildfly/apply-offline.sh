#!/usr/bin/env bash
# Applies jboss-cli scripts to a stopped WildFly by wrapping them in an embedded server, so the build (and
# operators preparing an image) can configure a server without starting it.
#
# usage: apply-offline.sh JBOSS_HOME PROPERTIES_FILE SCRIPT.cli [SCRIPT.cli ...] [-Dname=value ...]
#   Scripts run in order in one embedded server; -D arguments add properties for the scripts.
set -euo pipefail

if [ $# -lt 3 ]; then
    echo "usage: $0 JBOSS_HOME PROPERTIES_FILE SCRIPT.cli [SCRIPT.cli ...] [-Dname=value ...]" >&2
    exit 2
fi
jboss_home=$1
properties=$2
shift 2

if [ ! -x "$jboss_home/bin/jboss-cli.sh" ]; then
    echo "No WildFly at $jboss_home (bin/jboss-cli.sh missing): point JBOSS_HOME at an unpacked WildFly." >&2
    exit 1
fi

combined=$(mktemp "${TMPDIR:-/tmp}/pierre-cli.XXXXXX")
trap 'rm -f "$combined"' EXIT
defines=()
echo "embed-server --std-out=discard --server-config=standalone.xml" > "$combined"
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
echo "stop-embedded-server" >> "$combined"

"$jboss_home/bin/jboss-cli.sh" --resolve-parameter-values --properties="$properties" "${defines[@]}" --file="$combined"
