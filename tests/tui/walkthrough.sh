#!/bin/sh
# walkthrough.sh — cascade --walkthrough: the first stop opens with its
# notes in a pane; } and { move between stops (a stop with a sim opens
# the explorer with its values and seed); o hides the notes; a broken
# walkthrough file is refused at start with file:line, before any curses.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 9
walk="$top_srcdir/examples/intro-lecture.walk"
start 80 30 --walkthrough "$walk"
check "the first stop opens with its notes pane" shows "Notes: stop 1 of"
check "the status line says which stop" shows "Stop 1/"
check "the notes are shown" shows "Ask the class to name the steps"
keys '}'
check "} goes to the next stop" shows "Notes: stop 2 of"
press_until t '}' has_text t "P pin  U unpin"
check "a stop with a simulation opens the explorer" shows_re '[$] cascade sim .*--seed 1'
check "with the stop's values" shows_re 'cascade sim circulation.* platelets=0[.]8 .*--seed 1'
keys '{'
check "{ goes back a stop, closing the explorer" wait_gone 'P pin  U unpin'
keys o
check "o hides the notes" wait_gone "Notes: stop"

printf 'walkthrough 1\nstop no-such-page\n' > "$tmp/bad.walk"
start 80 24 --walkthrough "$tmp/bad.walk"
refused() { wait_for "bad.walk:2: no page 'no-such-page'" && exited && grep -q 'exit=1' "$tmp/exit"; }
check "a broken walkthrough is refused at start with file:line, exit 1" refused
