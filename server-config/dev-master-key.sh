#!/usr/bin/env bash
# Used by the run commands (WildFly and Payara): the development master key DATA_DIR/master.key, created once,
# owner-only, reused by every later run (it must stay with the data it seals). Prints nothing else but the notice.
#
# usage: dev-master-key.sh DATA_DIR
set -euo pipefail
data_dir=$1
mkdir -p "$data_dir"
chmod 700 "$data_dir"
master_key=$data_dir/master.key
if [ ! -f "$master_key" ]; then
    (umask 077 && head -c 32 /dev/urandom | base64 > "$master_key")
    echo "Pierre: created a development master key in $master_key (mode 0600). Back it up with the database:"
    echo "        data sealed in $data_dir cannot be read without it."
fi
