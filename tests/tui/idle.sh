#!/bin/sh
# idle.sh — a session left open costs nothing: while no key is pressed,
# cascade's CPU time (utime + stime in /proc) does not move.
. "$top_srcdir/tests/lib.sh"
[ -r /proc/self/stat ] || skip_all "no /proc"
. "$top_srcdir/tests/tui/tmux.sh"
plan 2
start 80 24 --page 6
shell=$(tmux_ display-message -p -t t '#{pane_pid}')
pid=$(pgrep -P "$shell" -f cascade | head -n 1)
check "cascade is running in the pane" test -n "$pid"
cpu() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
sleep 0.5
before=$(cpu)
sleep 3
after=$(cpu)
check "no CPU used in 3 s of idling (ticks $before -> $after)" test "$after" -le $((before + 1))
