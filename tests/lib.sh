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
# A scratch directory removed at exit.
scratch() {
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/cascade-test.XXXXXX")
	trap 'rm -rf "$tmp"' EXIT
}
