#!/bin/sh
# explorer-screens.sh — the whole explorer screen at 80x24 (no colour) for
# every model, opened from its step page, and again with a pinned run
# after one Right press, must match tests/tui/golden/explorer/ line for
# line; and no screen may cut anything with an ellipsis or say "+N more".
# Regenerate the goldens with REGEN=1 (then review and commit them alone).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
golden="$top_srcdir/tests/tui/golden/explorer"
models=$("$CASCADE" sim list | awk '{print $1 ":" $3}')
plan $(($(echo "$models" | wc -l) * 4))

# settled FILE: the screen, once two captures 50 ms apart agree (a
# redraw may be half way through when the text waited for appears).
settled() {
	screen > "$1"
	st_i=0
	while [ $st_i -lt 40 ]; do
		sleep 0.05
		screen > "$1.again"
		cmp -s "$1" "$1.again" && return 0
		mv "$1.again" "$1"
		st_i=$((st_i + 1))
	done
}

# compare NAME: the screen now against the golden NAME.txt.
compare() {
	settled "$tmp/$1.txt"
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
	if grep -nE '\+[0-9]+ more|…' "$tmp/$1.txt" > "$tmp/cut"; then
		not_ok "$1: nothing is cut or left off"
		sed 's/^/# /' "$tmp/cut"
	else
		ok "$1: nothing is cut or left off"
	fi
}

for mp in $models; do
	model=${mp%%:*} page=${mp#*:}
	START_ENV="NO_COLOR=1" start 80 24 --page "$page"
	select_until t Tab " Simulation: $model" || echo "# no sim block of $model on page $page"
	keys Enter
	wait_for "$ cascade sim $model" || echo "# the explorer did not open on $model"
	compare "$model"
	keys P
	wait_for "Pinned (drawn dim)"
	keys Right
	wait_for "pinned: " || echo "# no pinned run in the legend of $model"
	compare "$model-pinned"
done
