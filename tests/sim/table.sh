#!/bin/sh
# table.sh — `cascade sim MODEL` (the table, for people) of every model at
# its defaults must match tests/sim/golden/MODEL.txt byte for byte: the
# values and the series in aligned columns, numbers as "1.28 G", never
# "1.27749e+09".  Regenerate (showing each diff first) with
# tests/golden/regen.sh.
. "$top_srcdir/tests/lib.sh"
scratch
golden="$top_srcdir/tests/sim/golden"
models=$("$CASCADE" sim list | awk '{print $1}')
plan $(($(echo "$models" | wc -l) + 1))
for m in $models; do
	"$CASCADE" sim "$m" > "$tmp/$m" 2> "$tmp/err"
	if [ ! -f "$golden/$m.txt" ]; then
		not_ok "$m: no golden file $golden/$m.txt"
	elif cmp -s "$golden/$m.txt" "$tmp/$m" && [ ! -s "$tmp/err" ]; then
		ok "$m's table"
	else
		not_ok "$m's table"
		diff -u "$golden/$m.txt" "$tmp/$m" | head -20 | sed 's/^/# /'
		sed 's/^/# stderr: /' "$tmp/err"
	fi
done
# Whatever the goldens hold, no table may print a number as printf's %g.
if grep -nE '[0-9]e[+-][0-9][0-9]' $(for m in $models; do echo "$tmp/$m"; done) > "$tmp/e"; then
	not_ok "no number in e-notation"
	head -5 "$tmp/e" | sed 's/^/# /'
else
	ok "no number in e-notation"
fi
exit 0
