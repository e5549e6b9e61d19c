#!/bin/sh
# replay.sh — every fuzz harness, run without libFuzzer over the crashers
# kept in tests/fuzz/regress/NAME/ and its seed corpus, so that `make
# check` (and its sanitizer run) catches a fault that came back.  One TAP
# case per harness; a crash, a sanitizer report or an abort fails it.
. "$top_srcdir/tests/lib.sh"

s=$top_srcdir
f=$top_builddir/tests/fuzz
plan 7
replay() { # replay NAME DIR...: one case
	name=$1; shift
	[ -d "$s/tests/fuzz/regress/$name" ] && set -- "$s/tests/fuzz/regress/$name" "$@"
	if out=$("$f/replay_$name" "$@" 2>&1); then
		ok "$name: $(echo "$out" | sed "s|$s/||" | tr '\n' ' ')"
	else
		not_ok "$name"
		echo "$out" | sed 's/^/# /' | tail -40
	fi
}
replay page "$s/content" "$s/tests/lint/broken" "$s/tests/corpus/commonmark-spec.txt"
replay search "$s/tests/fuzz/seeds/search"
replay glossary "$s/tests/fuzz/seeds/glossary" "$s/content/glossary.md"
replay walk "$s/examples" "$s/tests/walk/broken"
replay progress "$s/tests/fuzz/seeds/progress"
replay class "$s/tests/fuzz/seeds/class"
replay conf "$s/tests/fuzz/seeds/conf"
