#!/bin/sh
# help.sh — help at every level: `cascade --help` names every command and
# points to COMMAND --help; `cascade COMMAND --help` answers for every
# command (from the command table, as the completions list it) with exit
# 0; every option a command's help lists is one the command accepts; and
# lint says what it checked when all is well.
. "$top_srcdir/tests/lib.sh"
scratch
commands=$("$CASCADE" --complete "")
ncommands=$(echo "$commands" | wc -l)
plan $((ncommands * 2 + 6))
"$CASCADE" --help > "$tmp/help"
missing=
for c in $commands; do grep -q "^  $c\( \|$\)" "$tmp/help" || missing="$missing $c"; done
check "--help names every command${missing:+ (missing:$missing)}" test -z "$missing"
check "--help points to COMMAND --help" grep -q "COMMAND --help" "$tmp/help"
for c in $commands; do
	"$CASCADE" "$c" --help > "$tmp/$c.help" 2> "$tmp/$c.err" < /dev/null
	rc=$?
	check "$c --help exits 0 with its usage" sh -c "[ $rc = 0 ] && [ ! -s '$tmp/$c.err' ] &&
		grep -q '^Usage: cascade \[OPTION\]\.\.\. $c' '$tmp/$c.help'"
	# Each option the help lists, given as the command would take it: no
	# "unknown option" (a missing operand or a bad value may be refused).
	bad=
	sed -n 's/^  \(-[-a-zA-Z]*\)\( [^ ]*\)\{0,1\}  .*/\1\2/p; s/^  \(-[-a-zA-Z]*\)\( [^ ]*\)\{0,1\}$/\1\2/p' \
		"$tmp/$c.help" > "$tmp/$c.opts"
	while read -r opt arg; do
		[ "$opt" = --help ] && continue
		set -- "$opt"
		[ -n "$arg" ] && set -- "$opt" x
		(cd "$tmp" && "$CASCADE" "$c" "$@" < /dev/null > /dev/null 2> "$tmp/opt.err")
		grep -q "unknown option" "$tmp/opt.err" && bad="$bad $opt"
	done < "$tmp/$c.opts"
	check "$c accepts every option its help lists${bad:+ (refused:$bad)}" test -z "$bad"
done
"$CASCADE" sim -h > "$tmp/out" 2>&1
check "-h after a command is its help too" grep -q "^Usage: cascade \[OPTION\]\.\.\. sim" "$tmp/out"
"$CASCADE" search -- --help > "$tmp/out" 2>&1
check "after --, --help is an operand (a search pattern)" sh -c "! grep -q '^Usage' '$tmp/out'"
"$CASCADE" lint > "$tmp/out" 2> "$tmp/err"
rc=$?
check "lint says what it checked when all is well" sh -c "[ $rc = 0 ] &&
	grep -qx '11 pages, [0-9]* terms, 0 walkthroughs: no problems' '$tmp/out'"
"$CASCADE" lint --walkthrough "$top_srcdir/examples/intro-lecture.walk" > "$tmp/out"
check "lint of one walkthrough counts it" grep -q ', 1 walkthrough: no problems$' "$tmp/out"
