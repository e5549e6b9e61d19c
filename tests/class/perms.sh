#!/bin/sh
# perms.sh — who may join is decided by the socket file's permissions and
# checked again with the peer's credentials: another uid cannot join a
# class with mode 0600 or one for a group it is not in; it can join one
# for its primary group or a supplementary group; if the file's mode is
# opened by hand the leader still refuses it; notes are for the leader's
# own uid only.  Needs root, to act as nobody (uid 65534) with setpriv.
. "$top_srcdir/tests/lib.sh"
[ "$(id -u)" = 0 ] || skip_all "needs root to act as a second user"
command -v setpriv > /dev/null || skip_all "needs setpriv (util-linux)"
scratch
chmod 755 "$tmp"
. "$top_srcdir/tests/class/lib.sh"
as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
as_nobody_in() { g=$1; shift; setpriv --reuid=65534 --regid=65534 --groups="$g" "$@"; }
as_nobody "$headless" 2> /dev/null
[ $? -eq 2 ] || skip_all "nobody cannot run the test programs in this build tree"
getent group users > /dev/null || skip_all "needs a group 'users'"
users_gid=$(getent group users | cut -d: -f3)
nogroup=$(getent group 65534 | cut -d: -f1)
[ -n "$nogroup" ] || skip_all "needs a group with gid 65534"
plan 10

# follow_as WHO... : runs the headless follower for class c1 as WHO, with
# a state published once it has joined or been turned away; sets $rc,
# output in $tmp/out, errors in $tmp/err.
follow_as() {
	rm -f "$tmp/rc"
	("$@" "$headless" follow c1 "$classdir" > "$tmp/out" 2> "$tmp/err"; echo $? > "$tmp/rc") &
	fpid=$!
	poll_until 10 joined_or_gone
	ask "state page=p scroll=$(date +%N | cut -c1-5)" '^published' > /dev/null
	[ -s "$tmp/rc" ] || wait_for "$tmp/out" '^state '
	stop_leader
	wait $fpid
	rc=$(cat "$tmp/rc")
}
# The leader logged the join, or the follower has ended (refused).
joined_or_gone() { grep -q ' joined$' "$tmp/leader.err" || [ -s "$tmp/rc" ]; }

start_leader c1 --no-group
follow_as as_nobody
if [ $rc -eq 1 ] && grep -q "not allowed to join class 'c1': only its instructor may" "$tmp/err"; then
	ok "a class with mode 0600 refuses another uid"
else
	not_ok "a class with mode 0600 refuses another uid ($rc)"; sed 's/^/# /' "$tmp/err"
fi

start_leader c1 --group "$nogroup"
check "the socket belongs to the class's group, mode 0660" \
	test "$(stat -c '%G %a' "$classdir/c1.sock")" = "$nogroup 660"
follow_as as_nobody
check "a member of the class's group (its primary group) joins" grep -q '^state 1 page=p ' "$tmp/out"
check "the leader logs who joined" grep -Eq '^log: nobody \(uid 65534, pid [0-9]+\) joined$' \
	"$tmp/leader.err"

start_leader c1 --group users
follow_as as_nobody_in "$users_gid"
check "a member by a supplementary group joins" grep -q '^state 1 page=p ' "$tmp/out"

start_leader c1 --group users
follow_as as_nobody
if [ $rc -eq 1 ] && grep -q "it admits group users, and you are not in it" "$tmp/err"; then
	ok "someone outside the class's group cannot open the socket"
else
	not_ok "someone outside the class's group cannot open the socket ($rc)"; sed 's/^/# /' "$tmp/err"
fi

# The file's mode opened by hand: the credentials still decide.
start_leader c1 --group users
chmod 666 "$classdir/c1.sock"
follow_as as_nobody
if ! grep -q '^state' "$tmp/out" && grep -q 'refused uid 65534 (pid [0-9]*): not in the class.s group' \
	"$tmp/leader.err"; then
	ok "the leader refuses a peer outside the group even when the file lets it in"
else
	not_ok "the leader refuses a peer outside the group even when the file lets it in"
	sed 's/^/# /' "$tmp/out" "$tmp/leader.err"
fi

# Notes: the instructor's own uid only, by mode and by credentials.
start_leader c1 --group "$nogroup"
as_nobody "$headless" notes c1 "$classdir" > "$tmp/out" 2> "$tmp/err"
rc=$?
check "another uid cannot open the notes socket" \
	sh -c "[ $rc -eq 1 ] && grep -q 'only its instructor may' '$tmp/err'"
chmod 666 "$classdir/c1.notes.sock"
as_nobody "$headless" notes c1 "$classdir" > "$tmp/out" 2> "$tmp/err" & npid=$!
check "the leader refuses notes to another uid even when the file lets it in" \
	wait_for "$tmp/leader.err" 'refused uid 65534 \(pid [0-9]*\): notes are for the instructor.s own uid'
ask 'notes secret' '^notes sent' > /dev/null
stop_leader
wait $npid
check "and nothing of the notes reached it" sh -c "! grep -q secret '$tmp/out'"
