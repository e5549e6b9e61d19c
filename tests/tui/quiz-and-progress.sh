#!/bin/sh
# quiz-and-progress.sh — answer a quiz wrongly, then rightly: the verdict
# and explanations appear at once; restart: the contents show the score
# (the first answer counts) and cascade opens where the reader left off;
# a SIGHUP (a dropped SSH link) also keeps the place; a page turned to is
# on disk a moment later, while cascade runs.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 19
start 80 24 --page surviving-without-an-anchor
keys G
wait_for "(END)"
# Shift-Tab up to the last quiz's last option.
select_until t BTab ": Enter answers"
check "Shift-Tab reaches a quiz option" shows ": Enter answers"
# The right letter, from the answer key of the plain printout.
key=$("$CASCADE" show surviving-without-an-anchor | sed -n 's/^ *Quiz \([0-9]*\): \([A-Z]\)).*/\1 \2/p' | tail -n 1)
right=${key#* }
wrong=A
[ "$right" = A ] && wrong=B
keys "$wrong"
check "a wrong answer says so at once" shows "Not quite: you chose $wrong; the answer is $right."
check "and shows the explanations" shows "$right: "
# Saved once the verdict is drawn, not only when cascade ends.
check "the answer is on disk while cascade runs" poll_until $wait_s \
	grep -q "^quiz surviving-without-an-anchor [0-9]* $wrong wrong " "$tmp/state/cascade/progress"
# After an answer the quiz lets go: paging keys page, c opens the contents.
keys b
check "then b pages up instead of answering B" wait_gone "(END)"
# differs FILE: the screen is not the one saved in FILE.
differs() { ! screen | cmp -s - "$1"; }
screen > "$tmp/after-b"
keys d
check "d pages down instead of answering D" poll_until $wait_s differs "$tmp/after-b"
keys c
check "c opens the contents" shows "Contents"
keys Escape
check "and the stored answer is unchanged" shows "Not quite: you chose $wrong; the answer is $right."
select_until t BTab ": Enter answers"
keys "$right"
check "trying again with the right letter" shows "Correct: $right."
check "says the first answer is the one scored" shows "your first answer is the one scored"
# z goes on from the quiz just answered (the page's last), not back to it.
keys z
check "after an answer z goes on from that quiz" shows "No more quizzes below."
keys g
wait_for "(TOP)"
keys 5 Enter
wait_for "Page 5 of"
keys j j j
wait_gone "(TOP)"
keys q
exited

start 80 24
check "a restart resumes on the page last read" shows "Page 5 of"
check "at the place it was left" wait_gone "(TOP)"
keys c
check "the contents mark a page only opened as opened" shows_re " 5\\. Into the blood +opened"
check "and show the quiz score (wrong first answer)" shows_re " 4\\. Surviving without an anchor +read +quiz 0/[0-9]+"
check "with the quizzes not answered yet counted apart" shows_re " 4\\. Surviving without an anchor +read +quiz 0/[0-9]+ \\([0-9]+ to do\\)"
keys Escape 3 Enter
wait_for "Page 3 of"
keys d
wait_gone "(TOP)"
# Only this test's cascade: the child of its tmux pane's shell.
shell=$(tmux_ display-message -p -t t '#{pane_pid}')
kill -HUP $(pgrep -P "$shell" -f cascade)
check_exit() { exited && grep -q 'exit=129' "$tmp/exit"; }
check "SIGHUP ends cascade cleanly (status 128+1)" check_exit
start 80 24
check "after SIGHUP the place was saved" shows "Page 3 of"
# Two quick turns: saved together a second later (a checkpoint waits for
# more), while cascade is still open.
keys ] ]
wait_for "Page 5 of"
check "a page turned to is on disk while cascade runs" poll_until $wait_s \
	grep -q "^last into-the-blood " "$tmp/state/cascade/progress"
keys q
exited
