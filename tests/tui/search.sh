#!/bin/sh
# search.sh — at 80x24: '/' finds and highlights matches with "match k of
# n", n and N move between them (wrapping), a bad pattern is reported with
# its place and leaves the view alone, a catastrophic pattern is stopped,
# and '&' searches every page, listing them, with Enter opening one.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 11
start 80 24 --page in-the-blood
keys / platelet Enter
check "/platelet finds the first match" shows_re "match 1 of [0-9]+"
top_line_matches() { screen | head -n 1 | grep -qi platelet; }
check "the match is on the top line" poll_until $wait_s top_line_matches
esc=$(printf '\033')
reversed_match() { tmux_ capture-pane -e -p -t t | grep -qE "${esc}\[[0-9;]*7m(${esc}\[[0-9;]*m)*[Pp]latelet"; }
check "matches are highlighted (reverse video)" poll_until $wait_s reversed_match
keys n
check "n goes to the next match" shows_re "match 2 of [0-9]+"
keys N N
check "N before the first wraps to the end" shows_re "match ([0-9]+) of \\1 \\(wrapped to the end\\)"
before=$(screen | head -n 23)
keys / 'cells (in' Enter
check "a bad pattern is reported with where it went wrong" shows "Bad pattern at character 10: missing closing parenthesis"
same_view() { [ "$(screen | head -n 23)" = "$before" ]; }
check "and the view is unchanged" poll_until $wait_s same_view
keys : 1 Enter
keys '&' 'E-cadherin' Enter
check "& lists every page with matches" shows_re 'Matches for "E-cadherin" in [0-9]+ pages'
check "with a count and a line of context" shows_re "Letting go: [0-9]+ matches"
keys Enter
check "Enter opens the page at its first match" shows_re "match 1 of [0-9]+ .*Page 3 of"
keys q

start 80 24 --content "$top_srcdir/tests/tui/course" --page long
keys / '(a+)+$' Enter
check "a catastrophic pattern is stopped and reported" shows "pattern too complex"
