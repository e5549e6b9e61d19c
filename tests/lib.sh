# tests/lib.sh — TAP helpers for the shell tests (sourced, not run).
# Each test file calls plan N, then ok/not_ok (or check), and exits 0.
: "${CASCADE:?CASCADE must name the built cascade binary}"
: "${top_srcdir:?top_srcdir must be set}"
LC_ALL=C.UTF-8
export LC_ALL
tap_n=0
tap_failed=0

plan() { echo "1..$1"; }
ok() { tap_n=$((tap_n + 1)); echo "ok $tap_n - $*"; }
not_ok() { tap_n=$((tap_n + 1)); tap_failed=$((tap_failed + 1)); echo "not ok $tap_n - $*"; }
skip_all() { echo "1..0 # SKIP $*"; exit 0; }
# check DESCRIPTION COMMAND...: ok when the command succeeds.
check() {
	desc=$1; shift
	if "$@"; then ok "$desc"; else not_ok "$desc"; fi
}
# poll_until SECONDS COMMAND...: runs COMMAND every 0.05 s until it
# succeeds (status 0, at once) or SECONDS have passed (status 1, after a
# last try at the deadline).  For anything another process does: a line
# in a log, text on a screen, a file appearing.  Reading it once right
# after the action races that process under load, and sleeping a while
# first is slow when the machine is idle and still races when it is busy.
# The deadline is only reached when a test fails.
poll_until() {
	_pu_end=$(( $(date +%s) + $1 + 1 )); shift
	while :; do
		"$@" && return 0
		[ "$(date +%s)" -lt "$_pu_end" ] || return 1
		sleep 0.05
	done
}
# A scratch directory removed at exit.
scratch() {
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/cascade-test.XXXXXX")
	trap 'rm -rf "$tmp"' EXIT
}
# check_messages LABEL ERRFILE WANTFILE: one test per line of WANTFILE that
# ERRFILE must hold exactly, and one that it says nothing else (lint's
# file:line messages).
check_messages() {
	cm_i=0
	while IFS= read -r want; do
		cm_i=$((cm_i + 1))
		# The description names the place only: messages may hold '#'.
		if grep -qxF -- "$want" "$2"; then
			ok "$1: message $cm_i at ${want%%: *}"
		else
			not_ok "$1: message $cm_i at ${want%%: *}"
			echo "# missing: $want"
		fi
	done < "$3"
	grep -vxF -f "$3" "$2" > "$2.extra"
	if [ -s "$2.extra" ]; then
		not_ok "$1: no unexpected messages"
		sed 's/^/# unexpected: /' "$2.extra"
	else
		ok "$1: no unexpected messages"
	fi
}
# usage_error DESCRIPTION TEXT ARGS...: cascade ARGS exits 2, prints nothing
# on stdout and says "cascade: ...TEXT..." on the first line of stderr.
usage_error() {
	ue_desc=$1 ue_text=$2
	shift 2
	"$CASCADE" "$@" > "$tmp/ue.out" 2> "$tmp/ue.err" < /dev/null
	ue_rc=$?
	if [ $ue_rc -eq 2 ] && head -n 1 "$tmp/ue.err" | grep -q "^cascade: .*$ue_text" &&
	   [ ! -s "$tmp/ue.out" ]; then
		ok "$ue_desc"
	else
		not_ok "$ue_desc (exit $ue_rc)"
		sed 's/^/# /' "$tmp/ue.err"
	fi
}
