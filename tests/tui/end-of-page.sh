#!/bin/sh
# end-of-page.sh — at 80x24: the status line says where the reader is, as
# less does ((TOP), a percentage, (END)); at the end it says how to go on
# and to which page; Space there goes on to the next page (a second
# press, as in info), and with --space-stays it stays, as in less.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 9
start 80 24 --page 5
check "a page opens at (TOP)" shows "(TOP)  Page 5 of"
keys Space
check "a screen down, the status line shows how far, in percent" shows_re "[0-9]+%  Page 5 of"
keys G
check "at the end it says (END)" shows "(END)  Page 5 of"
check "and how to go on, naming the next page" shows "] or Space: next page — In the blood"
keys Space
check "Space at the end opens the next page" shows "(TOP)  Page 6 of"
keys 1 1 Enter G
check "the last page says the course ends there" shows "End of the course."
keys q
exited
start 80 24 --page 5 --space-stays
keys G
check "--space-stays: the hint names ] only" shows "]: next page — In the blood"
keys Space h
# h shows help only after Space was read: then the page must be the same.
shows "next lesson page"
keys q
check "and Space at the end stays on the page" shows "(END)  Page 5 of"
keys q
exited
# The same from the settings file, for less purists.
mkdir -p "$tmp/cfg/cascade"
echo "end-of-page = stay" > "$tmp/cfg/cascade/config"
START_ENV="XDG_CONFIG_HOME=$tmp/cfg" start 80 24 --page 5
keys G
check "end-of-page = stay in the settings does the same" shows "]: next page — In the blood"
