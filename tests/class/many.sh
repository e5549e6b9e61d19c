#!/bin/sh
# many.sh — a leader keeps working with 200 followers: 200 headless
# followers join, every one of them prints the last of several states,
# and when the leader is killed (as in a crash) every one says "leader
# left" and ends cleanly.
. "$top_srcdir/tests/lib.sh"
scratch
. "$top_srcdir/tests/class/lib.sh"
n=200
# Two descriptors a follower in the leader, a few more for the shell.
want_fds=$((n + 64))
[ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $want_fds ] &&
	ulimit -n $want_fds 2>/dev/null
[ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -ge $want_fds ] ||
	skip_all "needs $want_fds open files, and the hard limit is $(ulimit -Hn)"
plan 7

start_leader big
i=0
pids=
while [ $i -lt $n ]; do
	"$headless" follow big "$classdir" > "$tmp/f$i" 2> "$tmp/f$i.err" &
	pids="$pids $!"
	i=$((i + 1))
done
check "$n followers join" joined follower $n 60000

for s in 100000 200000 300000; do
	ask "state page=in-the-blood scroll=$s sim=organs seed=$s run=1" '^published' > /dev/null
done
last='state 3 page=in-the-blood scroll=300000 sim=organs seed=300000 run=1'
all_got_it() {
	got=$(grep -lx "$last" "$tmp"/f[0-9]* 2>/dev/null | grep -vc '\.err$')
	[ "$got" -ge $n ]
}
if poll_until 30 all_got_it; then ok "every follower printed the last state"
else not_ok "every follower printed the last state (only $got of $n)"; fi
check "the leader still answers" test "$(ask count '^followers')" = "followers $n notes 0"

kill -9 "$leader_pid"
exec 3>&-
wait "$leader_pid" 2>/dev/null
bad=0
for p in $pids; do
	wait "$p" || bad=$((bad + 1))
done
if [ $bad -eq 0 ]; then ok "every follower ends cleanly when the leader is killed"
else not_ok "every follower ends cleanly when the leader is killed ($bad did not)"; fi
left=0
i=0
while [ $i -lt $n ]; do
	[ "$(last_line "$tmp/f$i")" = "leader left" ] && left=$((left + 1))
	i=$((i + 1))
done
if [ $left -eq $n ]; then ok "every follower printed 'leader left'"
else not_ok "every follower printed 'leader left' (only $left of $n)"; fi
check "no follower wrote an error" test -z "$(cat "$tmp"/f*.err)"
joined=$(grep -c ' joined$' "$tmp/leader.err")
dropped=$(grep -c '^log: dropped' "$tmp/leader.err")
if [ "$joined" -eq $n ] && [ "$dropped" -eq 0 ]; then ok "the leader logged $n joins and no drops"
else not_ok "the leader logged $n joins and no drops ($joined joins, $dropped drops)"; fi
