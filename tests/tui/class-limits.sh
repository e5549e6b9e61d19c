#!/bin/sh
# class-limits.sh — a leader with --no-ahead keeps a paused follower from
# reading past the furthest page the class has reached, and a quiz the
# leader answers is revealed on the followers' screens (without touching
# their own scores).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 9
dir="$tmp/classes"
run_in L lead lead bio --no-ahead --dir "$dir"
shows_in L "leading bio" || sleep 1
run_in A a follow bio --dir "$dir"
shows_in L "leading bio: 1 following" || sleep 1
tmux_ send-keys -t L 4 Enter
shows_in A "Page 4 of" || true
tmux_ send-keys -t A F
shows_in A "following paused" || true
tmux_ send-keys -t A Right
check "a paused follower cannot read past the class (--no-ahead)" shows_in A "The class has not reached that page yet."
tmux_ send-keys -t A Left
check "but may look back" shows_in A "Page 3 of"
tmux_ send-keys -t A c
check "the contents mark later pages locked" shows_in A " 5. Into the blood"
check "...as locked" sh -c "screen_of A | grep -q ' 5\. Into the blood.*locked'"
tmux_ send-keys -t A j j Enter
check "and a locked page does not open from them" shows_in A "The class has not reached that page yet."
tmux_ send-keys -t A Esc '&' 'Cristofanilli' Enter
check "a search of every page leaves later pages out" shows_in A "Matches for \"Cristofanilli\" in 0 pages" 
tmux_ send-keys -t A F
check "and rejoins on the class's page" shows_in A "Page 4 of"
# The leader answers page 4's last quiz; the follower sees it revealed.
tmux_ send-keys -t L G
sleep 0.3
select_until L BTab "Quiz: Enter answers"
tmux_ send-keys -t L Enter
answered() { shows_in L "Correct:" || shows_in L "Not quite:"; }
check "the leader's answer shows on the leader's screen" answered
check "the follower sees the quiz revealed" shows_in A "Correct:"
