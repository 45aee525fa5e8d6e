#!/usr/bin/env bash
# Switches a configured WildFly's jdbc/PierreDS from one database to the other: checks the target driver is
# installed, replaces the datasource and (on a running server) reloads. The EAR is not rebuilt or redeployed.
# Data is not copied: each database keeps its own.
#
# usage: switch-database.sh sqlite|postgresql --offline|--connect[=HOST:PORT] JBOSS_HOME PROPERTIES_FILE [-Dname=value ...]
#   PROPERTIES_FILE is sqlite.properties or postgresql.properties (or your copy), -D gives the connection.
set -euo pipefail

if [ $# -lt 4 ]; then
    echo "usage: $0 sqlite|postgresql --offline|--connect[=HOST:PORT] JBOSS_HOME PROPERTIES_FILE [-Dname=value ...]" >&2
    exit 2
fi
target=$1
mode=$2
jboss_home=$3
properties=$4
shift 4
here=$(cd "$(dirname "$0")" && pwd)

case "$target" in
    sqlite) driver=sqlite; module_dir=org/xerial/sqlite-jdbc ;;
    postgresql) driver=postgresql; module_dir=org/postgresql ;;
    *) echo "Unknown database '$target': use sqlite or postgresql." >&2; exit 2 ;;
esac

# A datasource whose driver module is missing makes the whole server fail at boot, so refuse early.
if [ ! -d "$jboss_home/modules/$module_dir" ]; then
    echo "The $target JDBC driver is not installed in $jboss_home: apply add-$driver-driver.cli first (see README, 'Switching database')." >&2
    exit 1
fi

scripts=("$here/remove-datasource.cli" "$here/add-$target-datasource.cli")
if [ "$mode" != --offline ]; then
    scripts+=("$here/reload.cli")
fi
"$here/apply.sh" "$mode" "$jboss_home" "$properties" "${scripts[@]}" "$@"
echo "jdbc/PierreDS now points at $target."
