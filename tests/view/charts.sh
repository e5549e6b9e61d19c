#!/bin/sh
# charts.sh — golden charts: every data set of the chart driver (the
# driver's own list, so a new set needs no edit here) in every charset;
# the chart kinds at 20x8, 40x12, 80x20 and 160x32, the degenerate sets at
# 40x12.  Compares with tests/view/golden/charts/ and prints TAP; a
# difference is shown as a unified diff in TAP comments.
#
#   charts.sh            run the comparisons
#   charts.sh --cases    list "set width height charset golden-file"
#
# Regenerate with tests/view/regen-charts.sh, which shows each diff first.
set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
top_builddir=${top_builddir:-$top_srcdir}
driver=$top_builddir/tests/view/chart_driver
golden=$top_srcdir/tests/view/golden/charts

cases() {
	"$driver" list | while IFS='	' read -r name kind about; do
		if [ "$kind" = degenerate ]; then
			sizes="40x12"
		else
			sizes="20x8 40x12 80x20 160x32"
		fi
		for size in $sizes; do
			for cs in ascii blocks braille; do
				echo "$name ${size%x*} ${size#*x} $cs $golden/$name-$cs-$size.txt"
			done
		done
	done
}

if [ ! -x "$driver" ]; then
	echo "Bail out! $driver not built"
	exit 1
fi
if [ "${1:-}" = --cases ]; then
	cases
	exit 0
fi

tmp=${TMPDIR:-/tmp}/charts.$$
trap 'rm -f "$tmp" "$tmp.diff"' EXIT INT TERM
echo "1..$(cases | wc -l)"
i=0
cases | while read -r name w h cs file; do
	i=$((i + 1))
	what="$name $cs ${w}x$h"
	if ! "$driver" "$name" "$w" "$h" "$cs" --stamp >"$tmp" 2>&1; then
		echo "not ok $i - $what # the driver failed"
		sed 's/^/# /' "$tmp"
	elif [ ! -f "$file" ]; then
		echo "not ok $i - $what # no golden file ${file#$top_srcdir/}"
	elif diff -u "$file" "$tmp" >"$tmp.diff"; then
		echo "ok $i - $what"
	else
		echo "not ok $i - $what"
		sed 's/^/# /' "$tmp.diff"
	fi
done
