#!/bin/sh
# suspend.sh — from an interactive shell: Ctrl-Z gives the shell back with
# a clean screen, fg brings the pager back, and q leaves the shell prompt
# usable (the terminal is restored).
. "$top_srcdir/tests/lib.sh"
command -v bash >/dev/null 2>&1 || skip_all "bash not installed"
. "$top_srcdir/tests/tui/tmux.sh"
plan 5
tmux_ -f /dev/null new-session -d -s t -x 80 -y 24 \
	"env TERM=xterm-256color LC_ALL=C.UTF-8 XDG_STATE_HOME='$tmp/state' PS1='prompt\$ ' bash --norc --noprofile -i"
wait_for 'prompt$'
keys "'$CASCADE' --page 3" Enter
check "the pager opens from the shell" shows "Page 3 of"
keys C-z
check "Ctrl-Z suspends it and the shell says so" shows "Stopped"
check "and the pager is no longer drawn" wait_gone "Page 3 of"
keys fg Enter
check "fg brings the pager back" shows "Page 3 of"
keys q
at_prompt() { screen | grep -v '^$' | tail -n 1 | grep -q 'prompt\$'; }
back_at_prompt() { wait_gone "Page 3 of" && poll_until $wait_s at_prompt; }
check "q returns to a working prompt" back_at_prompt
