# tests/tui/tmux.sh — driving cascade under tmux as a person would
# (sourced after tests/lib.sh).  Each test gets its own tmux server
# socket, so tests can run in parallel and never touch a user's tmux.
#
# Every look at a screen after a key or a resize waits for what it wants
# (poll_until, up to $wait_s seconds), because cascade draws in its own
# time; and keys that move a selection are pressed one at a time, each
# after the screen has changed, because keys sent faster than cascade
# draws overshoot on a busy machine.
command -v tmux >/dev/null 2>&1 || skip_all "tmux not installed"
scratch
starts=0
wait_s=10
sock="$tmp/tmux.sock"
tmux_() { tmux -S "$sock" "$@"; }
# Killing the server hangs up on cascade, which saves progress as it goes:
# wait for the panes' processes to end before the scratch directory goes.
trap 'stop_server; rm -rf "$tmp" 2>/dev/null' EXIT
stop_server() {
	ss_pids=
	for ss_p in $(tmux_ list-panes -a -F '#{pane_pid}' 2>/dev/null); do
		ss_pids="$ss_pids $ss_p $(pgrep -P "$ss_p" | tr '\n' ' ')"
	done
	tmux_ kill-server 2>/dev/null
	[ -z "$ss_pids" ] || poll_until 5 all_ended $ss_pids
}
# all_ended PID...: none of them is running (a zombie has ended).
all_ended() {
	for ae_p; do
		ps -o stat= -p "$ae_p" 2>/dev/null | grep -qv '^Z' && return 1
	done
	return 0
}

# start COLS LINES [ARGS...]: runs cascade in a fresh session of that size
# (with START_ENV, e.g. "NO_COLOR=1", added to its environment), and waits
# until it has drawn its status line or ended.
start() {
	cols=$1 lines=$2; shift 2
	# A new server on a new socket: a server that is still shutting down
	# on the old one would take the new session down with it.
	stop_server
	starts=$((starts + 1))
	sock="$tmp/tmux.$starts.sock"
	rm -f "$tmp/exit"
	tmux_ -f /dev/null new-session -d -s t -x "$cols" -y "$lines" \
		"env TERM=xterm-256color LC_ALL=C.UTF-8 XDG_STATE_HOME='$tmp/state' ${START_ENV:-} $(printf "'%s' " "$CASCADE" "$@"); echo \"exit=\$?\" > '$tmp/exit'; sleep 30"
	tmux_ set-option -t t remain-on-exit on >/dev/null 2>&1 || true
	poll_until $wait_s started
}
# started: the pager's status line ("Page 1 of 11", "1/11" when narrow)
# or the too-small notice is drawn, or cascade has ended.
started() {
	[ -s "$tmp/exit" ] || screen | grep -qE 'Page [0-9]+ of [0-9]+|[0-9]+/[0-9]+ *$|[Tt]oo small'
}
# keys KEY...: types keys (tmux key names: Space, Right, C-l, q).
keys() { tmux_ send-keys -t t "$@"; }
# screen: what the pane shows now; screen_of SESSION: another session's.
screen() { screen_of t; }
screen_of() { tmux_ capture-pane -p -t "$1"; }
# has_text SESSION TEXT, has_re SESSION REGEX, lacks_text SESSION TEXT:
# the screen now (one look; the waits below repeat them).
has_text() { screen_of "$1" | grep -qF -- "$2"; }
has_re() { screen_of "$1" | grep -qE -- "$2"; }
lacks_text() { ! has_text "$@"; }
# wait_for TEXT: until the screen shows TEXT; 1 if it never does.
wait_for() { poll_until $wait_s has_text t "$1"; }
# wait_gone TEXT: until the screen no longer shows TEXT.
wait_gone() { poll_until $wait_s lacks_text t "$1"; }
# shows TEXT, shows_re REGEX: the screen shows it (waiting for it).
shows() { wait_for "$1"; }
shows_re() { poll_until $wait_s has_re t "$1"; }
# resize COLS LINES (what follows waits for the redraw it expects).
resize() { tmux_ resize-window -t t -x "$1" -y "$2"; }
# exited: cascade has ended (its exit status is in $tmp/exit).
exited() { poll_until $wait_s test -s "$tmp/exit"; }

# For tests with several screens (a class): run_in SESSION STATE ARGS...
# starts cascade in another 80x24 session of the same server, with its own
# state directory $tmp/STATE and $tmp as its working directory (where it
# writes files); shows_in SESSION TEXT waits until it shows TEXT.
run_in() {
	ri_name=$1 ri_state=$2
	shift 2
	tmux_ -f /dev/null new-session -d -s "$ri_name" -x 80 -y 24 -c "$tmp" \
		"env TERM=xterm-256color LC_ALL=C.UTF-8 XDG_STATE_HOME='$tmp/$ri_state' $(printf "'%s' " "$CASCADE" "$@"); sleep 30"
}
shows_in() { poll_until $wait_s has_text "$1" "$2"; }

# press_until SESSION KEY COMMAND...: presses KEY in SESSION until COMMAND
# succeeds, 80 presses at most, one at a time: after each, it waits for
# the screen (with its attributes, so that a moved highlight counts) to
# change before it looks again.
press_until() {
	pu_s=$1 pu_key=$2 pu_n=0
	shift 2
	while [ $pu_n -lt 80 ]; do
		pu_before=$(tmux_ capture-pane -e -p -t "$pu_s")
		"$@" && return 0
		tmux_ send-keys -t "$pu_s" "$pu_key"
		poll_until $wait_s pane_changed "$pu_s" "$pu_before" || return 1
		pu_n=$((pu_n + 1))
	done
	return 1
}
pane_changed() { [ "$(tmux_ capture-pane -e -p -t "$1")" != "$2" ]; }
# select_until SESSION KEY TEXT: presses KEY (Tab, BTab) in SESSION until
# its status line shows TEXT (the selected target).
select_until() { press_until "$1" "$2" status_has "$1" "$3"; }
status_has() { screen_of "$1" | tail -n 1 | grep -qF -- "$2"; }

# ---- whole screens against goldens (set golden=DIR first) ----

# settled FILE [SESSION]: the screen (of session t, or SESSION), once two
# captures 50 ms apart agree (a redraw may be half way through when the
# text waited for appears).
settled() {
	screen_of "${2:-t}" > "$1"
	st_i=0
	while [ $st_i -lt 40 ]; do
		sleep 0.05
		screen_of "${2:-t}" > "$1.again"
		cmp -s "$1" "$1.again" && return 0
		mv "$1.again" "$1"
		st_i=$((st_i + 1))
	done
}

# compare NAME [SESSION]: the screen now (of session t, or SESSION)
# against the golden $golden/NAME.txt (with REGEN=1 the golden is written
# first), and nothing on it cut with an ellipsis or left off as "+N more":
# two cases.
compare() {
	settled "$tmp/$1.txt" "${2:-t}"
	if [ -n "${REGEN:-}" ]; then
		mkdir -p "$golden"
		cp "$tmp/$1.txt" "$golden/$1.txt"
	fi
	if cmp -s "$golden/$1.txt" "$tmp/$1.txt"; then
		ok "$1: the whole screen matches its golden"
	else
		not_ok "$1: the whole screen matches its golden"
		diff -u "$golden/$1.txt" "$tmp/$1.txt" 2>&1 | head -30 | sed 's/^/# /'
	fi
	if grep -nE "${cut_pattern:-\+[0-9]+ more|…}" "$tmp/$1.txt" > "$tmp/cut"; then
		not_ok "$1: nothing is cut or left off"
		sed 's/^/# /' "$tmp/cut"
	else
		ok "$1: nothing is cut or left off"
	fi
}
