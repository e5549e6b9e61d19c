#!/bin/sh
# ssh-forward.sh — a class across machines, with OpenSSH as the transport
# and the protocol unchanged.  A throwaway second user (the student) and a
# private sshd on a free localhost port, run as that user from a config,
# host key and authorized keys in the scratch directory (nothing of the
# system's ssh configuration is read or touched), stand in for a lab
# machine.  The student forwards a socket of their own to the class with
# `ssh -L` and follows it; the instructor pushes the class to the
# student's side with `ssh -R`; both print the same lines as a follower on
# the leader's machine, the pager follows through -L and its vote goes
# back up, the class's permissions still decide who gets in (the notes
# socket stays the instructor's), and when the leader quits both see it
# end.  Skipped where sshd, ssh or root (to make the user) is
# missing; SSHD=/nonexistent forces the skip.  SSHDEBUG=DIR keeps a copy
# of the scratch directory (sshd's log, every output) in DIR.
. "$top_srcdir/tests/lib.sh"
SSHD=${SSHD:-/usr/sbin/sshd}
SSH=${SSH:-ssh}
[ -x "$SSHD" ] || skip_all "sshd not available ($SSHD)"
command -v "$SSH" > /dev/null || skip_all "ssh not available"
command -v ssh-keygen > /dev/null || skip_all "ssh-keygen not available"
[ "$(id -u)" = 0 ] || skip_all "needs root to make a second user"
for t in useradd userdel setpriv pgrep; do
	command -v $t > /dev/null || skip_all "needs $t"
done
scratch
chmod 755 "$tmp"
. "$top_srcdir/tests/class/lib.sh"

# Everything started is ended by its pid, and the user removed, however
# the script ends: the clients first, so that sshd's per-connection
# processes end with their connections, then sshd.
student=cascade-ssh-$$
made_user='' pids='' sshd_pid='' leader_pid=''
teardown() {
	[ ! -S "$tmp/tmux.sock" ] || tmux -S "$tmp/tmux.sock" kill-server 2> /dev/null
	for td_p in $pids $leader_pid; do kill "$td_p" 2> /dev/null; done
	if [ -n "$sshd_pid" ]; then
		poll_until 5 no_children "$sshd_pid"
		kill "$sshd_pid" 2> /dev/null
	fi
	wait 2> /dev/null
	if [ -n "$made_user" ]; then
		poll_until 5 no_process_of "$suid" || pkill -KILL -U "$suid"
		poll_until 5 no_process_of "$suid"
		# -f: the zombies of sshd's sessions, reparented to init, may not
		# be reaped yet (a container's init may take a while, or never).
		userdel -f "$student" 2> /dev/null
		made_user=
	fi
	pids='' sshd_pid='' leader_pid=''
}
no_children() { ! pgrep -P "$1" > /dev/null; }
# no_process_of UID: none running (zombies have ended).
no_process_of() { ! ps -o stat= -U "$1" 2> /dev/null | grep -qv '^Z'; }
trap 'teardown; [ -z "${SSHDEBUG:-}" ] || cp -r "$tmp" "$SSHDEBUG"; rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT PIPE TERM

useradd --system --user-group --no-create-home --home-dir "$tmp/student" \
	--shell /bin/sh "$student" 2> "$tmp/useradd.err" ||
	{ sed 's/^/# /' "$tmp/useradd.err"; skip_all "cannot make a second user"; }
made_user=yes
suid=$(id -u "$student") sgid=$(id -g "$student")
home=$tmp/student
mkdir -m 700 "$home"
chown "$suid:$sgid" "$home"
# as_student COMMAND...: the shell becomes COMMAND, run as the student; so
# call it in a subshell, `(as_student ...) &`, and $! is COMMAND's pid.
as_student() {
	exec setpriv --reuid="$suid" --regid="$sgid" --init-groups env HOME="$home" USER="$student" \
		LOGNAME="$student" XDG_CONFIG_HOME="$home/.config" XDG_STATE_HOME="$home/.state" "$@"
}
(as_student "$CASCADE" --version) > /dev/null 2>&1 ||
	skip_all "the second user cannot run $CASCADE (a build tree it cannot reach?)"
plan 21

# The keys: the host's, the student's and the instructor's (root's).
ssh-keygen -q -t ed25519 -N '' -C cascade-test-host -f "$tmp/host_key"
ssh-keygen -q -t ed25519 -N '' -C student -f "$home/key"
ssh-keygen -q -t ed25519 -N '' -C instructor -f "$tmp/instructor_key"
cat "$home/key.pub" "$tmp/instructor_key.pub" > "$tmp/authorized_keys"
echo "cascade-lab $(cat "$tmp/host_key.pub")" > "$tmp/known_hosts"
chown "$suid:$sgid" "$tmp/host_key" "$home/key" "$home/key.pub"

# The lab machine's sshd, run as the student (so it needs no privilege
# separation directory and can only log the student in).  OpenSSH lets
# AllowTcpForwarding decide Unix-socket forwarding too (no: neither way;
# local: -L only; remote: -R only), so it must allow both here.
sshd_config() {
	cat <<-EOF
	ListenAddress 127.0.0.1:$1
	HostKey $tmp/host_key
	PidFile $home/sshd.pid
	AuthorizedKeysFile $tmp/authorized_keys
	StrictModes no
	UsePAM no
	PasswordAuthentication no
	KbdInteractiveAuthentication no
	PubkeyAuthentication yes
	AllowUsers $student
	PermitTTY no
	X11Forwarding no
	AllowAgentForwarding no
	AllowTcpForwarding yes
	AllowStreamLocalForwarding yes
	StreamLocalBindUnlink yes
	PermitTunnel no
	LogLevel VERBOSE
	EOF
}
listening() { grep -qs 'Server listening' "$tmp/sshd.log" || ! alive "$sshd_pid"; }
alive() { ps -o stat= -p "$1" 2> /dev/null | grep -qv '^Z'; }
# A free port: try random ones until sshd has bound one.
port=
for _ in 1 2 3 4 5 6 7 8; do
	p=$((20000 + $(od -An -N2 -tu2 /dev/urandom) % 40000))
	sshd_config $p > "$tmp/sshd_config"
	(as_student "$SSHD" -D -e -f "$tmp/sshd_config") 2> "$tmp/sshd.log" &
	sshd_pid=$!
	poll_until 10 listening
	if grep -qs 'Server listening' "$tmp/sshd.log"; then
		port=$p
		break
	fi
	wait "$sshd_pid"
	sshd_pid=
	grep -q 'Address already in use' "$tmp/sshd.log" || break
done
if [ -z "$port" ]; then
	sed 's/^/# /' "$tmp/sshd.log"
	echo "Bail out! the private sshd did not start"
	exit 1
fi
ok "a private sshd listens on a free localhost port as the second user"
echo "# sshd on 127.0.0.1:$port as $student (uid $suid)"
cat > "$tmp/ssh_config" <<EOF
Host cascade-lab
	HostName 127.0.0.1
	Port $port
	User $student
	HostKeyAlias cascade-lab
	UserKnownHostsFile $tmp/known_hosts
	GlobalKnownHostsFile /dev/null
	StrictHostKeyChecking yes
	UpdateHostKeys no
	CheckHostIP no
	BatchMode yes
	IdentitiesOnly yes
	IdentityAgent none
	ControlPath none
	ConnectTimeout 10
	ExitOnForwardFailure yes
	StreamLocalBindUnlink yes
	LogLevel ERROR
EOF
# ssh_bg WHO OUT ARGS...: ssh -N to the lab machine in the background as
# WHO (student or instructor), its errors in $tmp/OUT, its pid in $ssh_pid.
ssh_bg() {
	_who=$1 _out=$2; shift 2
	if [ "$_who" = student ]; then
		(as_student "$SSH" -F "$tmp/ssh_config" -i "$home/key" -N "$@" cascade-lab) \
			2> "$tmp/$_out" &
	else
		"$SSH" -F "$tmp/ssh_config" -i "$tmp/instructor_key" -N "$@" cascade-lab \
			2> "$tmp/$_out" &
	fi
	ssh_pid=$!
	pids="$pids $ssh_pid"
}
# is_socket PATH OWNER MODE: a socket with that owner and mode.
is_socket() { [ -S "$1" ] && [ "$(stat -c '%U %a' "$1")" = "$2 $3" ]; }
# exe_is PID PROGRAM: that process runs PROGRAM.
exe_is() { [ "$(readlink -f "/proc/$1/exe")" = "$(readlink -f "$2")" ]; }

# The instructor (root) leads bio101 for the student's group.
start_leader bio101 --group "$student"
first="page=in-the-blood scroll=250000 sim=circulation platelets=0.8 minutes=240 seed=42 run=3"
ask "state $first" '^published' > /dev/null
"$CASCADE" follow bio101 --headless --dir "$classdir" > "$tmp/here" 2> "$tmp/here.err" &
pids="$pids $!"
joined follower 1 > /dev/null

# student_dir DIR: a directory of the student's alone (mode 0700), as
# cascade accepts for sockets.
student_dir() { mkdir -m 700 "$1" && chown "$suid:$sgid" "$1"; }

# -L, from the student's side: a socket in a directory of the student's
# own, forwarded to the class's socket on the leader's machine.
ldir=$home/lab
student_dir "$ldir"
ssh_bg student ssh-L.err -L "$ldir/bio101.sock:$classdir/bio101.sock"
check "ssh -L makes the student a socket of their own, mode 0600" \
	poll_until 10 is_socket "$ldir/bio101.sock" "$student" 600
(as_student "$CASCADE" follow bio101 --headless --dir "$ldir") > "$tmp/viaL" \
	2> "$tmp/viaL.err" &
pids="$pids $!"
check "a follower through ssh -L joins the class" joined follower 2
# The leader sees sshd, running as the student, not a local process.
joinL=$(grep -E "^log: $student \(uid $suid, pid [0-9]+\) joined$" "$tmp/leader.err" | head -n 1)
pidL=$(echo "$joinL" | sed -n 's/.*pid \([0-9]*\)).*/\1/p')
if [ -n "$pidL" ] && exe_is "$pidL" "$SSHD"; then
	ok "the leader sees it as the student's uid, connected by sshd"
else
	not_ok "the leader sees it as the student's uid, connected by sshd"
	sed 's/^/# /' "$tmp/leader.err"
fi
want1="state 1 $first"
check "it is current at once: the state from before it joined" wait_for "$tmp/viaL" "^$want1\$"

# -R, from the instructor's side: the class's socket pushed to a
# directory of the student's on the lab machine.
rdir=$home/class
student_dir "$rdir"
ssh_bg instructor ssh-R.err -R "$rdir/bio101.sock:$classdir/bio101.sock"
sshR=$ssh_pid
check "ssh -R makes the socket on the student's side, the login user's, mode 0600" \
	poll_until 10 is_socket "$rdir/bio101.sock" "$student" 600
(as_student "$CASCADE" follow bio101 --headless --dir "$rdir") > "$tmp/viaR" \
	2> "$tmp/viaR.err" &
pids="$pids $!"
check "a follower through ssh -R joins the class" joined follower 3
check "the leader sees it as the instructor's own ssh (uid 0), whoever it is" \
	grep -Eq "^log: $student \(uid 0, pid $sshR\) joined$" "$tmp/leader.err"
check "it is current at once too" wait_for "$tmp/viaR" "^$want1\$"

# The instructor moves on.  Each state is awaited at every follower before
# the next, since a follower that is behind gets only the newest one.
# step STATE: publishes it; true once every follower has printed it.
step() {
	_seq=$(ask "state $1" '^published' | cut -d' ' -f2)
	[ -n "$_seq" ] && poll_until 10 all_have "state $_seq $1"
}
all_have() { for ah_f in here viaL viaR; do grep -qxF -- "$1" "$tmp/$ah_f" || return 1; done; }
check "a page change reaches the followers through -L and -R" step "page=letting-go scroll=0"
q="page=letting-go scroll=600000 quiz=2"
check "a quiz put to the class's vote, and the reading limit" \
	step "$q revealed=no vote=1 options=3 open=yes furthest=letting-go"
check "the vote closed and the answer revealed" \
	step "$q revealed=yes vote=1 options=3 open=no furthest=letting-go"
same_as_here() {
	if cmp -s "$tmp/here" "$tmp/$1"; then return 0; fi
	diff "$tmp/here" "$tmp/$1" | sed 's/^/# /'
	return 1
}
check "through -L the lines are those of a follower on the leader's machine" same_as_here viaL
check "through -R too" same_as_here viaR

# The pager itself through -L, in tmux: it follows, and a question put to
# the vote is answered with a letter, which goes back up through ssh.
if command -v tmux > /dev/null; then
	pager() { tmux -S "$tmp/tmux.sock" "$@"; }
	pager_shows() { pager capture-pane -p -t P | grep -qF -- "$1"; }
	pager -f /dev/null new-session -d -s P -x 80 -y 24 "$(printf "'%s' " setpriv \
		--reuid="$suid" --regid="$sgid" --init-groups env HOME="$home" TERM=xterm-256color \
		XDG_CONFIG_HOME="$home/.config" XDG_STATE_HOME="$home/.state" \
		"$CASCADE" follow bio101 --dir "$ldir"); sleep 30"
	joined follower 4 > /dev/null
	check "the pager follows through ssh -L" poll_until 10 pager_shows "following bio101"
	ask "state page=in-the-blood scroll=0 quiz=1 revealed=no vote=2 options=3 open=yes" \
		'^published' > /dev/null
	check "and is asked to vote" poll_until 10 pager_shows "Vote on quiz 1: press A-C"
	pager send-keys -t P b
	tallied() { [ "$(ask tally '^tally')" = "tally 2 open 0,1,0 answered 1" ]; }
	check "its answer reaches the leader's count through ssh" poll_until 10 tallied
else
	for t in "the pager follows through ssh -L" "and is asked to vote" \
		"its answer reaches the leader's count through ssh"; do ok "$t # SKIP tmux not installed"; done
fi

# The notes socket is the instructor's (mode 0600): forwarding it does
# not get the student in, because sshd connects as the student.
ssh_bg student ssh-notes.err -L "$ldir/bio101.notes.sock:$classdir/bio101.notes.sock"
poll_until 10 is_socket "$ldir/bio101.notes.sock" "$student" 600
(as_student "$CASCADE" notes bio101 --dir "$ldir") > "$tmp/notes" 2> "$tmp/notes.err" &
pids="$pids $!"
check "a student's forward to the notes socket is turned away on the leader's machine" \
	wait_for "$tmp/sshd.log" "connect to $classdir/bio101.notes.sock .*Permission denied"
ask 'notes secret' '^notes sent' > /dev/null
if grep -q secret "$tmp/notes" || grep -q 'notes client' "$tmp/leader.err"; then
	not_ok "and nothing of the notes reaches the student"; sed 's/^/# /' "$tmp/notes"
else
	ok "and nothing of the notes reaches the student"
fi

# The leader quits: the class ends for the followers at the far ends of
# both forwards, as for the one on the leader's machine.
stop_leader
leader_pid=
both_left() { [ "$(last_line "$tmp/viaL")" = "leader left" ] &&
	[ "$(last_line "$tmp/viaR")" = "leader left" ]; }
check "when the leader quits, the followers through -L and -R say 'leader left'" \
	poll_until 10 both_left

started="$pids $sshd_pid"
teardown
all_gone() { for ag_p; do ! alive "$ag_p" || return 1; done; }
if all_gone $started && no_process_of "$suid" && ! id "$student" > /dev/null 2>&1; then
	ok "sshd, the ssh clients and the second user are gone"
else
	not_ok "sshd, the ssh clients and the second user are gone"
fi
