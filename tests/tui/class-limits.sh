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
shows_in L "leading bio"
run_in A a follow bio --dir "$dir"
shows_in L "leading bio: 1 following"
tmux_ send-keys -t L 4 Enter
shows_in A "Page 4 of"
tmux_ send-keys -t A F
shows_in A "following paused"
tmux_ send-keys -t A Right
check "a paused follower cannot read past the class (--no-ahead)" shows_in A "The class has not reached that page yet."
tmux_ send-keys -t A Left
check "but may look back" shows_in A "Page 3 of"
tmux_ send-keys -t A c
check "the contents mark later pages locked" poll_until $wait_s has_re A " 5\. Into the blood +locked"
tmux_ send-keys -t A j j Enter
check "and a locked page does not open from them" shows_in A "The class has not reached that page yet."
tmux_ send-keys -t A Escape
shows_in A "Page 3 of"
tmux_ send-keys -t A '&' 'Cristofanilli' Enter
check "a search of every page leaves out pages the class has not reached" shows_in A "Not found in any page: Cristofanilli"
tmux_ send-keys -t A '&' 'anoikis' Enter
check "but finds the pages it has" poll_until $wait_s has_re A "Matches for .anoikis. in [1-9]"
tmux_ send-keys -t A q
tmux_ send-keys -t A F
check "and rejoins on the class's page" shows_in A "Page 4 of"
# The leader answers page 4's last quiz; the follower sees it revealed.
tmux_ send-keys -t L G
shows_in L "(END)"
select_until L BTab ": Q to vote; A-"
tmux_ send-keys -t L Enter
# Either verdict, in one wait (two waits in a row made a wrong answer
# sit out the first one's deadline).
check "the leader's answer shows on the leader's screen" poll_until $wait_s has_re L "Correct:|Not quite:"
check "the follower sees the quiz revealed" shows_in A "Correct:"
