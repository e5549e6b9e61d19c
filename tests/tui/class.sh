#!/bin/sh
# class.sh — a leader and two followers, each in its own tmux session: the
# leader sees how many follow; it moves pages, opens a simulation and runs
# it, and both followers' screens show the same; one follower breaks away
# (F), reads elsewhere, and rejoins; when the leader quits the followers
# say so and carry on alone.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 11
dir="$tmp/classes"
run_in() { # run_in SESSION STATE ARGS...: cascade in a new 80x24 session
	name=$1 state=$2; shift 2
	tmux_ -f /dev/null new-session -d -s "$name" -x 80 -y 24 \
		"env TERM=xterm-256color LC_ALL=C.UTF-8 XDG_STATE_HOME='$tmp/$state' $(printf "'%s' " "$CASCADE" "$@"); sleep 30"
}
screen_of() { tmux_ capture-pane -p -t "$1"; }
shows_in() { # shows_in SESSION TEXT (waits up to 5 s)
	i=0
	while [ $i -lt 50 ]; do
		screen_of "$1" | grep -qF -- "$2" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
run_in L lead lead bio101 --dir "$dir"
shows_in L "leading bio101" || sleep 1
run_in A a follow bio101 --dir "$dir"
run_in B b follow bio101 --dir "$dir"
check "the leader sees two followers" shows_in L "leading bio101: 2 following"
tmux_ send-keys -t L 6 Enter
check "follower A moves to the leader's page" shows_in A "Page 6 of"
check "follower B too" shows_in B "Page 6 of"
# The leader opens the page's first simulation, sets platelets and runs.
i=0
while [ $i -lt 60 ] && ! screen_of L | tail -n 1 | grep -q " Simulation: circulation"; do
	tmux_ send-keys -t L Tab
	sleep 0.05
	i=$((i + 1))
done
tmux_ send-keys -t L Enter
shows_in L "Explorer: " || true
tmux_ send-keys -t L Down = 0.7 Enter r
check "the leader's run is shown" shows_in L "cascade sim circulation platelets=0.7 --seed 1"
check "follower A shows the same simulation and run" shows_in A "cascade sim circulation platelets=0.7 --seed 1"
check "follower B too" shows_in B "cascade sim circulation platelets=0.7 --seed 1"
# B breaks away, looks back at page 2, and rejoins.
tmux_ send-keys -t B F
check "F pauses following" shows_in B "following paused"
tmux_ send-keys -t B q 2 Enter
check "a paused follower reads where it likes" shows_in B "Page 2 of"
tmux_ send-keys -t B F
check "F again rejoins the class where it is" shows_in B "cascade sim circulation platelets=0.7 --seed 1"
tmux_ send-keys -t L q q
check "when the leader quits, followers say so" shows_in A "The instructor has left"
tmux_ send-keys -t A j
check "and carry on alone" shows_in A "class over"
