#!/bin/sh
# terminals.sh — small sizes degrade and recover; TERM=dumb and a pipe
# print plain text; NO_COLOR sends no colour escapes; LANG=C is ASCII.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 11
start 40 12
check "40x12 still shows the page and a short status" shows "1/11"
check "40x12 lays text out at 40 columns" test "$(screen | wc -L)" -le 40
resize 20 6
check "20x6 still draws" shows "1/11"
resize 15 4
check "15x4 shows the too-small notice" shows "Too small"
resize 80 24
check "80x24 recovers after being too small" shows "Page 1 of"
keys q
exited

# NO_COLOR: attributes but no colour.
START_ENV=NO_COLOR=1 start 80 24
# Wait for the attributes first: the check for colour is only worth
# something once the page is drawn.
attributes() { tmux_ capture-pane -e -p -t t | grep -q "$(printf '\033')\\[[0-9;]*[147]m"; }
if poll_until $wait_s attributes; then
	has_attributes=yes
else
	has_attributes=no
fi
if tmux_ capture-pane -e -p -t t | grep -q "$(printf '\033')\\[[0-9;]*3[0-7]m\|;3[0-7]m\|;3[0-7];"; then
	not_ok "NO_COLOR=1 gives no colour escape sequences"
else
	ok "NO_COLOR=1 gives no colour escape sequences"
fi
check "NO_COLOR keeps bold/underline/reverse" test $has_attributes = yes

# TERM=dumb in a terminal, and a pipe: plain text and a hint on stderr.
TERM=dumb "$CASCADE" > "$tmp/dumb.out" 2> "$tmp/dumb.err" < /dev/null
check "TERM=dumb prints the first page as text" grep -q "How to use cascade" "$tmp/dumb.out"
check "and says how to page it" grep -q "less" "$tmp/dumb.err"
TERM=no-such-terminal script -qec "'$CASCADE'" /dev/null > "$tmp/unknown.out" 2>&1 < /dev/null
check "an unknown TERM on a terminal prints plain text too" grep -q "How to use cascade" "$tmp/unknown.out"
LC_ALL=C "$CASCADE" show 6 > "$tmp/c.out"
check "LC_ALL=C output is pure ASCII" sh -c "! LC_ALL=C grep -q '[^ -~]' '$tmp/c.out'"
