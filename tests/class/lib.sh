# tests/class/lib.sh — helpers for the class shell tests (sourced after
# tests/lib.sh and scratch): the test programs, a headless leader driven
# through a FIFO, and waiting for output.
driver="$top_builddir/tests/class/leader_driver"
headless="$top_builddir/tests/class/headless"
hostile="$top_builddir/tests/class/hostile"
classdir="$tmp/classes"

# wait_for FILE REGEX [SECONDS]: true once a line of FILE matches.
wait_for() {
	_deadline=$(( $(date +%s) + ${3:-10} ))
	while ! grep -Eq -- "$2" "$1" 2>/dev/null; do
		[ "$(date +%s)" -ge "$_deadline" ] && return 1
		sleep 0.05
	done
}

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
	_deadline=$(( $(date +%s) + ${3:-10} ))
	while :; do
		_new=$(tail -n +$((_seen + 1)) "$tmp/leader.out" | grep -E -- "$2" | head -n 1)
		[ -n "$_new" ] && { echo "$_new"; return 0; }
		[ "$(date +%s)" -ge "$_deadline" ] && return 1
		sleep 0.05
	done
}

# stop_leader: "quit", and wait for the driver to end.
stop_leader() {
	echo quit >&3
	exec 3>&-
	wait "$leader_pid"
}

# last_line FILE: its last line.
last_line() { tail -n 1 "$1" 2>/dev/null; }
