#!/bin/sh
# glossary.sh — a glossary term in the text is a look-up: Tab selects it,
# Enter opens its definition in a pop-up over the page, a resize redraws
# the pop-up, and Esc closes it with the page where it was.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 6
start 80 24 --page surviving-without-an-anchor
keys Tab
check "Tab selects the first glossary term" shows "Glossary: Anoikis"
before=$(screen | sed -n '3,23p')
keys Enter
check "Enter opens its definition in a pop-up" shows_re "─ Anoikis ─|- Anoikis -"
check "the pop-up says how to close it" shows "Esc/q:close"
keys Escape
check "Esc closes it" shows "Glossary: Anoikis"
same_place() { [ "$(screen | sed -n '3,23p')" = "$before" ]; }
check "and the page is where it was" poll_until $wait_s same_place
keys Enter
wait_for "Esc/q:close"
resize 60 20
# Redrawn: the pop-up's status line reaches the new right edge (tmux
# only crops the old screen), and the pop-up is there within 60 columns.
popup_fits() {
	screen | tail -n 1 | grep -q 'Esc/q:close$' && [ "$(screen | wc -L)" -le 60 ] &&
		screen | grep -q "Anoikis"
}
check "a resize redraws the pop-up at the new size" poll_until $wait_s popup_fits
