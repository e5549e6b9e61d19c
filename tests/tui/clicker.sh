#!/bin/sh
# clicker.sh — a class votes on a quiz, each screen compared whole with
# its golden: at a walkthrough stop that selects a quiz the leader puts it
# to the vote (Q), two followers are asked and answer with a letter, the
# leader's bars count them without a name, a follower cannot answer
# twice, w appends the counts to CLASS-votes.csv (mode 0600), r shows
# every follower the right answer and its explanation, and q takes the
# vote down.  Q elsewhere quits as q does.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
golden="$top_srcdir/tests/tui/golden/clicker"
plan 28
dir="$tmp/classes"
# The lecture's second stop selects the page's first quiz, ready for Q.
cat > "$tmp/vote.walk" <<'WALK'
walkthrough 1
stop into-the-blood
stop in-the-blood
  quiz 1
  note: Q puts it to the vote.
WALK
run_in L lead lead bio101 --dir "$dir" --walkthrough "$tmp/vote.walk"
shows_in L "leading bio101"
run_in A a follow bio101 --dir "$dir"
run_in B b follow bio101 --dir "$dir"
shows_in L "leading bio101: 2 following"
tmux_ send-keys -t L Q
check "Q without a quiz selected says how to choose one" \
	shows_in L "Select a quiz first (z), then Q puts it to the class's vote."
tmux_ send-keys -t L '}'
check "a walkthrough stop can select a quiz" poll_until $wait_s status_has L "Quiz 1:"
shows_in A "Page 6 of"
tmux_ send-keys -t L Q
check "Q on a quiz opens the vote" shows_in L "0 of 2 answered.  Voting is open."
compare leader-open L
check "a follower is asked to vote" shows_in A "Vote on quiz 1: press A-C (anonymous)."
compare follower-open A
top_line=$(screen_of A | head -n 1)
tmux_ send-keys -t A b
check "a letter answers" shows_in A "Your answer B is in (anonymous)."
check "and does not move the page (b would page back)" test "$(screen_of A | head -n 1)" = "$top_line"
tmux_ send-keys -t B C
check "the leader counts both answers" shows_in L "2 of 2 answered.  Voting is open."
compare leader-answered L
# A second letter from A is a key again, not a second answer.
tmux_ send-keys -t A a
check "the follower's status says what was answered" poll_until $wait_s status_has A "you answered B"
check "a follower cannot answer twice: the count stays" shows_in L "2 of 2 answered"
tmux_ send-keys -t L w
check "w saves the counts" shows_in L "Added 3 rows to bio101-votes.csv."
csv="$tmp/bio101-votes.csv"
check "the CSV is for the instructor alone (mode 0600)" test "$(stat -c %a "$csv")" = 600
cut -d, -f2- "$csv" > "$tmp/csv.rows"
cat > "$tmp/csv.want" <<'CSV'
class,page,quiz,round,question,option,text,right,count,answered,following
bio101,in-the-blood,1,1,"What happened to the platelets' protection when NK cells were removed?",A,"It became stronger.",,0,2,2
bio101,in-the-blood,1,1,"What happened to the platelets' protection when NK cells were removed?",B,"It stayed exactly the same.",,1,2,2
bio101,in-the-blood,1,1,"What happened to the platelets' protection when NK cells were removed?",C,"It disappeared.",,1,2,2
CSV
if cmp -s "$tmp/csv.want" "$tmp/csv.rows"; then ok "the CSV holds one row per option, counts only"
else not_ok "the CSV holds one row per option, counts only"; diff "$tmp/csv.want" "$tmp/csv.rows" | sed 's/^/# /'; fi
check "its first column is the time in UTC" \
	grep -qE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z,bio101,' "$csv"
# B reads on its own, a page back, when the answer is shown.
tmux_ send-keys -t B F
shows_in B "following paused"
tmux_ send-keys -t B '['
shows_in B "Page 5 of"
tmux_ send-keys -t L r
check "r reveals the answer to the instructor" shows_in L "Right answer: C.  2 of 2 answered."
compare leader-revealed L
check "a follower who answered is told the answer and their own" \
	shows_in A "The answer is C; you answered B."
compare follower-revealed A
check "a follower reading elsewhere is told the vote's answer, not its page's" \
	shows_in B "The answer is C; you answered C."
tmux_ send-keys -t B F
tmux_ send-keys -t L q
check "q takes the vote down" shows_in A "following bio101"
# Q from a follower quits, as q does: it asks first.
shows_in B "following bio101"
tmux_ send-keys -t B Q
if shows_in B "Leave the class? y or q leaves"; then ok "a follower's Q asks before leaving, as q does"
else not_ok "a follower's Q asks before leaving, as q does"; screen_of B | sed 's/^/# /'; fi
tmux_ send-keys -t B n
tmux_ send-keys -t L q
