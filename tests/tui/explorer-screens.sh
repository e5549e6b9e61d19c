#!/bin/sh
# explorer-screens.sh — the whole explorer screen at 80x24 (no colour) for
# every model, opened from its step page, and again with a pinned run
# after one Right press, must match tests/tui/golden/explorer/ line for
# line; and no screen may cut anything with an ellipsis or say "+N more".
# At the 40x12 minimum, "In the blood" is compared too: there an ellipsis
# may end a line at a word's end, and the test's golden shows where.
# Regenerate the goldens with REGEN=1 (then review and commit them alone).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
golden="$top_srcdir/tests/tui/golden/explorer"
models=$("$CASCADE" sim list | awk '{print $1 ":" $3}')
plan $(($(echo "$models" | wc -l) * 4 + 2))

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

START_ENV="NO_COLOR=1" start 40 12 --page "$(echo "$models" | sed -n 's/^circulation://p')"
select_until t Tab " Simulation: circulation" || echo "# no circulation sim block"
keys Enter
wait_for "$ cascade sim circulation" || echo "# the explorer did not open at 40x12"
cut_pattern='\+[0-9]+ more' compare 40x12-circulation
