#!/bin/sh
# explorer-choices.sh — a choice parameter in the explorer, on "Choosing an
# organ": shown by name, Right and Left cycle the names, a typed name is
# taken and anything else refused, and the command line uses the names.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
plan 6
START_ENV="NO_COLOR=1" start 80 24 --page choosing-an-organ
keys s
wait_for " Simulation: organs"
keys Enter
wait_for "$ cascade sim organs --seed 1"
keys Up
check "the choice is shown by name, with the names it takes" shows "> tumour = breast  (breast/colorectal)"
keys Right
check "Right cycles to the next name" shows "> tumour = colorectal"
check "and the command line uses it" shows "$ cascade sim organs tumour=colorectal --seed 1"
keys Right
check "and round again" shows "> tumour = breast"
keys = lung Enter
check "an unknown name is refused, naming the choices" shows "Refused: tumour=lung is not one of its choices: tumour takes one of breast,"
keys = colorectal Enter
check "a typed name is taken" shows "tumour=colorectal --seed 1"
