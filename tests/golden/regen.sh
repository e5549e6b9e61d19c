#!/bin/sh
# regen.sh — rewrite the golden pages from the current build, showing the
# diff of each one that changes before replacing it.
# Usage: tests/golden/regen.sh [BUILDDIR]   (default: the source tree)
set -e
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top}
export LC_ALL=C.UTF-8
golden="$top/tests/golden/pages"
mkdir -p "$golden"
for id in $("$build/src/cascade" list | awk '{print $2}'); do
	for variant in 40 80 120 80-ascii; do
		w=${variant%-ascii}
		cs=braille
		[ "$variant" = "$w" ] || cs=ascii
		new=$(mktemp)
		"$build/src/cascade" --charset "$cs" show "$id" --width "$w" > "$new"
		if ! cmp -s "$new" "$golden/$id.$variant.txt" 2>/dev/null; then
			echo "== $id.$variant.txt"
			diff -u "$golden/$id.$variant.txt" "$new" 2>/dev/null | head -40 || true
			mv "$new" "$golden/$id.$variant.txt"
		else
			rm -f "$new"
		fi
	done
done
