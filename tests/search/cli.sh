#!/bin/sh
# cli.sh — `cascade search`: grep's exit statuses (0 found, 1 none, 2 bad
# pattern or usage), the "page:line: text" format, lines that agree with
# `cascade show`, a match across a wrap, -i, -F, --page, the glossary,
# UTF-8, a pattern stopped at the match limit, and the match marked only
# on a terminal.  Prints TAP.
. "$top_srcdir/tests/lib.sh"
scratch
plan 28

# run ARGS...: `cascade search ARGS` into $tmp/out and $tmp/err, status in $rc.
run() {
	"$CASCADE" search "$@" > "$tmp/out" 2> "$tmp/err"
	rc=$?
}
# expect DESC STATUS: the last run's exit status.
expect() {
	if [ "$rc" -eq "$2" ]; then ok "$1"; else not_ok "$1 (status $rc, want $2)"; sed 's/^/# /' "$tmp/err"; fi
}

# Exit statuses.
run platelet --width 80
expect "a match exits 0" 0
run 'zq+xj' --width 80
expect "no match exits 1" 1
check "no match prints nothing" test ! -s "$tmp/out" -a ! -s "$tmp/err"
run 'cells (in' --width 80
expect "a bad pattern exits 2" 2
check "a bad pattern gets PCRE2's message and the offset" \
	grep -q "^cascade: search: bad pattern 'cells (in': missing closing parenthesis at offset 9$" "$tmp/err"
check "a bad pattern prints nothing on stdout" test ! -s "$tmp/out"
run ''
expect "an empty pattern exits 2" 2
run
expect "no pattern is a usage error" 2
run a b
expect "two patterns are a usage error" 2
run --frobnicate x
expect "an unknown option is a usage error" 2
run x --page 99
expect "an unknown page is a usage error" 2
run x --width 5
expect "a width out of range is a usage error" 2

# The format, and lines that agree with `cascade show` at the same width.
run platelet --width 80
check "every line is page:line: text" \
	sh -c '! grep -Ev "^[a-z0-9-]+:[0-9]+: .*[Pp][Ll][Aa][Tt][Ee][Ll][Ee][Tt]" "$1"' - "$tmp/out"
check "no terminal: no escape sequences" sh -c '! grep -q "$(printf "\033")" "$1"' - "$tmp/out"
bad=0
while IFS=: read -r page line text; do
	[ "$page" = glossary ] && continue # `cascade show` does not show it
	shown=$("$CASCADE" show "$page" --width 80 | sed -n "${line}p")
	case "$shown" in
	*"${text# }"*) ;;
	*) bad=$((bad + 1)); echo "# $page:$line: '$shown' lacks '${text# }'" ;;
	esac
done < "$tmp/out"
check "each line is the line \`cascade show\` prints there" test "$bad" -eq 0

# A phrase across a wrap prints both lines; at a wider width, one.
"$CASCADE" show in-the-blood --width 80 > "$tmp/page"
last=$(grep -n 'plug leaks$' "$tmp/page" | head -1 | cut -d: -f1)
run 'plug leaks by forming' --page in-the-blood --width 80
check "a match across a wrap prints both of its lines" \
	test "$(cut -d: -f1,2 "$tmp/out" | tr '\n' ' ')" = "in-the-blood:$last in-the-blood:$((last + 1)) "
run 'plug leaks by forming' --page in-the-blood --width 120
check "the same phrase on one line prints one line" test "$(wc -l < "$tmp/out")" -eq 1

# Options.
run 'platelets' --page in-the-blood --width 80
n_lower=$(wc -l < "$tmp/out")
run 'Platelets' --page in-the-blood --width 80
n_upper=$(wc -l < "$tmp/out")
run -i 'PlateletS' --page in-the-blood --width 80
n_i=$(wc -l < "$tmp/out")
check "smart case: a capital makes it case-sensitive" test "$n_upper" -gt 0 -a "$n_upper" -lt "$n_lower"
check "-i ignores case even with capitals" test "$n_i" -eq "$n_lower"
check "only lines of the page asked for" sh -c '! grep -qv "^in-the-blood:" "$1"' - "$tmp/out"
run 'platelets' --page 6 --width 80
check "--page takes a number too" test "$(wc -l < "$tmp/out")" -eq "$n_lower"
run -F '5.5 µm' --width 80
expect "-F takes the pattern literally (and UTF-8)" 0
run -F '5x5 µm' --width 80
expect "-F: a dot is only a dot" 1
run 'Anoikis$' --page glossary --width 80
check "the glossary is searchable" grep -q '^glossary:[0-9]*: Anoikis$' "$tmp/out"

# A pattern that backtracks without end is stopped and reported.
run '(\w+\s?)+$' --width 80
expect "a pattern stopped at the match limit exits 2" 2
check "... and says so" grep -q "too complex" "$tmp/err"

# On a terminal, matches are marked (colour, or reverse with NO_COLOR).
if command -v script > /dev/null 2>&1 &&
   script -qec true /dev/null > /dev/null 2>&1; then
	script -qec "'$CASCADE' search 'coated with' --page in-the-blood --width 80" /dev/null > "$tmp/tty" 2>&1
	check "on a terminal the match is marked in colour" \
		grep -q "$(printf 'become \033\\[1;31mcoated with\033\\[0m platelets')" "$tmp/tty"
	NO_COLOR=1 script -qec "'$CASCADE' search 'coated with' --page in-the-blood --width 80" /dev/null > "$tmp/tty" 2>&1
	check "with NO_COLOR, in reverse video" \
		grep -q "$(printf 'become \033\\[7mcoated with\033\\[0m platelets')" "$tmp/tty"
else
	ok "# SKIP no script(1) to give a terminal"
	ok "# SKIP no script(1) to give a terminal"
fi
