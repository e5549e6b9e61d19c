#!/bin/sh
# reader.sh — at 80x24: open the contents and jump; go to a page by number
# and by ':'; follow links with Tab/Enter (to a heading, to another page,
# broken, external), come back with Backspace and forward again with L;
# the help screen lists every key from the key table.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 31
start 80 24
keys c
check "c opens the contents" shows "Contents"
check "the contents list every page with its number" shows " 11. Review"
keys j j Enter
check "Enter opens the selected page (3)" shows "Page 3 of"
keys 7 Enter
check "typing 7 Enter goes to page 7" shows "Page 7 of"
keys : in-the-blood Enter
check ":in-the-blood goes to that page by id" shows "Page 6 of"
keys : 99 Enter
check "an unknown page is refused with the valid range" shows "No page '99': give a number from 1 to 11"
keys : in-the-bl Enter
check ":in-the-bl goes to the one page whose id starts so" shows "Page 6 of"
keys : in-teh-blood Enter
check "a typo gets a suggestion" shows "(did you mean 'in-the-blood'?)"
keys q
exited

start 80 24 --content "$top_srcdir/tests/tui/course"
check "a course from --content opens" shows "Start here"
keys Tab Enter
check "Tab Enter on the first link opens the second page" shows "Page 2 of 3"
keys BSpace
check "Backspace comes back to the first page" shows "Page 1 of 3"
keys L
check "L goes forward again" shows "Page 2 of 3"
keys Tab Tab Enter
check "a broken link says so" shows "Broken link: no page 'nowhere'"
keys Tab Enter
check "an external link is shown, not opened" shows "External link (not opened): https://example.org/"
keys BSpace
wait_for "Page 1 of 3"
keys Tab Tab Enter
heading_shown() { lacks_text t "(TOP)" && has_text t "The last heading of the first page"; }
check "a link to a heading scrolls to it" poll_until $wait_s heading_shown
keys h
check "h opens the help screen" shows "Help: every key"
# Paging moves a screen at a time: at 80x24 the first screen ends at "/"
# and the next begins at "?", which neither skips.
check "help's first screen ends before ? (search backward)" lacks_text t "search backward"
keys Space
check "Space pages help one screen on, not to its end" shows "search backward"
check "and that screen is not the last" lacks_text t "While typing"
keys b
check "b pages back to help's top" wait_gone "search backward"
keys G
check "words too long for the line wrap in their column, beside the keys" \
	shows "   Q                        class: put the selected quiz to the vote (leader;"
check "help lists the explorer's keys too" press_until t k has_text t "pin this run"
keys q q
check "q closes help, then q quits" exited
# The contents open a page's headings with Right and jump to one.
start 80 24 --page 5
keys c
shows "Contents"
keys Right
check "Right in the contents lists the page's headings under it" shows "         Learning objectives"
keys j j j j j
check "a heading can be selected" poll_until $wait_s has_re t "A bath with the plug out"
keys Enter
check "Enter on a heading opens the page there" poll_until $wait_s sh -c "tmux -S '$sock' capture-pane -p -t t | head -n 3 | grep -q 'A bath with the plug out'"
# At 40x12 a simulation's box is taller than the screen: it stays
# selectable, and selected, while any of it shows, not only its top line.
start 40 12 --page 3
check "the box's top line, its label cut to fit, comes into view" \
	press_until t d has_text t "┌─ Simulation: Anoikis after losing… ─"
check "and scrolls off above" press_until t j lacks_text t "┌─ Simulation"
keys s
check "s selects the simulation whose box is still on screen" \
	poll_until $wait_s status_has t "Simulation: detachment"
keys j j j
wait_for "time after detachment (h)"
check "it stays selected while its box scrolls" status_has t "Simulation: detachment"
keys Enter
check "and Enter opens it" shows "$ cascade sim detachment --seed 1"
