#!/bin/sh
# explorer.sh — from "In the blood": open the explorer on a sim block,
# raise the platelet parameter, run, pin, compare, export CSV (equal to
# `cascade sim ... --format csv` with the same seed and values), refuse an
# out-of-range value without changing the run, and go back to the page.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 14
mkdir -p "$tmp/work"
cd "$tmp/work" || exit 1
start 100 40 --page in-the-blood
# Select the first sim block: the status line names the selected target.
select_until t Tab " Simulation: circulation"
before=$(screen | head -n 10)
keys Enter
check "Enter on a sim block opens the explorer" shows "Explorer: "
check "the seed is shown" shows "seed 1"
check "the parameter list shows platelets" shows "platelets"
# Select platelets and raise it to 0.8 by typing.
press_until t Down has_text t '> platelets'
keys = 0.8 Enter
check "the typed value is shown" shows_re '> platelets +0\.8 '
keys r
check "run: the command line names the change" shows "platelets=0.8 --seed 1"
keys = 5 Enter
check "an out-of-range value is refused with a message" shows "Refused: platelets must stay within"
check "and the value is unchanged" shows_re '> platelets +0\.8 '
keys P
check "pin: the pinned run is drawn" shows "Pinned."
cmd=$(screen | grep -o 'cascade sim circulation.*--seed 1' | head -1)
keys x
check "export writes a CSV file" shows "Wrote cascade-circulation-seed1.csv"
args=$(echo "$cmd" | sed 's/^cascade sim //')
# shellcheck disable=SC2086
"$CASCADE" sim $args --format csv > "$tmp/expected.csv"
check "the CSV equals 'cascade sim ... --format csv'" cmp -s "$tmp/expected.csv" cascade-circulation-seed1.csv
echo "changed" >> cascade-circulation-seed1.csv
keys x
check "exporting again asks before overwriting" shows "File exists; overwrite? (y/n)"
keys n Enter
# (After cascade has answered: before that the file is trivially alone.)
check "and 'n' leaves the file alone" shows "Not written: cascade-circulation-seed1.csv already exists."
check "and 'n' leaves it unchanged" sh -c "tail -n 1 cascade-circulation-seed1.csv | grep -qx changed"
keys q
same_place() { [ "$(screen | head -n 10)" = "$before" ]; }
check "q goes back to the lesson, at the same place" poll_until $wait_s same_place
