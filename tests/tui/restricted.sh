#!/bin/sh
# restricted.sh — restricted mode (--restricted or CASCADE_RESTRICTED=1)
# refuses each forbidden action with a message: another content directory,
# a walkthrough file, lint, lead, notes, another class directory, CSV
# export; the status line says "restricted"; reading, searching and
# exploring still work.  (The built-in lessons have no external links; a
# restricted session would say they are off.)
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 12
refused() { CASCADE_RESTRICTED=1; export CASCADE_RESTRICTED; usage_error "$@"; unset CASCADE_RESTRICTED; }
refused "--content is refused" "restricted mode: lessons come only from the built-in" \
	--content "$top_srcdir/content" list
refused "a walkthrough file is refused" "restricted mode: no walkthrough files" \
	--walkthrough "$top_srcdir/examples/intro-lecture.walk"
refused "lint is refused" "lint is not available in restricted mode" lint "$top_srcdir/content"
refused "lead is refused" "lead is not available in restricted mode" lead bio
refused "notes is refused" "notes is not available in restricted mode" notes bio
CASCADE_RESTRICTED=1 "$CASCADE" search platelet > "$tmp/out" 2>&1
check "search still works" grep -q "in-the-blood:" "$tmp/out"

START_ENV=CASCADE_RESTRICTED=1 start 80 24 --content "$top_srcdir/tests/tui/course"
check "the pager refuses --content too" shows "restricted mode: lessons come only"
mkdir -p "$tmp/work"
cd "$tmp/work" || exit 1
START_ENV=CASCADE_RESTRICTED=1 start 80 24 --page in-the-blood
check "the status line says restricted" shows "restricted"
select_until t Tab " Simulation: circulation"
keys Enter
check "the explorer still opens" shows "$ cascade sim circulation --seed 1"
keys x
check "export is refused with a message" shows "Export is turned off in restricted mode."
check "and no file is written" test -z "$(ls "$tmp/work")"
keys q
refused "follow --dir (another socket directory) is refused" \
	"follow: --dir is not allowed in restricted mode" follow bio --dir "$tmp"
