#!/bin/sh
# hostile-course.sh — a course made to break a pager: deep nesting, a
# 10,000-character word, terminal escapes and control bytes in the text,
# bad UTF-8, absurd sims and quizzes, tabs, CRLF, empty files, wide and
# right-to-left text.  Every page is opened in the pager at 80x24 and at
# 20x6 and paged through to its end with G; the pager must stay up, quit
# cleanly, and no escape sequence from the content may reach the terminal
# (the pane's output is recorded byte for byte).  Under the sanitizer
# build any memory fault ends the test.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

course="$tmp/hostile"
mkdir -p "$course"
page() { # page N ID: front matter for page N on stdout
	printf -- '---\nid: %s\ntitle: Hostile %s\n---\n\n' "$2" "$1"
}
{
	page 1 deep
	i=0; while [ $i -lt 300 ]; do printf '> - '; i=$((i + 1)); done; echo "deep words"
	echo
	i=0; while [ $i -lt 120 ]; do printf '%*s- item\n' $((i * 2)) ''; i=$((i + 1)); done
} > "$course/01-deep.md"
{
	page 2 long-word
	head -c 10000 /dev/zero | tr '\0' 'x'; echo
	echo; printf '`'; head -c 10000 /dev/zero | tr '\0' 'y'; echo '`'
} > "$course/02-long-word.md"
{
	page 3 escapes
	printf 'Title \033]0;HOSTILE-TITLE\007 here, clear \033[2J, colour \033[31mred\033[0m.\n\n'
	printf 'Device status \033[6n, DCS \033PHOSTILE-DCS\033\\\\, bell \007, backspace \010, del \177.\n\n'
	printf 'C1 controls as UTF-8: \302\233HOSTILE-C1 and \302\235 here.\n\n'
	printf '```\ncode \033]0;HOSTILE-CODE\007 and \033[1;1H\n```\n\n'
	printf '```sim circulation \033[2J\nA sim with an escape.\n```\n'
} > "$course/03-escapes.md"
{
	page 4 bad-utf8
	printf 'Bytes \377\376 and a cut \342\202 sequence.\n'
} > "$course/04-bad-utf8.md"
{
	page 5 sims
	printf '```sim circulation minutes=1e308 cells=1e300\nAbsurd.\n```\n\n'
	printf '```sim nosuchmodel a=b\nUnknown.\n```\n\n'
	printf '```sim\nNo model.\n```\n\n'
	i=0; while [ $i -lt 40 ]; do printf '```sim arrest diameter=%d\nRun %d.\n```\n\n' $((i % 20 + 5)) $i; i=$((i + 1)); done
} > "$course/05-sims.md"
{
	page 6 quizzes
	printf '```quiz\n```\n\n```quiz\nNo options.\n```\n\n'
	printf '```quiz\nNone right?\n\n- [ ] a\n\n  No.\n- [ ] b\n\n  No.\n```\n\n'
	printf '```quiz\nThirty options?\n\n'
	i=0; while [ $i -lt 30 ]; do printf -- '- [%s] option %d\n\n  Because.\n\n' "$([ $i = 3 ] && echo x || echo ' ')" $i; i=$((i + 1)); done
	printf '```\n'
} > "$course/06-quizzes.md"
{
	page 7 tabs
	printf '```\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tx\n\ta\tb\n```\n\n\t\t\tindented\tcode\n\n<div>\t\t\t\t</div>\n'
} > "$course/07-tabs.md"
page 8 crlf | sed 's/$/\r/' > "$course/08-crlf.md"
printf 'A paragraph\r\nwith CRLF.\r\n\r\n```quiz\r\nQ?\r\n\r\n- [x] a\r\n\r\n  Yes.\r\n- [ ] b\r\n\r\n  No.\r\n```\r\n' >> "$course/08-crlf.md"
: > "$course/09-empty.md"
{
	page 10 wide
	printf '漢字の段落、とても長い行が続きます。漢字の段落、とても長い行が続きます。\n\n'
	printf 'Emoji 👩‍🔬🧬 and combining e\314\201\314\201\314\201, zero width \342\200\213x, RTL \342\200\256reversed\342\200\254.\n'
} > "$course/10-wide.md"

plan 10
# walk COLS LINES: opens the course, then on every page G (to the end), g
# and ] (to the next), recording what the pane is sent; true while the
# pager runs.
walk() {
	start "$1" "$2" --content "$course"
	tmux_ pipe-pane -t t -o "cat >> '$tmp/raw'"
	n=0
	while [ $n -lt 10 ]; do
		keys G; sleep 0.05; keys g; sleep 0.05; keys ']'; sleep 0.05
		n=$((n + 1))
	done
	keys G c
	# The contents open only once every key before c was read: alive.
	shows "Contents" && keys Escape && [ ! -s "$tmp/exit" ]
}
# quits: q ends the pager with status 0.
quits() { keys q; exited && grep -q 'exit=0' "$tmp/exit"; }

: > "$tmp/raw"
check "80x24: every hostile page opens and pages to its end" walk 80 24
check "80x24: and ends on the last good page" shows "Hostile 10"
keys h
check "80x24: the pager still answers: h opens help" shows "next lesson page"
keys q
check "80x24: q quits with status 0" quits
check "20x6: every hostile page opens and pages to its end" walk 20 6
check "20x6: q quits with status 0" quits
check "the escapes' page was drawn (its words reached the terminal)" grep -aq "HOSTILE-TITLE" "$tmp/raw"
check "no title-setting escape from the content reached the terminal" sh -c "! grep -aq \"\$(printf '\\033]0;HOSTILE')\" '$tmp/raw'"
check "no DCS or device-status request from the content" sh -c "! grep -aq \"\$(printf '\\033PHOSTILE')\" '$tmp/raw' && ! grep -aqF \"\$(printf '\\033[6n')\" '$tmp/raw'"
check "no raw C1 control from the content" sh -c "! grep -aq \"\$(printf '\\302\\233HOSTILE')\" '$tmp/raw'"
