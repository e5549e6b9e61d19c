#!/bin/sh
# table.sh — `cascade sim`'s table, the form for people, must match
# tests/sim/golden/NAME.txt byte for byte: every model at its defaults
# (its values, then its series in aligned columns) and sweeps of one and
# two parameters, and the calibration targets (--validate), numbers as
# "1.28 G", never printf's "1.27749e+09".
# Regenerate the goldens with REGEN=1 (then review and commit them).
. "$top_srcdir/tests/lib.sh"
scratch
golden="$top_srcdir/tests/sim/golden"
# NAME|ARGUMENTS, one case a line
cases=$("$CASCADE" sim list | awk '{print $1 "|" $1}')
cases="$cases
sweep-runs|cascade --sweep shed=1e6:1e8:3 --runs 3
sweep-two|circulation --sweep platelets=0:1:3 --sweep nk=0:2:3
validate|--validate"
plan $(($(echo "$cases" | wc -l) + 1))
while IFS='|' read -r name args; do
	# shellcheck disable=SC2086
	"$CASCADE" sim $args > "$tmp/$name.txt" 2> "$tmp/err"
	if [ -n "${REGEN:-}" ]; then
		cp "$tmp/$name.txt" "$golden/$name.txt"
	fi
	if [ ! -f "$golden/$name.txt" ]; then
		not_ok "sim $args: no golden file $golden/$name.txt"
	elif cmp -s "$golden/$name.txt" "$tmp/$name.txt" && [ ! -s "$tmp/err" ]; then
		ok "sim $args"
	else
		not_ok "sim $args"
		diff -u "$golden/$name.txt" "$tmp/$name.txt" | head -20 | sed 's/^/# /'
		sed 's/^/# stderr: /' "$tmp/err"
	fi
done <<END
$cases
END
# Whatever the goldens hold, no table may print a number as printf's %g.
if grep -nE '[0-9]e[+-][0-9][0-9]' "$tmp"/*.txt > "$tmp/e"; then
	not_ok "no number in e-notation"
	head -5 "$tmp/e" | sed 's/^/# /'
else
	ok "no number in e-notation"
fi
exit 0
