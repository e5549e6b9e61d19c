#!/bin/sh
# notes.sh — `cascade notes CLASS` in a second terminal: for each stop of
# the leader's walkthrough, the stop's number and place, its notes and
# where the next stop goes; notes opened first wait for the class, and
# go on when the instructor restarts it; a class led without a
# walkthrough says so instead of leaving the screen blank.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 7
dir="$tmp/classes"
mkdir -p "$dir"
# notes_say FILE TEXT: FILE gets a line with TEXT within 5 s.
notes_say() {
	i=0
	while [ $i -lt 50 ]; do
		grep -qF -- "$2" "$1" 2>/dev/null && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
# Notes opened before the class wait for it.
"$CASCADE" notes bio101 --dir "$dir" > "$tmp/notes" 2>&1 &
notes_pid=$!
check "notes opened before the class wait for it" \
	notes_say "$tmp/notes" "== waiting for class bio101 to start (Ctrl-C stops)"
run_in L lead --walkthrough "$top_srcdir/examples/intro-lecture.walk" lead bio101 --dir "$dir"
shows_in L "leading bio101" || true
check "the notes client shows the stop's number and place" notes_say "$tmp/notes" "Stop 1 of 6: The metastatic cascade at a glance"
check "the stop's own notes" notes_say "$tmp/notes" "Ask the class to name the steps"
check "and where the next stop goes" notes_say "$tmp/notes" "Next: The metastatic cascade at a glance"
tmux_ send-keys -t L '}'
check "} moves the notes to stop 2" notes_say "$tmp/notes" "Stop 2 of 6:"
# The instructor quits and starts again: the same notes terminal goes on.
tmux_ send-keys -t L q
notes_say "$tmp/notes" "leader left" || true
run_in L2 lead --walkthrough "$top_srcdir/examples/intro-lecture.walk" lead bio101 --dir "$dir"
twice() { [ "$(grep -c "Stop 1 of 6:" "$tmp/notes")" -ge 2 ]; }
check "after the instructor restarts the class, the notes go on" poll_until $wait_s twice
kill $notes_pid 2>/dev/null
tmux_ send-keys -t L2 q
run_in M plain lead bio102 --dir "$dir"
shows_in M "leading bio102" || true
"$CASCADE" notes bio102 --dir "$dir" > "$tmp/notes2" 2>&1 &
notes_pid=$!
check "without a walkthrough the notes say there is none" notes_say "$tmp/notes2" "No walkthrough"
kill $notes_pid 2>/dev/null
