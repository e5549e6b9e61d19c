#!/bin/sh
# damaged.sh — what a student sees when the progress file is truncated,
# binary or from a newer cascade (a warning naming where it was set aside,
# and a fresh start), and when the state directory cannot be written or
# the disk is full (one warning, and the quiz goes on to its score).
. "$top_srcdir/tests/lib.sh"
scratch
plan 11
export XDG_STATE_HOME=$tmp/state
dir=$tmp/state/cascade
mkdir -p "$dir"

# Each bad file: `cascade progress` warns, sets it aside, exits 0.
try() { # DESCRIPTION WHY
	"$CASCADE" progress > "$tmp/out" 2> "$tmp/err"; rc=$?
	aside=$(ls "$dir" | grep '^progress\.bad-' | head -n 1)
	if [ $rc -eq 0 ] && grep -q "^cascade: warning: $dir/progress: .*$2.*; set aside as progress\.bad-[0-9]\{8\}-[0-9]\{6\}" "$tmp/err" &&
	   [ -n "$aside" ] && cmp -s "$dir/$aside" "$tmp/bad" && [ ! -e "$dir/progress" ] &&
	   grep -q "^     in all  *0/" "$tmp/out"; then
		ok "$1"
	else
		not_ok "$1"
		sed 's/^/# /' "$tmp/err"
	fi
	rm -f "$dir"/progress.bad-*
}
printf 'cascade-progress 1\nquiz letting-go 1 A right 1700000000 A right 1700000000\nend 1' > "$tmp/bad"
cp "$tmp/bad" "$dir/progress"
try "a truncated file is set aside" "truncated"
head -c 2000 /dev/urandom > "$tmp/bad" 2>/dev/null || awk 'BEGIN { for (i = 0; i < 2000; i++) printf "%c", i % 256 }' > "$tmp/bad"
cp "$tmp/bad" "$dir/progress"
try "a binary file is set aside" "not a cascade progress file"
printf 'cascade-progress 1\n\000\001\002\nend 1\n' > "$tmp/bad"
cp "$tmp/bad" "$dir/progress"
try "a file with NUL bytes is set aside" "binary data"
printf 'cascade-progress 3\nbadge gold 1700000000\nend 1\n' > "$tmp/bad"
cp "$tmp/bad" "$dir/progress"
try "a file from a newer version is set aside" "written by a newer cascade (format 3; this one reads format 2)"

# After a set-aside, the next save starts a good file.
right=$("$CASCADE" show 4 | sed -n 's/^ *Quiz 1: \([A-Z]\)).*/\1/p')
printf 'cascade-progress 1\ngarbage\nend 1\n' > "$dir/progress"
printf '%s\nq\n' "$right" | "$CASCADE" quiz 4 > "$tmp/out" 2> "$tmp/err"
check "a quiz after a bad file warns once and records afresh" \
	sh -c "test $? -eq 0 && test \$(grep -c 'set aside' '$tmp/err') -eq 1 &&
	       grep -q '^quiz surviving-without-an-anchor 1 $right right' '$dir/progress' &&
	       test \$(ls '$dir' | grep -c '^progress\.bad-') -eq 1"

# A state directory that cannot be made: one warning, the quiz goes on.
rm -rf "$tmp/state"
echo "in the way" > "$tmp/state"
printf 'A\nB\nA\nB\n' | "$CASCADE" quiz 4 > "$tmp/out" 2> "$tmp/err"; rc=$?
check "an unwritable state directory: the quiz finishes (exit 0)" \
	sh -c "test $rc -eq 0 && grep -q '^Score: [0-4] of 4 right.$' '$tmp/out'"
check "... with one warning for four failed saves" \
	sh -c "test \$(grep -c '^cascade: warning: cannot save progress in $dir: the state directory cannot be created (Not a directory); it is kept for this session only$' '$tmp/err') -eq 1 &&
	       test \$(wc -l < '$tmp/err') -eq 1"
check "... and the session's own answers still count" grep -q "^Recorded for page 4: [0-4] of 4 right at the first try (4 answered)\.$" "$tmp/out"
"$CASCADE" progress --reset --yes > "$tmp/out" 2> "$tmp/err"
check "a reset there fails with the reason (exit 1)" \
	sh -c "test $? -eq 1 && grep -q 'cannot reset progress in' '$tmp/err'"

# Read-only: a read-only bind mount in a private mount namespace where one
# is allowed; else permissions, which do not bind root.
rm -rf "$tmp/state"
mkdir -p "$dir"
printf 'cascade-progress 1\nend 0\n' > "$dir/progress"
readonly_quiz() {
	printf 'A\nB\n' | "$CASCADE" quiz 4 > "$tmp/out" 2> "$tmp/err"
	echo $? > "$tmp/rc"
}
if unshare -rm true 2> /dev/null; then
	export tmp
	unshare -rm sh -c 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" || exit 3
		printf "A\nB\n" | "$CASCADE" quiz 4 > "$tmp/out" 2> "$tmp/err"
		echo $? > "$tmp/rc"' sh "$dir"
	how="read-only file system"
elif [ "$(id -u)" -ne 0 ]; then
	chmod 500 "$dir"
	readonly_quiz
	chmod 700 "$dir"
	how="no write permission"
fi
if [ -z "${how-}" ]; then
	ok "# SKIP a read-only state directory (root, and no mount namespace)"
elif [ "$(cat "$tmp/rc")" = 1 ] &&
     [ "$(grep -c "cannot save progress in $dir: the state directory is not writable (.*); it is kept for this session only\$" "$tmp/err")" -eq 1 ] &&
     grep -q '^Score: [0-2] of 2 right (2 of 4 questions answered)\.$' "$tmp/out"; then
	ok "a read-only state directory ($how): one warning, and the quiz goes on"
else
	not_ok "a read-only state directory ($how): one warning, and the quiz goes on"
	sed 's/^/# /' "$tmp/err"
fi

# A full disk: a tiny tmpfs in a private mount namespace, where one is
# allowed (unshare -rm needs no privilege on most Linux systems).
mkdir -p "$tmp/full"
if unshare -rm true 2> /dev/null; then
	unshare -rm sh -c '
		mount -t tmpfs -o size=16k tmpfs "$1" || exit 3
		mkdir "$1/cascade"
		dd if=/dev/zero of="$1/cascade/filler" bs=1k count=64 2> /dev/null
		printf "A\nB\nA\nB\n" | XDG_STATE_HOME=$1 "$CASCADE" quiz 4 > "$2/out" 2> "$2/err"
		echo $? > "$2/rc"
		ls -A "$1/cascade" > "$2/ls"' sh "$tmp/full" "$tmp"
	if [ "$(cat "$tmp/rc" 2> /dev/null)" = 0 ] &&
	   [ "$(grep -c 'the disk is full (No space left on device); it is kept for this session only$' "$tmp/err")" -eq 1 ] &&
	   [ "$(wc -l < "$tmp/err")" -eq 1 ] && grep -q '^Score: [0-4] of 4 right.$' "$tmp/out" &&
	   [ "$(grep -c '^progress\.' "$tmp/ls")" -eq 1 ]; then
		ok "a full disk: one warning, the quiz finishes, no temporary file left"
	else
		not_ok "a full disk: one warning, the quiz finishes, no temporary file left"
		sed 's/^/# /' "$tmp/err" "$tmp/ls" 2> /dev/null
	fi
else
	ok "# SKIP a full disk (no unprivileged mount namespace here)"
fi
