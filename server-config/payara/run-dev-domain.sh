#!/usr/bin/env bash
# Used by `mvn -Prun-payara package` (README, "Run on Payara"): binds a provisioned Payara's domain1 to the
# database that PIERRE_DATABASE_URL names (default: SQLite in ./data), deploys the EAR and runs the domain in the
# foreground until Ctrl-C. The data directory (with its development master key) survives `mvn clean`.
#
# usage: run-dev-domain.sh PAYARA_HOME DATA_DIR DRIVERS_DIR DATABASE_PROPERTIES EAR
set -euo pipefail
[ $# -eq 5 ] || { echo "usage: $0 PAYARA_HOME DATA_DIR DRIVERS_DIR DATABASE_PROPERTIES EAR" >&2; exit 2; }
payara_home=$1
data_dir=$2
here=$(cd "$(dirname "$0")" && pwd)

"$here/../dev-master-key.sh" "$data_dir"
"$here/prepare-domain.sh" "$payara_home" "$data_dir" "$3" "$4" "$data_dir/master.key"
cp "$5" "$payara_home/glassfish/domains/domain1/autodeploy/pierre.ear"
echo "Pierre: starting Payara on http://127.0.0.1:8080/pierre (Ctrl-C stops it)."
exec "$payara_home/bin/asadmin" start-domain --verbose domain1
