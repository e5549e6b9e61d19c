#!/bin/sh
# class.sh — a leader and two followers, each in its own tmux session: a
# follower who comes first waits for the class; the leader sees how many
# follow; it moves pages, opens a simulation and runs
# it, and both followers' screens show the same; a follower who turns the
# page pauses following and is told; one follower breaks away
# (F), reads elsewhere, and rejoins; the leader's q asks before ending
# the class for everyone; when the leader quits the followers
# say so and wait for the class to start again; a restarted class gets
# its followers back, and F on an ended class stops waiting.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 25
dir="$tmp/classes"
# A student who comes before the instructor (the class directory not
# even made yet) waits for the class, and joins when it starts.
run_in A a follow bio101 --dir "$dir"
check "a student who comes first waits for the instructor" \
	shows_in A "waiting for the instructor"
run_in L lead lead bio101 --dir "$dir"
shows_in L "leading bio101"
run_in B b follow bio101 --dir "$dir"
check "the leader sees two followers, the early one among them" \
	shows_in L "leading bio101: 2 following"
tmux_ send-keys -t L 6 Enter
check "follower A moves to the leader's page" shows_in A "Page 6 of"
check "follower B too" shows_in B "Page 6 of"
# A follower who goes to another page is reading on their own: told so,
# and counted so, not pulled back unwarned at the instructor's next key.
tmux_ send-keys -t A ']'
check "a follower who turns the page pauses following, and is told" \
	shows_in A "Reading on your own: following paused (F rejoins the class)."
check "the leader counts them on their own" shows_in L "leading bio101: 1 following, 1 on their own"
tmux_ send-keys -t A F
check "F brings them back to the class's page" shows_in A "Page 6 of"
shows_in L "leading bio101: 2 following "
# The leader opens the page's first simulation, sets platelets and runs.
select_until L Tab " Simulation: circulation"
tmux_ send-keys -t L Enter
shows_in L "P pin  U unpin"
tmux_ send-keys -t L Down = 0.7 Enter r
check "the leader's run is shown" shows_in L "cascade sim circulation platelets=0.7 --seed 1"
check "follower A shows the same simulation and run" shows_in A "cascade sim circulation platelets=0.7 --seed 1"
check "follower B too" shows_in B "cascade sim circulation platelets=0.7 --seed 1"
check "with the instructor's parameter selected" shows_in A "> platelets = 0.7"
# B breaks away, looks back at page 2, and rejoins.
tmux_ send-keys -t B F
check "F pauses following" shows_in B "following paused"
check "the leader counts who reads on their own" shows_in L "leading bio101: 1 following, 1 on their own"
tmux_ send-keys -t B q 2 Enter
check "a paused follower reads where it likes" shows_in B "Page 2 of"
tmux_ send-keys -t B F
check "F again rejoins the class where it is" shows_in B "cascade sim circulation platelets=0.7 --seed 1"
check "and the count follows" shows_in L "leading bio101: 2 following "
tmux_ send-keys -t L q q
check "the leader's q asks before ending the class for everyone" \
	shows_in L "End the class for 2 followers? y or q ends it; any other key goes on."
tmux_ send-keys -t L n
check "any other key goes on with the class" shows_in L "The class goes on."
tmux_ send-keys -t L q y
check "when the leader quits, followers say so" shows_in A "The instructor has left"
tmux_ send-keys -t A j
check "and carry on alone, waiting for the class to start again" shows_in A "waiting for the instructor"
# The instructor starts the class again: the followers are back, unasked.
tmux_ kill-session -t L
run_in L lead lead bio101 --dir "$dir"
check "a restarted class gets its followers back" shows_in L "leading bio101: 2 following"
check "and a follower says it is back" shows_in A "following bio101"
tmux_ send-keys -t L q y
shows_in B "waiting for the instructor"
# A must have seen the class end too, or its old "following" line would
# pass for the restarted class below.
shows_in A "waiting for the instructor"
tmux_ send-keys -t B F
check "F on an ended class stops waiting and says so" shows_in B "Stopped waiting for class bio101; you are on your own"
# A student's q asks before leaving the class.
tmux_ kill-session -t L
run_in L lead lead bio101 --dir "$dir"
shows_in A "following bio101"
tmux_ send-keys -t A q
check "q in a follower asks before leaving the class" shows_in A "Leave the class? y or q leaves"
tmux_ send-keys -t A n
check "any other key stays in the class" shows_in A "Still following the class."
