#!/usr/bin/env bash
# Used by `mvn -Prun package` (README, "Run"): binds a provisioned WildFly to the database that
# PIERRE_DATABASE_URL names (default: SQLite in ./data) and deploys the EAR. The data directory survives
# `mvn clean`; a second start reuses it. Switching PIERRE_DATABASE_URL between runs switches the datasource.
#
# usage: prepare-dev-server.sh JBOSS_HOME DATA_DIR DRIVERS_DIR DATABASE_PROPERTIES EAR
#   DATABASE_PROPERTIES: written by io.pierre.data.db.DatabaseUrl from PIERRE_DATABASE_URL (owner-only file)
set -euo pipefail

jboss_home=$1
data_dir=$2
drivers=$3
database_properties=$4
ear=$5
here=$(cd "$(dirname "$0")" && pwd)

database=$(sed -n 's/^pierre.database=//p' "$database_properties")
case "$database" in
    sqlite) defaults=$here/sqlite.properties ;;
    postgresql) defaults=$here/postgresql.properties ;;
    *) echo "Unknown database '$database' in $database_properties" >&2; exit 1 ;;
esac
if [ ! -f "$drivers/$database-jdbc.jar" ] && [ ! -f "$drivers/$database.jar" ]; then
    echo "PIERRE_DATABASE_URL names $database, but this server was provisioned without its driver: add -P$database (mvn -Prun,$database package)." >&2
    exit 1
fi

"$here/../dev-master-key.sh" "$data_dir"
master_key=$data_dir/master.key
# standalone.sh sources bin/standalone.conf: hand the key to the server as an environment variable (never
# on the command line, where every user could read it with ps).
conf=$jboss_home/bin/standalone.conf
if ! grep -q "PIERRE_MASTER_ENCRYPTION_KEY" "$conf"; then
    printf '\n# Pierre development master key (prepare-dev-server.sh)\nexport PIERRE_MASTER_ENCRYPTION_KEY="$(cat "%s")"\n' "$master_key" >> "$conf"
    # Where the first start writes the bootstrap admin token.
    printf 'JAVA_OPTS="$JAVA_OPTS -Dpierre.data.dir=%s"\n' "$data_dir" >> "$conf"
fi

driver_scripts=("$here/add-sqlite-driver.cli")
if [ -f "$drivers/postgresql.jar" ]; then
    driver_scripts+=("$here/add-postgresql-driver.cli")
fi
"$here/apply.sh" --offline "$jboss_home" "$defaults,$database_properties" \
    "${driver_scripts[@]}" "$here/remove-datasource.cli" "$here/add-$database-datasource.cli" "$here/add-openapi.cli" \
    "-Dpierre.sqlite.jar=$drivers/sqlite-jdbc.jar" "-Dpierre.postgresql.jar=$drivers/postgresql.jar"

cp "$ear" "$jboss_home/standalone/deployments/pierre.ear"
echo "Pierre: starting WildFly on http://127.0.0.1:8080/pierre (Ctrl-C stops it)."
