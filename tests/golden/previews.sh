#!/bin/sh
# previews.sh — every step page's simulation preview, at widths 40, 60,
# 80 and 120, draws all that carries the lesson: inside a sim frame no
# line says "+N more" or ends a cut with an ellipsis (the whole pages are
# compared with goldens by show.sh).
. "$top_srcdir/tests/lib.sh"
scratch
pages=$("$CASCADE" list | awk '{print $2}')
plan $(($(echo "$pages" | wc -l) * 4))
for id in $pages; do
	for w in 40 60 80 120; do
		"$CASCADE" show "$id" --width "$w" > "$tmp/out" 2> "$tmp/err"
		# the lines of frames (sims, and quizzes too): from "┌" to "└"
		awk '/^┌/ { f = 1 } f { print } /^└/ { f = 0 }' "$tmp/out" > "$tmp/sims"
		if grep -nE '\+[0-9]+ more|…' "$tmp/sims" > "$tmp/cut"; then
			not_ok "$id at $w columns: previews draw everything"
			sed 's/^/# /' "$tmp/cut"
		else
			ok "$id at $w columns: previews draw everything"
		fi
	done
done
