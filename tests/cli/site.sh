#!/bin/sh
# site.sh — a lab machine's site-wide lessons and settings, through
# tests/cli/cascade-site: the program built with its site directories in
# the build tree (tests/site/etc and tests/site/share), so that nothing
# outside it is touched.  The lookup order (--content, CASCADE_CONTENT,
# the site's lessons, built in), what list and --version say, bad lines
# as file:line warnings that change nothing else, the user's file over
# the site's, and a site's restricted mode that a user cannot undo.
. "$top_srcdir/tests/lib.sh"
scratch
CASCADE=$top_builddir/tests/cli/cascade-site
site=$top_builddir/tests/site
etc=$site/etc/cascade
share=$site/share/cascade/content
rm -rf "$site"
mkdir -p "$etc" "$share" "$tmp/xdg/cascade"
XDG_CONFIG_HOME=$tmp/xdg
export XDG_CONFIG_HOME
plan 17
run() { "$CASCADE" "$@" > "$tmp/out" 2> "$tmp/err" < /dev/null; echo $? > "$tmp/rc"; }
rc() { cat "$tmp/rc"; }

run --version
check "an empty site directory: the built-in lessons" grep -qx "lessons: built in" "$tmp/out"
cp "$top_srcdir"/tests/tui/course/*.md "$share/"
run --version
check "--version names the site's lessons" grep -qx "lessons: $share (the site's)" "$tmp/out"
run list
check "list reads the site's lessons and says so" sh -c "[ $(rc) = 0 ] &&
	[ \$(wc -l < '$tmp/out') = 3 ] && grep -q '^ 1  start ' '$tmp/out' &&
	grep -qx 'cascade: lessons: $share (the site.s)' '$tmp/err'"
CASCADE_CONTENT=$top_srcdir/content run list
check "CASCADE_CONTENT comes before the site's" sh -c "[ \$(wc -l < '$tmp/out') = 11 ] &&
	grep -q '(from CASCADE_CONTENT)' '$tmp/err'"
CASCADE_CONTENT=$top_srcdir/content run --content "$share" list
check "--content comes before CASCADE_CONTENT" grep -q "(from --content)" "$tmp/err"
run --restricted show start
check "restricted mode reads the site's lessons" sh -c "[ $(rc) = 0 ] && grep -q 'Start here' '$tmp/out'"

# The pager too, as a lab guest under ForceCommand would get it.
if command -v tmux > /dev/null 2>&1; then
	sock=$tmp/tmux.sock
	tmux -S "$sock" -f /dev/null new-session -d -s t -x 80 -y 24 \
		"env TERM=xterm-256color LC_ALL=C.UTF-8 XDG_STATE_HOME='$tmp/state' \
		 XDG_CONFIG_HOME='$XDG_CONFIG_HOME' CASCADE_RESTRICTED=1 '$CASCADE'; sleep 30"
	i=0
	until tmux -S "$sock" capture-pane -p -t t | grep -q "Start here" || [ $i -ge 50 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	tmux -S "$sock" capture-pane -p -t t > "$tmp/screen"
	tmux -S "$sock" kill-server 2> /dev/null
	check "a restricted pager opens the site's lessons" sh -c "grep -q 'Start here' '$tmp/screen' &&
		grep -q restricted '$tmp/screen'"
else
	ok "a restricted pager opens the site's lessons # SKIP tmux is not installed"
fi

printf 'theme = light\nthis is not a setting\ncharset = ebcdic\ncolour = red\n' > "$etc/config"
run list
check "bad lines of the site's file are file:line warnings" sh -c "[ $(rc) = 0 ] &&
	grep -qx 'cascade: $etc/config:2: warning: not .key = value.; line ignored' '$tmp/err' &&
	grep -qx 'cascade: $etc/config:3: warning: charset takes ascii, blocks or braille, not .ebcdic.; line ignored' '$tmp/err' &&
	grep -qx 'cascade: $etc/config:4: warning: unknown setting .colour.; line ignored' '$tmp/err'"
check "... and the rest still works" grep -q '^ 3  long ' "$tmp/out"

rm -f "$share"/*.md
printf 'charset = ascii\n' > "$etc/config"
run show 6
check "the site's charset is used" sh -c "[ $(rc) = 0 ] && ! LC_ALL=C grep -q '[^ -~]' '$tmp/out'"
printf 'charset = blocks\n' > "$XDG_CONFIG_HOME/cascade/config"
run show 6
check "the user's file comes over the site's" sh -c "LC_ALL=C grep -q '[^ -~]' '$tmp/out'"
run --charset ascii show 6
check "the command line comes over both" sh -c "! LC_ALL=C grep -q '[^ -~]' '$tmp/out'"

printf 'restricted = yes\n' > "$etc/config"
printf 'restricted = no\n' > "$XDG_CONFIG_HOME/cascade/config"
run lint
check "the site's restricted = yes is forced on" sh -c "[ $(rc) = 2 ] &&
	grep -q 'lint is not available in restricted mode' '$tmp/err'"
check "a user's restricted = no is refused with a warning" \
	grep -q "config:1: warning: the site's settings force restricted mode; line ignored" "$tmp/err"
printf 'class-dir = /nonexistent/site-class\n' > "$etc/config"
printf 'class-dir = /nonexistent/user-class\n' > "$XDG_CONFIG_HOME/cascade/config"
run follow site-test-nobody --headless
check "the user's class-dir comes over the site's" grep -q "/nonexistent/user-class" "$tmp/err"
printf '' > "$etc/config"
CASCADE_RESTRICTED=1 run follow site-test-nobody --headless
check "restricted mode takes no class-dir of the user's (as no --dir)" \
	sh -c "! grep -q '/nonexistent/user-class' '$tmp/err'"
printf '\377\376binary\000junk\n' > "$etc/config"
run list
check "a binary site file does not stop cascade" sh -c "[ $(rc) = 0 ] && grep -q 'warning' '$tmp/err'"
rm -rf "$site"
