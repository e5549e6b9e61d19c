#!/bin/sh
# explorer.sh — from "In the blood" at 80x24: open the explorer on a sim
# block, raise platelets with Right and see the chart answer without r,
# type a value, refuse an out-of-range one and a fraction of a count,
# cancel an empty entry, pin and unpin, step to the end, export CSV
# (equal to `cascade sim ... --format csv` with the same seed and values),
# and go back to the page.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 43
mkdir -p "$tmp/work"
cd "$tmp/work" || exit 1
START_ENV="NO_COLOR=1" start 80 24 --page in-the-blood
# From the top of the page, s selects the simulation at once (no Tabbing
# through links and glossary terms); z goes from quiz to quiz, Z back
# (quiz keys are not option letters, which answer a selected quiz).
keys z
check "z jumps to the page's first quiz" shows " Quiz 1: Enter answers A"
keys z
check "z again goes on to the next quiz" shows " Quiz 2: Enter answers A"
keys Z
check "Z goes back to the first quiz, at its first option" shows " Quiz 1: Enter answers A"
keys s
check "s: no simulation below the quizzes" shows "No more simulations below."
keys S
check "S goes back up to the simulation" shows " Simulation: circulation"
before=$(screen | head -n 10)
keys Enter
check "Enter on a sim block opens the explorer" shows "$ cascade sim circulation --seed 1"
check "the selected parameter is shown with its range" shows "> cells = 1000 cells  (1 to 1 G)"
check "the others are summed up on one line" shows_re '^  platelets 0 · nk 1 · .*\(a: all 8\)$'
keys a
check "a lists every parameter, one a row" shows "  csize      5 cells       (2 to 50)     cells per cluster"
check "a meaning too long for its row ends in whole words and an ellipsis" \
	shows "  nk         1 relative    (0 to 2)      NK-cell activity relative to normal (0…"
keys a
check "a again folds them back into one line" shows_re '^  platelets 0 · nk 1 · .*\(a: all 8\)$'
# The chart: the plot rows are those with a y axis line or tick.
plot_rows() { screen | grep -cE '^ *[0-9.k]* *[│├]'; }
check "the chart gets at least 12 plot rows at 80x24" test "$(plot_rows)" -ge 12
keys Down
check "Down selects platelets" shows "> platelets = 0 fraction"
chart_before=$(screen | sed -n '4,21p')
keys Right
check "Right raises platelets to the next step" shows "> platelets = 0.05 fraction"
check "and runs again by itself: the command line follows" shows "platelets=0.05 --seed 1"
chart_after=$(screen | sed -n '4,21p')
check "and the chart changed without r" test "$chart_before" != "$chart_after"
keys = 0.8 Enter
check "a typed value is used at once" shows "platelets=0.8 --seed 1"
keys = 5 Enter
check "an out-of-range value is refused with the range" shows "Refused: platelets=5 is out of range: platelets takes a number from 0 to 1"
check "and the value is unchanged" shows "> platelets = 0.8 fraction"
keys = Enter
check "an empty entry cancels" shows "Cancelled: platelets is unchanged."
keys Up = 1.5 Enter
check "a count refuses a fraction" shows "Refused: cells=1.5 is not a whole number: cells takes a whole number from 1 to"
keys = 2000000 Enter
check "a large count reads for people" shows "> cells = 2 M cells  (1 to 1 G)"
check "and the command gives it as typed" shows "cells=2e6 platelets=0.8 --seed 1"
keys Down P
check "pin says how to compare and unpin" shows "Pinned (drawn dim)"
keys Left
check "the legend names the pinned run by what differs" shows "pinned: platelets=0.8"
keys U
check "U unpins" shows "Unpinned."
check "and the pinned run leaves the legend" wait_gone "pinned: platelets"
cmd=$(screen | grep -o 'cascade sim circulation.*--seed 1' | head -1)
keys x
check "export names the file by model, seed and values, and the directory" \
	shows_re "Wrote cascade-circulation-seed1-[0-9a-f]{6}[.]csv in $tmp/work"
csv=$(ls cascade-circulation-seed1-*.csv)
args=$(echo "$cmd" | sed 's/^cascade sim //')
# shellcheck disable=SC2086
"$CASCADE" sim $args --format csv > "$tmp/expected.csv"
check "the CSV equals 'cascade sim ... --format csv'" cmp -s "$tmp/expected.csv" "$csv"
check "and starts with the command that makes it" \
	sh -c "head -n 1 '$csv' | grep -qx '# $cmd'"
echo "changed" >> "$csv"
keys x
check "exporting again asks before overwriting, naming the directory" \
	shows "Overwrite? (y/n) $csv exists in /"
keys n
check "one key answers: n leaves the file alone" sh -c "tail -n 1 '$csv' | grep -qx changed"
check "and says so" shows "Not written: $csv is unchanged."
keys Right x
check "other values make another file" shows "Wrote cascade-circulation-seed1-"
check "so there are two" test "$(ls cascade-circulation-seed1-*.csv | wc -l)" -eq 2
keys p
check "play shows the time reached on the axis" shows_re 'time in the blood \(min\): now [0-9]+ min'
check "and a summary for that time" shows_re '^ At [0-9]+ min: in blood [0-9,]+, arrested alive'
keys p r
check "r shows the whole run again" wait_gone "): now "
keys s
check "s at the end of a run says so" shows "End of the run (4 h)"
keys c
check "c lists the model's presets" shows_re '^> platelets +most cells coated'
keys Enter
check "Enter applies one, and the command line follows" shows "Preset platelets: most cells coated"
check "with the preset's values" shows "$ cascade sim circulation platelets=0.8 --seed 1"
keys q
same_place() { [ "$(screen | head -n 10)" = "$before" ]; }
check "q goes back to the lesson, at the same place" poll_until $wait_s same_place
