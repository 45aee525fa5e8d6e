#!/usr/bin/env bash
# Used by `mvn -Prun package` (README, "Run"): binds a freshly provisioned WildFly to the development SQLite
# database in ./data and deploys the EAR. The data directory survives `mvn clean`; a second start reuses it.
#
# usage: prepare-dev-server.sh JBOSS_HOME DATA_DIR SQLITE_JDBC_JAR EAR
set -euo pipefail

jboss_home=$1
data_dir=$2
sqlite_jar=$3
ear=$4
here=$(cd "$(dirname "$0")" && pwd)

mkdir -p "$data_dir"
chmod 700 "$data_dir"

"$here/apply-offline.sh" "$jboss_home" "$here/sqlite.properties" \
    "$here/add-sqlite-driver.cli" "$here/add-sqlite-datasource.cli" \
    "-Dpierre.sqlite.jar=$sqlite_jar" "-Dpierre.sqlite.path=$data_dir/pierre.db"

cp "$ear" "$jboss_home/standalone/deployments/pierre.ear"
echo "Pierre: database $data_dir/pierre.db; starting WildFly on http://127.0.0.1:8080/pierre (Ctrl-C stops it)."
