#!/bin/sh
# page-and-resize.sh — at 80x24: the first page opens, an arrow key as the
# first key moves a line, Space scrolls, Right and Left move between
# pages (a page gone back to is laid out again, where it was left), a
# resize redraws at the new width, help lists keys, and q restores the
# terminal.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 16
start 80 24
check "opens on the first page" shows "How to use cascade"
check "status line says page 1" shows "Page 1 of"
# The terminal is in application cursor mode by the first frame, so Down
# comes as ESC O B (as ESC [ B it would read as Esc, [ and B).
keys Down
check "Down as the first key moves a line down" wait_gone "(TOP)"
keys g
check "and g back to the top of the same page" shows "(TOP)  Page 1 of"
keys Space
check "Space scrolls down a screen" wait_gone "(TOP)"
keys g
check "g goes back to the top" shows "(TOP)  Page 1 of"
keys Right
check "Right opens page 2" shows "Page 2 of"
keys Left
check "Left comes back to page 1" shows "Page 1 of"
# Only the page shown keeps its layout: page 1, left scrolled, is laid out
# again on the way back, and shows the same screen.
keys Space Space
wait_gone "(TOP)"
screen > "$tmp/page1-scrolled"
keys Right
wait_for "Page 2 of"
keys Left
same_screen() { screen | cmp -s - "$tmp/page1-scrolled"; }
check "and finds a page left scrolled where it was" poll_until $wait_s same_screen
resize 50 20
check "after a resize the status line is redrawn, shortened" shows "1/11"
check "and the page is laid out at 50 columns" test "$(screen | wc -L)" -le 50
resize 12 4
check "a tiny terminal shows a notice, not garbage" shows "Too small"
resize 80 24
check "growing again recovers" shows "Page 1 of"
keys h
check "h shows the help screen with keys" shows "next lesson page"
keys q
check "q closes help" shows "Page 1 of"
keys q
if exited && grep -q 'exit=0' "$tmp/exit"; then ok "q quits with status 0"; else not_ok "q quits with status 0"; fi
