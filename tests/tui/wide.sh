#!/bin/sh
# wide.sh — on a 200-column terminal the text keeps a readable measure of
# 100 columns, centred (or at the left with --measure-left); below 160
# columns it takes the whole width.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 4
# first_col TEXT: the column where TEXT starts on the screen.
first_col() { screen | grep -m1 -F -- "$1" | sed 's/[^ ].*//' | wc -c; }
start 200 30 --page 6
shows "Learning objectives"
check "at 200 columns the text is centred (starts at column 51)" test "$(first_col 'In the blood')" -eq 51
check "and no line of it is wider than 100 columns" sh -c "[ \$(tmux -S '$sock' capture-pane -p -t t | head -n 29 | sed 's/^ *//' | wc -L) -le 100 ]"
keys q
start 200 30 --page 6 --measure-left
shows "Learning objectives"
check "--measure-left keeps it at the left" test "$(first_col 'In the blood')" -eq 1
keys q
start 120 30 --page 6
shows "Learning objectives"
check "at 120 columns the text starts at the left edge" test "$(first_col 'In the blood')" -eq 1
