#!/bin/sh
# screens.sh — every screen of the pager, whole, at 80x24 and at 40x12 (no
# colour), against tests/tui/golden/screens/: a page at its top and at its
# end, the contents and a page's headings, help (and help asked for from
# the explorer, which starts at the explorer's keys), a glossary pop-up,
# the results of a search of every page, and the go-to prompt.  Nothing on
# any of them may be cut with an ellipsis or left off as "+N more".
# Regenerate with REGEN=1, review the diff, and commit the goldens alone.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
golden="$top_srcdir/tests/tui/golden/screens"
# Words fitted to a narrow screen end in an ellipsis by design: only a
# part left off ("+N more") is a cut here.
cut_pattern='\+[0-9]+ more'
plan 34

for size in 80x24 40x12; do
	cols=${size%x*} lines=${size#*x}
	START_ENV="NO_COLOR=1" start "$cols" "$lines" --page 6
	shows "Page 6 of" || shows "6/11"
	compare "$size-page-top"
	keys G
	shows "(END)" || shows "next page"
	compare "$size-page-end"
	keys c
	shows "Contents"
	compare "$size-contents"
	keys Right
	shows "         Learning objectives"
	compare "$size-contents-headings"
	keys Escape
	wait_gone "Contents"
	keys h
	shows "Reading"
	compare "$size-help"
	keys q g
	select_until t Tab " Glossary: "
	keys Enter
	shows "Esc/q:close"
	compare "$size-glossary"
	keys Escape
	wait_gone "Esc/q:close"
	keys '&'
	shows "Search all pages:"
	keys platelet Enter
	shows "Matches for"
	compare "$size-search-results"
	keys Escape
	wait_gone "Matches for"
	keys :
	shows "Go to page:"
	compare "$size-goto-prompt"
	keys Escape
	wait_gone "Go to page:"
	keys q
	exited
done
# Help from the explorer starts at the explorer's keys.
START_ENV="NO_COLOR=1" start 80 24 --page 6
keys s Enter
shows "P pin"
keys h
shows "In the simulation explorer"
compare "80x24-help-from-explorer"
