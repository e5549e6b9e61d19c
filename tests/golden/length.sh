#!/bin/sh
# length.sh — every built-in page fits in six 80x24 screens: the pager shows
# 23 text rows on a 24-line terminal (the last row is the status line), so
# `cascade show --width 80`, up to the answers and links it appends for
# print, is at most 6 x 23 = 138 lines.
. "$top_srcdir/tests/lib.sh"
scratch
max=138
pages=$("$CASCADE" list | awk '{print $2}')
plan "$(echo "$pages" | wc -l)"
for id in $pages; do
	"$CASCADE" show "$id" --width 80 > "$tmp/out"
	n=$(awk '/^(Answers|Links)$/ { exit } { n++ } END { print n + 0 }' "$tmp/out")
	if [ "$n" -le "$max" ]; then
		ok "$id: $n lines, within six screens"
	else
		not_ok "$id: $n lines, more than six 80x24 screens ($max)"
	fi
done
