#!/bin/sh
# class-answers.sh — the instructor is told what students type; a
# leader's own quiz answers are not the class's: an
# answer the instructor gave while preparing is neither shown to the class
# nor to the leader while leading; the status line offers the vote first;
# an answer given in class is shown to every follower and leaves the
# leader's own record as it was.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 8
dir="$tmp/classes"
# While preparing, the instructor answered page 6's quizzes (C is right
# in the first).
printf 'C\nA\nA\n' | env XDG_STATE_HOME="$tmp/lead" LC_ALL=C.UTF-8 "$CASCADE" quiz 6 \
	> "$tmp/quiz.out" 2>&1
grep -q "Correct" "$tmp/quiz.out" || { not_ok "page 6's first quiz answered at the prompt"; exit 1; }
cp "$tmp/lead/cascade/progress" "$tmp/progress.before"
run_in L lead --page 6 lead bio101 --dir "$dir"
check "the instructor is told what students type" \
	poll_until $wait_s status_has L " Students join: cascade follow bio101 --dir $dir"
before=$(tmux_ capture-pane -e -p -t L)
tmux_ send-keys -t L j
poll_until $wait_s pane_changed L "$before"
check "and is still told after a key, while nobody follows" \
	status_has L " Students join: cascade follow bio101 --dir $dir"
shows_in L "leading bio101"
run_in H h follow bio101 --dir "$dir" --headless
run_in A a follow bio101 --dir "$dir"
shows_in L "leading bio101: 2 following"
tmux_ send-keys -t L z
poll_until $wait_s status_has L "Quiz 1:"
check "the leader's status line offers the vote before an answer" \
	status_has L "Quiz 1: Q to vote; A-C answers "
check "the class is told the quiz, not its answer" \
	shows_in H "quiz=1 revealed=no"
lacks_text() { ! screen_of "$1" | grep -qF -- "$2"; }
check "the leader is not shown the answer given while preparing" lacks_text L "Correct: C"
tmux_ send-keys -t L C
check "a letter answers it for the class, and says so" \
	shows_in L "Correct: the class now sees this answer."
check "every follower is shown the answer" shows_in A "Correct: C."
tmux_ send-keys -t L q y
poll_until $wait_s grep -q "^page in-the-blood" "$tmp/lead/cascade/progress"
grep "^quiz " "$tmp/progress.before" > "$tmp/quizzes.before"
grep "^quiz " "$tmp/lead/cascade/progress" > "$tmp/quizzes.after"
check "the leader's own record of quizzes is as it was" cmp -s "$tmp/quizzes.before" "$tmp/quizzes.after"
