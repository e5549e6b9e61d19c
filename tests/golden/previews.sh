#!/bin/sh
# previews.sh — every step page's simulation preview, at widths 40, 60,
# 80 and 120, draws all that carries the lesson: inside a sim frame no
# line says "+N more" or ends a cut with an ellipsis (only the label on
# the frame's top border may be cut, at a word; the whole pages are
# compared with goldens by show.sh).
. "$top_srcdir/tests/lib.sh"
scratch
pages=$("$CASCADE" list | awk '{print $2}')
plan $(($(echo "$pages" | wc -l) * 4))
for id in $pages; do
	for w in 40 60 80 120; do
		"$CASCADE" show "$id" --width "$w" > "$tmp/out" 2> "$tmp/err"
		# the lines inside frames (sims, and quizzes too): after "┌" to "└"
		awk '/^└/ { f = 0 } f { print } /^┌/ { f = 1 }' "$tmp/out" > "$tmp/sims"
		if grep -nE '\+[0-9]+ more|…' "$tmp/sims" > "$tmp/cut"; then
			not_ok "$id at $w columns: previews draw everything"
			sed 's/^/# /' "$tmp/cut"
		else
			ok "$id at $w columns: previews draw everything"
		fi
	done
done
