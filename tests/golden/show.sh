#!/bin/sh
# show.sh — `cascade show` of every built-in page at widths 40, 80 and 120
# (Braille charts, as a UTF-8 terminal gets them) and at 80 in ASCII must
# match the golden files in tests/golden/pages/ byte for byte.
# Regenerate (showing each diff first) with tests/golden/regen.sh.
. "$top_srcdir/tests/lib.sh"
scratch
golden="$top_srcdir/tests/golden/pages"
pages=$("$CASCADE" list | awk '{print $2}')
count=$(echo "$pages" | wc -l)
plan $((count * 4))
for id in $pages; do
	for variant in 40 80 120 80-ascii; do
		w=${variant%-ascii}
		cs=braille
		[ "$variant" = "$w" ] || cs=ascii
		want="$golden/$id.$variant.txt"
		"$CASCADE" --charset "$cs" show "$id" --width "$w" > "$tmp/out" 2> "$tmp/err"
		if [ ! -f "$want" ]; then
			not_ok "$id at $variant columns: no golden file $want"
		elif cmp -s "$want" "$tmp/out" && [ ! -s "$tmp/err" ]; then
			ok "$id at $variant columns"
		else
			not_ok "$id at $variant columns"
			diff -u "$want" "$tmp/out" | head -20 | sed 's/^/# /'
			sed 's/^/# stderr: /' "$tmp/err"
		fi
	done
done
