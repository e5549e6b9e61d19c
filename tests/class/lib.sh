# tests/class/lib.sh — helpers for the class shell tests (sourced after
# tests/lib.sh and scratch): the test programs, a headless leader driven
# through a FIFO, and waiting for output (with poll_until, never once).
driver="$top_builddir/tests/class/leader_driver"
headless="$top_builddir/tests/class/headless"
hostile="$top_builddir/tests/class/hostile"
classdir="$tmp/classes"

# wait_for FILE REGEX [SECONDS]: true once a line of FILE matches (10 s).
wait_for() { poll_until "${3:-10}" grep -Eq -- "$2" "$1" 2>/dev/null; }

# start_leader NAME [DRIVER OPTIONS]: the leader driver for class NAME in
# $classdir, reading fd 3; answers in $tmp/leader.out, log in
# $tmp/leader.err; $leader_pid.
start_leader() {
	_name=$1; shift
	rm -f "$tmp/leader.in" "$tmp/leader.out" "$tmp/leader.err"
	mkfifo "$tmp/leader.in"
	"$driver" --dir "$classdir" "$@" "$_name" < "$tmp/leader.in" > "$tmp/leader.out" \
		2> "$tmp/leader.err" &
	leader_pid=$!
	exec 3> "$tmp/leader.in"
	wait_for "$tmp/leader.out" '^open ' 10
}

# ask COMMAND REGEX [SECONDS]: sends a command to the leader and waits for
# an answer after those already given to match; prints that answer.
ask() {
	_seen=$(wc -l < "$tmp/leader.out")
	printf "%s\n" "$1" >&3
	poll_until "${3:-10}" answered "$_seen" "$2" || return 1
	echo "$_answer"
}
# answered SEEN REGEX: an answer after the first SEEN matches; in $_answer.
answered() {
	_answer=$(tail -n +$(($1 + 1)) "$tmp/leader.out" | grep -E -- "$2" | head -n 1)
	[ -n "$_answer" ]
}

# joined ROLE N [MS]: has the leader wait (up to MS ms, 10000 by default)
# until N peers of ROLE (follower or notes) have joined; false, with the
# leader's answer as a TAP comment, if they have not by then.  A test's
# setup that needs them should check it, so that a timeout fails there.
joined() {
	_ans=$(ask "wait $1 $2 ${3:-10000}" '^(timeout )?followers ' $(( ${3:-10000} / 1000 + 10 )))
	case $_ans in
	"followers "*) return 0 ;;
	esac
	echo "# waiting for $2 $1 peer(s): ${_ans:-no answer from the leader}"
	return 1
}

# stop_leader: "quit", and wait for the driver to end.
stop_leader() {
	echo quit >&3
	exec 3>&-
	wait "$leader_pid"
}

# last_line FILE: its last line.
last_line() { tail -n 1 "$1" 2>/dev/null; }
