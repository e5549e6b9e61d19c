#!/bin/sh
# regen-charts.sh — regenerates the golden charts that charts.sh compares
# with.  Shows the diff of each one that changed before replacing it;
# with -i, asks first.  Run from a build tree (or set top_builddir):
#
#   top_builddir=/tmp/b top_srcdir=/work/main tests/view/regen-charts.sh [-i]
set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
top_builddir=${top_builddir:-$top_srcdir}
export top_srcdir top_builddir
driver=$top_builddir/tests/view/chart_driver
ask=no
[ "${1:-}" = -i ] && ask=yes
LC_ALL=C.UTF-8
export LC_ALL

tmp=${TMPDIR:-/tmp}/regen-charts.$$
trap 'rm -f "$tmp" "$tmp.cases"' EXIT INT TERM
mkdir -p "$top_srcdir/tests/view/golden/charts"
sh "$top_srcdir/tests/view/charts.sh" --cases >"$tmp.cases" || exit 1
changed=0 same=0
while read -r name w h cs file; do
	"$driver" "$name" "$w" "$h" "$cs" --stamp >"$tmp" || exit 1
	if [ -f "$file" ] && cmp -s "$file" "$tmp"; then
		same=$((same + 1))
		continue
	fi
	if [ -f "$file" ]; then
		diff -u "$file" "$tmp"
	else
		echo "new: ${file#$top_srcdir/}"
		cat "$tmp"
	fi
	if [ $ask = yes ]; then
		printf 'replace %s? [y/N] ' "${file#$top_srcdir/}" >/dev/tty
		read -r answer </dev/tty
		[ "$answer" = y ] || continue
	fi
	cp "$tmp" "$file"
	changed=$((changed + 1))
done <"$tmp.cases"
echo "regen-charts: $changed written, $same unchanged"
