#!/bin/sh
# hostile.sh — peers that break the protocol are dropped, each with a log
# line saying why, while two good followers keep receiving every state;
# a silent or half-said hello is dropped after 2 s; a follower that takes
# nothing is kept without stalling anyone; a flood of silent connections
# passes.  Then the other way round: a fake leader sending garbage,
# oversized, truncated, foreign-version, out-of-order or forbidden frames
# is dropped by the follower, which says why and never crashes.
. "$top_srcdir/tests/lib.sh"
scratch
. "$top_srcdir/tests/class/lib.sh"
modes="random oversized hugehello truncated twohellos latehello state silent badversion garbled notesrole empty"
plan 40

start_leader lab
"$headless" follow lab "$classdir" > "$tmp/good1" 2>&1 & g1=$!
"$headless" follow lab "$classdir" > "$tmp/good2" 2>&1 & g2=$!
check "two good followers join" joined follower 2
ask "state page=letting-go scroll=0" '^published' > /dev/null

sock=$classdir/lab.sock
hpids=
for m in $modes; do
	"$hostile" peer "$sock" "$m" > "$tmp/h.$m" 2>&1 &
	hpids="$hpids $!"
done
"$hostile" peer "$sock" flood 50 > "$tmp/h.flood" 2>&1 & hpids="$hpids $!"
"$hostile" peer "$sock" slow 3000 > "$tmp/h.slow" 2>&1 & hpids="$hpids $!"
# Keep publishing while they misbehave.
s=2
while [ $s -le 40 ]; do
	ask "state page=letting-go scroll=$((s * 1000))" '^published' > /dev/null
	sleep 0.05
	s=$((s + 1))
done
for p in $hpids; do wait "$p"; done

for m in $modes; do
	check "a peer sending '$m' is dropped" grep -q "^$m: dropped after" "$tmp/h.$m"
done
for m in silent truncated; do
	ms=$(sed -n "s/^$m: dropped after \([0-9]*\) ms$/\1/p" "$tmp/h.$m")
	check "'$m' is dropped 2 s after connecting (${ms:-?} ms)" \
		test "${ms:-0}" -ge 1900 -a "${ms:-0}" -le 4500
done
check "a flood of 50 silent connections is dropped" grep -qx 'flood: 50 of 50 dropped' "$tmp/h.flood"
check "a follower that reads nothing for 3 s is kept" grep -q '^slow: connected' "$tmp/h.slow"

log=$tmp/leader.err
expect_log() { # DESCRIPTION REGEX
	if wait_for "$log" "$2"; then
		ok "logged: $1"
	else
		not_ok "logged: $1"
		grep 'dropped' "$log" | sed 's/^/# /'
	fi
}
expect_log "an oversized frame" 'dropped uid [0-9]+ \(pid [0-9]+\): bad hello: frame longer than the limit'
expect_log "a half-said hello" 'sent only part of a hello within 2 s'
expect_log "two hellos" 'sent more than a hello'
expect_log "data after the hello" 'dropped mallory \(uid [0-9]+, pid [0-9]+\): sent data after its hello'
expect_log "a state frame from a follower" 'sent something other than a hello'
expect_log "silence" 'said no hello within 2 s'
expect_log "another major version" 'bad hello: line 1: unsupported protocol version'
expect_log "control bytes" 'bad hello: line 4: a header byte is not printable ASCII'
expect_log "a notes hello on the followers' socket" "asked for notes on the followers' socket"
expect_log "an empty frame" 'bad hello: empty frame'

ans=$(ask "state page=letting-go scroll=999999" '^published')
last="state ${ans#published } page=letting-go scroll=999999"
if wait_for "$tmp/good1" "^$last\$" && wait_for "$tmp/good2" "^$last\$"; then
	ok "the good followers receive the state published after all that"
else
	not_ok "the good followers receive the state published after all that"
fi
in_order() { awk '/^state/ { if ($2 <= last) bad = 1; last = $2 } END { exit bad }' "$1"; }
if in_order "$tmp/good1" && in_order "$tmp/good2"; then
	ok "the good followers saw the states in order"
else
	not_ok "the good followers saw the states in order"
fi
check "only the good followers are left" test "$(ask count '^followers')" = "followers 2 notes 0"
stop_leader
wait $g1 $g2
check "the good followers end with 'leader left'" \
	test "$(last_line "$tmp/good1")" = "leader left" -a "$(last_line "$tmp/good2")" = "leader left"

# A fake leader: the follower drops it and says why.
fake_leader() { # MODE -> $rc (the follower's status) and files fake.MODE.*
	"$hostile" leader "$classdir/fake.sock" "$1" > "$tmp/fake.$1.leader" 2>&1 & fp=$!
	wait_for "$tmp/fake.$1.leader" '^listening'
	"$headless" follow fake "$classdir" > "$tmp/fake.$1.out" 2> "$tmp/fake.$1.err"
	rc=$?
	wait $fp
}
for m in random oversized badversion notes backwards hello garbled; do
	fake_leader $m
	if [ $rc -eq 1 ] && grep -q '^cascade: dropped the leader: ' "$tmp/fake.$m.err" &&
	   [ "$(last_line "$tmp/fake.$m.out")" = "leader left" ] && grep -qx 'peer closed' "$tmp/fake.$m.leader"; then
		ok "a leader sending '$m' is dropped with a reason"
	else
		not_ok "a leader sending '$m' is dropped with a reason ($rc)"
		sed 's/^/# /' "$tmp/fake.$m.err" "$tmp/fake.$m.out"
	fi
done
fake_leader truncated
check "a leader that stops mid-message has left" \
	sh -c "[ $rc -eq 0 ] && grep -q 'left in the middle of a message' '$tmp/fake.truncated.err'"
check "notes sent to a follower are never printed" \
	sh -c "! grep -q secret '$tmp/fake.notes.out'"
