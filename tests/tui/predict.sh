#!/bin/sh
# predict.sh — predict, then run: a walkthrough stop that opens a
# simulation without "run" shows the parameters and the axes but hides the
# outcome (the series past their start, and the summary) until the
# instructor presses r; a class following the instructor is shown the same,
# and sees the outcome when the instructor runs it.  A stop may pin its
# run as a baseline, and followers see the same pinned run.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 10
dir="$tmp/classes"
mkdir -p "$dir"
cat > "$tmp/predict.walk" <<'END'
walkthrough 1
stop in-the-blood
  sim circulation platelets=0.8 seed=1
  note: Ask the class what platelets will do before pressing r.
stop in-the-blood
  sim circulation platelets=0.8 seed=1 pin run
  note: Here is normal; now take the NK cells away.
END
run_in L lead --walkthrough "$tmp/predict.walk" lead bio101 --dir "$dir"
check "a stop without 'run' asks for a prediction" shows_in L "Predict first: what will happen?"
check "and shows the simulation's settings" shows_in L "cascade sim circulation platelets=0.8 --seed 1"
run_in A a follow bio101 --dir "$dir"
check "a follower is asked to predict too" shows_in A "Predict first: what will happen?"
tmux_ send-keys -t L r
check "r shows the outcome" shows_in L "After 240 min"
check "and so does the follower's screen" shows_in A "After 240 min"
check "the prediction line is gone" poll_until $wait_s sh -c "! tmux -S '$sock' capture-pane -p -t L | grep -q 'Predict first'"
tmux_ send-keys -t L '}'
check "a stop with 'pin' pins its run as a baseline" shows_in L "Pinned (drawn dim)"
tmux_ send-keys -t L Down Down Left
check "so a change is drawn against it" shows_in L "pinned: nk=1"
check "the follower's chart has the same pinned run" shows_in A "pinned: nk=1"
tmux_ send-keys -t L U
check "and loses it when the instructor unpins" poll_until $wait_s sh -c "! tmux -S '$sock' capture-pane -p -t A | grep -q 'pinned: nk'"
