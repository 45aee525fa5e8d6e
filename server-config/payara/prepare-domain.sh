#!/usr/bin/env bash
# Configures a Payara domain for Pierre with the asadmin scripts next to this file: drivers, Hibernate settings,
# the master key (password alias), the data directory, every port on loopback and jdbc/PierreDS bound to the database that
# DATABASE_PROPERTIES names. The one-time part is skipped when the domain has it already; the datasource is
# replaced every time, so switching a domain to the other database is this same command (the EAR is not rebuilt).
#
# usage: prepare-domain.sh PAYARA_HOME DATA_DIR DRIVERS_DIR DATABASE_PROPERTIES MASTER_KEY_FILE [EXTRA.asadmin ...]
#   DRIVERS_DIR          holds sqlite-jdbc.jar and/or postgresql.jar
#   DATABASE_PROPERTIES  written by io.pierre.data.db.DatabaseUrl: pierre.database=sqlite|postgresql and the
#                        connection (pierre.sqlite.path, or pierre.postgresql.url/.user/.password)
#   EXTRA.asadmin        further one-time scripts, e.g. add-debug-logging.asadmin
set -euo pipefail

[ $# -ge 5 ] || { echo "usage: $0 PAYARA_HOME DATA_DIR DRIVERS_DIR DATABASE_PROPERTIES MASTER_KEY_FILE [EXTRA.asadmin ...]" >&2; exit 2; }
payara_home=$1
data_dir=$2
drivers=$3
database_properties=$4
master_key=$5
shift 5
here=$(cd "$(dirname "$0")" && pwd)
asadmin=$payara_home/bin/asadmin
domain_dir=$payara_home/glassfish/domains/domain1

database=$(sed -n 's/^pierre.database=//p' "$database_properties")
case "$database" in
    sqlite|postgresql) ;;
    *) echo "Unknown database '$database' in $database_properties" >&2; exit 1 ;;
esac
driver_jar=$drivers/$([ "$database" = sqlite ] && echo sqlite-jdbc.jar || echo postgresql.jar)
if [ ! -f "$driver_jar" ]; then
    echo "$database needs its JDBC driver, but $driver_jar is missing: add -P$database (mvn -Prun-payara,$database package)." >&2
    exit 1
fi
[ -f "$master_key" ] || { echo "Master key file not found: $master_key" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/pierre-domain.XXXXXX")
chmod 700 "$work"
# A stopped domain is started for the duration and stopped again; a running one is restarted at the end, so
# that new drivers load and the deployed EAR migrates the database it is now bound to.
if "$asadmin" list-domains 2>/dev/null | grep -qx "domain1 running"; then
    finish=(restart-domain domain1)
else
    "$asadmin" start-domain domain1 > /dev/null
    finish=(stop-domain domain1)
fi
trap 'rm -rf "$work"; "$asadmin" "${finish[@]}" > /dev/null' EXIT

defaults=$here/$database.properties
once_marker=$domain_dir/config/.pierre-configured
if [ ! -f "$once_marker" ]; then
    libraries=()
    for jar in sqlite-jdbc postgresql; do
        if [ -f "$drivers/$jar.jar" ]; then libraries+=("$here/add-${jar%-jdbc}-driver.asadmin"); fi
    done
    "$here/apply.sh" "$payara_home" "$defaults,$database_properties" --alias "pierre-master-key=$master_key" \
        "${libraries[@]}" "$here/add-hibernate-settings.asadmin" "$here/add-master-key.asadmin" \
        "$here/add-data-directory.asadmin" "$here/bind-loopback.asadmin" "$@" \
        "-Dpierre.sqlite.jar=$drivers/sqlite-jdbc.jar" "-Dpierre.postgresql.jar=$drivers/postgresql.jar" "-Dpierre.data.dir=$data_dir"
    touch "$once_marker"
fi

if "$asadmin" list-jdbc-resources 2>/dev/null | grep -qx "jdbc/PierreDS"; then
    "$here/apply.sh" "$payara_home" "$defaults" "$here/remove-datasource.asadmin"
fi
aliases=()
if [ "$database" = postgresql ]; then
    (umask 077 && sed -n 's/^pierre.postgresql.password=//p' "$database_properties" > "$work/database-password")
    aliases=(--alias "pierre-database-password=$work/database-password")
fi
"$here/apply.sh" "$payara_home" "$defaults,$database_properties" "${aliases[@]}" "$here/add-$database-datasource.asadmin"
echo "Pierre: Payara domain1 in $payara_home is bound to $database."
