# tests/tui/tmux.sh — driving cascade under tmux as a person would
# (sourced after tests/lib.sh).  Each test gets its own tmux server
# socket, so tests can run in parallel and never touch a user's tmux.
command -v tmux >/dev/null 2>&1 || skip_all "tmux not installed"
scratch
starts=0
sock="$tmp/tmux.sock"
tmux_() { tmux -S "$sock" "$@"; }
# Killing the server hangs up on cascade, which saves progress as it goes:
# give it a moment before the scratch directory is removed.
trap 'tmux_ kill-server 2>/dev/null; sleep 0.3; rm -rf "$tmp" 2>/dev/null' EXIT

# start COLS LINES [ARGS...]: runs cascade in a fresh session of that size
# (with START_ENV, e.g. "NO_COLOR=1", added to its environment).
start() {
	cols=$1 lines=$2; shift 2
	# A new server on a new socket: a server that is still shutting down
	# on the old one would take the new session down with it.
	tmux_ kill-server 2>/dev/null
	starts=$((starts + 1))
	sock="$tmp/tmux.$starts.sock"
	rm -f "$tmp/exit"
	tmux_ -f /dev/null new-session -d -s t -x "$cols" -y "$lines" \
		"env TERM=xterm-256color LC_ALL=C.UTF-8 XDG_STATE_HOME='$tmp/state' ${START_ENV:-} $(printf "'%s' " "$CASCADE" "$@"); echo \"exit=\$?\" > '$tmp/exit'; sleep 30"
	tmux_ set-option -t t remain-on-exit on >/dev/null 2>&1 || true
	wait_for "Page " || wait_for "too small"
}
# keys KEY...: types keys (tmux key names: Space, Right, C-l, q).
keys() { tmux_ send-keys -t t "$@"; }
# screen: what the pane shows now.
screen() { screen_of t; }
# wait_for TEXT: until the screen shows TEXT (up to 5 s); 1 if it never does.
wait_for() {
	i=0
	while [ $i -lt 50 ]; do
		screen | grep -qF -- "$1" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
# wait_gone TEXT: until the screen no longer shows TEXT.
wait_gone() {
	i=0
	while [ $i -lt 50 ]; do
		screen | grep -qF -- "$1" || return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
# resize COLS LINES
resize() { tmux_ resize-window -t t -x "$1" -y "$2"; sleep 0.2; }
# exited: cascade has ended (its exit status is in $tmp/exit).
exited() {
	i=0
	while [ $i -lt 50 ]; do
		[ -s "$tmp/exit" ] && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
# shows_re REGEX: like wait_for, for an extended regular expression.
shows_re() {
	i=0
	while [ $i -lt 50 ]; do
		screen | grep -qE -- "$1" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
# shows TEXT: the screen has TEXT now (after waiting a little for it).
shows() { wait_for "$1"; }

# For tests with several screens (a class): run_in SESSION STATE ARGS...
# starts cascade in another 80x24 session of the same server, with its own
# state directory $tmp/STATE; screen_of SESSION reads it; shows_in SESSION
# TEXT waits (up to 5 s) until it shows TEXT.
run_in() {
	ri_name=$1 ri_state=$2
	shift 2
	tmux_ -f /dev/null new-session -d -s "$ri_name" -x 80 -y 24 \
		"env TERM=xterm-256color LC_ALL=C.UTF-8 XDG_STATE_HOME='$tmp/$ri_state' $(printf "'%s' " "$CASCADE" "$@"); sleep 30"
}
screen_of() { tmux_ capture-pane -p -t "$1"; }
shows_in() {
	si=0
	while [ $si -lt 50 ]; do
		screen_of "$1" | grep -qF -- "$2" && return 0
		sleep 0.1
		si=$((si + 1))
	done
	return 1
}
# select_until SESSION KEY TEXT: presses KEY (Tab, BTab) in SESSION until
# its status line shows TEXT (the selected target), 80 presses at most.
select_until() {
	su=0
	while [ $su -lt 80 ]; do
		screen_of "$1" | tail -n 1 | grep -qF -- "$3" && return 0
		tmux_ send-keys -t "$1" "$2"
		sleep 0.05
		su=$((su + 1))
	done
	return 1
}
