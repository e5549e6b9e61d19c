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
	for w in 40 80 120; do
		new=$(mktemp)
		"$build/src/cascade" show "$id" --width "$w" > "$new"
		if ! cmp -s "$new" "$golden/$id.$w.txt" 2>/dev/null; then
			echo "== $id.$w.txt"
			diff -u "$golden/$id.$w.txt" "$new" 2>/dev/null | head -40 || true
			mv "$new" "$golden/$id.$w.txt"
		else
			rm -f "$new"
		fi
	done
done
