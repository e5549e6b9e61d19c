#!/bin/sh
# usage.sh — the batch commands' contract: --help and --version, list,
# show (by number and id, widths, plain text in a pipe), and every usage
# error exits 2 with a one-line "cascade: ..." message on stderr.
. "$top_srcdir/tests/lib.sh"
scratch
plan 29
run() { "$CASCADE" "$@" > "$tmp/out" 2> "$tmp/err"; echo $? > "$tmp/rc"; }
rc() { cat "$tmp/rc"; }
run --help
check "--help prints usage and every command" sh -c "[ $(rc) = 0 ] && grep -q '^Usage: cascade' '$tmp/out' && grep -q '  lead ' '$tmp/out'"
run --version
check "--version prints the version" sh -c "[ $(rc) = 0 ] && grep -qx 'cascade [0-9.]*' '$tmp/out'"
run list
check "list prints eleven numbered pages" sh -c "[ $(rc) = 0 ] && [ \$(wc -l < '$tmp/out') = 11 ] && grep -q '^ 6  in-the-blood ' '$tmp/out'"
run show 6
cp "$tmp/out" "$tmp/by-number"
run show in-the-blood
check "show by number and by id print the same page" cmp -s "$tmp/by-number" "$tmp/out"
check "show in a pipe is plain text (no escapes)" sh -c "! grep -q \"$(printf '\033')\" '$tmp/out'"
# On a terminal, show styles what the pager styles, glossary terms among
# them (underlined, cyan): the pipe above leaves them unmatched.
script -qec "'$CASCADE' show 4 --width 80" /dev/null < /dev/null > "$tmp/tty" 2>&1
check "show on a terminal marks glossary terms" grep -q "$(printf '\033')\\[0;4;36manoikis$(printf '\033')" "$tmp/tty"
"$CASCADE" show 6 --height 60 > "$tmp/tall" 2> "$tmp/err"
check "show --height 60 draws the previews taller, as a 60-line pager does" sh -c "
	[ \$(wc -l < '$tmp/tall') -gt \$(wc -l < '$tmp/by-number') ] && [ ! -s '$tmp/err' ]"
usage_error "a height out of range" "show: --height '3' is not a whole number from 5 to 1000" show 1 --height 3
run show 6 --width 40
check "show --width 40 keeps every line within 40 columns" test "$(wc -L < "$tmp/out")" -le 40
usage_error "an unknown page names the valid range" "no page '99': give a number from 1 to 11" show 99
usage_error "an unknown page id too" "no page 'nowhere'" show nowhere
usage_error "a width out of range" "show: --width '5' is not a whole number from 20 to 1000" show 1 --width 5
usage_error "a width that is not a number" "show: --width 'wide'" show 1 --width wide
usage_error "an unknown option" "unknown option '--bogus'" --bogus
usage_error "an unknown command" "unknown command 'frobnicate'" frobnicate
usage_error "an unknown charset" "--charset must be ascii, blocks or braille" --charset ebcdic list
usage_error "list takes no argument" "list: unexpected argument 'x'" list x
run --content "$tmp/none" list
check "a missing content directory fails (exit 1) and says so" sh -c "[ $(rc) = 1 ] && grep -q 'cannot open content directory' '$tmp/err'"
"$CASCADE" show > "$tmp/all" 2> "$tmp/err"
rc=$?
key=$(grep -n '^Answer key$' "$tmp/all" | cut -d: -f1)
last=$(grep -n '^Review: the whole cascade' "$tmp/all" | cut -d: -f1)
check "show with no page prints every page, then one answer key" sh -c "[ $rc = 0 ] &&
	[ '$(grep -c '^Answer key$' "$tmp/all")' = 1 ] && ! grep -q '^Answers\$' '$tmp/all' &&
	[ '${last:-0}' -gt 0 ] && [ '${key:-0}' -gt '${last:-0}' ] &&
	sed -n '${key:-1},\$p' '$tmp/all' | grep -q '^   Quiz 1: '"
"$CASCADE" show all > "$tmp/all2"
check "show all is the same" cmp -s "$tmp/all" "$tmp/all2"
# Without a terminal, lead and follow say so; only a follower is offered
# a way without one.
run lead bio101 --dir "$tmp" < /dev/null
check "lead without a terminal says so, offering nothing for followers" \
	sh -c "[ $(rc) = 1 ] && [ \"\$(cat '$tmp/err')\" = 'cascade: lead needs a terminal' ]"
run follow bio101 --dir "$tmp" < /dev/null
check "follow without a terminal offers --headless" \
	grep -qx "cascade: follow needs a terminal (or: cascade follow CLASS --headless)" "$tmp/err"
# A command's usage error points to that command's own help.
run refs --fomat text
check "a command's usage error names the option and points to its own help" \
	sh -c "[ $(rc) = 2 ] && [ \"\$(cat '$tmp/err')\" = \"\$(printf \"cascade: refs: unknown option '--fomat'\\nTry 'cascade refs --help' for more information.\")\" ]"
# The glossary, a page in the pager and in search's hits, can be shown,
# and the handout carries it before the answer key.
run show glossary
check "show glossary prints the glossary" \
	sh -c "[ $(rc) = 0 ] && [ \"\$(head -n 1 '$tmp/out')\" = Glossary ] && grep -qx 'Anoikis' '$tmp/out'"
gl=$(grep -n '^Glossary$' "$tmp/all" | cut -d: -f1)
check "show all carries the glossary after the pages, before the answer key" \
	sh -c "[ '${gl:-0}' -gt '${last:-0}' ] && [ '${key:-0}' -gt '${gl:-0}' ]"
# On a terminal, sim describe's sources are broken at spaces to its
# width, continued under their label.
script -qec "stty cols 80; '$CASCADE' sim describe intravasation" /dev/null < /dev/null | tr -d '\r' > "$tmp/describe"
check "sim describe's sources are broken to the terminal too, under their label" \
	sh -c "[ \$(wc -L < '$tmp/describe') -le 80 ] && grep -q '^              Gullino 1975' '$tmp/describe'"
# With no terminal, a page that does not exist is said once, not printed
# "instead".
run --page 99
check "--page 99 in a pipe says there is no such page, and nothing else" \
	sh -c "[ $(rc) = 2 ] && [ ! -s '$tmp/out' ] && ! grep -q 'printing' '$tmp/err' && grep -q \"^cascade: no page '99'\" '$tmp/err'"
# A page's id may be cut short where only one page starts so, as the
# pager's ':' takes it.
run show in-the-bl
check "show takes the start of one page's id" cmp -s "$tmp/by-number" "$tmp/out"
run show in
check "a start that fits two pages is a usage error that names them" \
	sh -c "[ $(rc) = 2 ] && grep -q \"^cascade: show: 'in' starts more than one page's id: into-the-blood, in-the-blood \" '$tmp/err'"
