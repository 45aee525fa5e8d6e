#!/usr/bin/env bash
# Applies asadmin command files, in order, in one asadmin session to a running Payara domain.
#
# usage: apply.sh PAYARA_HOME PROPERTIES[,PROPERTIES...] [--alias NAME=FILE ...] SCRIPT.asadmin [...] [-Dname=value ...]
#   ${pierre.*} placeholders in the scripts are filled from the properties files (read in order, later wins)
#   and -D arguments. --alias NAME=FILE creates or updates the password alias NAME with the first line of FILE
#   (owner-only), so secrets reach domain.xml only as ${ALIAS=NAME}, never in clear text or on a command line.
#   Fails, naming the command, if any command fails: asadmin's multimode itself always exits 0.
#
# Admin credentials: asadmin's own (AS_ADMIN_USER, --passwordfile in ASADMIN_OPTIONS, ~/.gfclient); a fresh
# domain1 needs none. Host and port: AS_ADMIN_HOST / AS_ADMIN_PORT (default localhost:4848).
set -euo pipefail

usage() {
    echo "usage: $0 PAYARA_HOME PROPERTIES[,PROPERTIES...] [--alias NAME=FILE ...] SCRIPT.asadmin [...] [-Dname=value ...]" >&2
    exit 2
}
[ $# -ge 3 ] || usage
payara_home=$1
properties=$2
shift 2
asadmin=$payara_home/bin/asadmin
if [ ! -x "$asadmin" ]; then
    echo "No Payara at $payara_home (bin/asadmin missing): point PAYARA_HOME at an unpacked Payara Server 6." >&2
    exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/pierre-asadmin.XXXXXX")
chmod 700 "$work"
trap 'rm -rf "$work"' EXIT
declare -A values
IFS=',' read -r -a property_files <<< "$properties"
for file in "${property_files[@]}"; do
    [ -f "$file" ] || { echo "Properties file not found: $file" >&2; exit 1; }
    while IFS= read -r line || [ -n "$line" ]; do
        case "$line" in ''|'#'*) continue ;; esac
        # java.util.Properties escapes ':' and '=' in values written by Java (e.g. jdbc\:postgresql\://...).
        values["${line%%=*}"]=$(printf '%s' "${line#*=}" | sed 's/\\\([:=]\)/\1/g')
    done < "$file"
done

aliases=()
scripts=()
while [ $# -gt 0 ]; do
    case "$1" in
        --alias) [ $# -ge 2 ] || usage; aliases+=("$2"); shift 2 ;;
        -D*=*) definition=${1#-D}; values["${definition%%=*}"]=${definition#*=}; shift ;;
        *) [ -f "$1" ] || { echo "asadmin script not found: $1" >&2; exit 1; }; scripts+=("$1"); shift ;;
    esac
done

for alias in "${aliases[@]}"; do
    name=${alias%%=*}
    source_file=${alias#*=}
    [ -f "$source_file" ] || { echo "--alias $name: file not found: $source_file" >&2; exit 1; }
    (umask 077 && printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$(head -n 1 "$source_file")" > "$work/alias")
    if "$asadmin" list-password-aliases 2>/dev/null | grep -qx "$name"; then
        "$asadmin" --passwordfile "$work/alias" update-password-alias "$name" > /dev/null
    else
        "$asadmin" --passwordfile "$work/alias" create-password-alias "$name" > /dev/null
    fi
    rm -f "$work/alias"
done

# asadmin reads multimode files with backslash escapes: a literal ':' inside a property value is written '\\:'.
combined=$work/commands.asadmin
for script in "${scripts[@]}"; do
    while IFS= read -r line || [ -n "$line" ]; do
        case "$line" in ''|'#'*) continue ;; esac
        while [[ $line =~ \$\{(pierre\.[A-Za-z0-9_.-]+)\} ]]; do
            key=${BASH_REMATCH[1]}
            if [ -z "${values[$key]+set}" ]; then
                echo "$script needs the property $key: add it to a properties file or pass -D$key=..." >&2
                exit 1
            fi
            value=${values[$key]//:/\\\\:}
            line=${line//"\${$key}"/"$value"}
        done
        printf '%s\n' "$line" >> "$combined"
    done < "$script"
done
[ -f "$combined" ] || exit 0

output=$("$asadmin" multimode --file "$combined" 2>&1) || true
printf '%s\n' "$output" | grep -v "infocmp" || true
if printf '%s\n' "$output" | grep -q "^Command .* failed\.$"; then
    echo "Payara refused a command (above): the domain may be half-configured; apply the inverse scripts to undo." >&2
    exit 1
fi
