#!/bin/sh
# deb.sh — the Debian package, built and installed as an administrator
# would: `dpkg-buildpackage -us -uc -b` in a clean copy of the tracked
# files (so the working tree's edits count, and its build does not),
# lintian on the result (no errors; warnings only with an override that
# gives its reason), then the .deb unpacked into a throwaway root, where
# the installed cascade runs `list` and `show 6` and the files the package
# must hold are checked.  Nothing is installed on the machine itself.
#
# Usage: tests/package/deb.sh [SRCDIR]   (default: this checkout)
# TAP on stdout.  Skipped, not failed, where dpkg-buildpackage, git or the
# build dependencies are missing; .ci/run runs it.  Takes a few minutes:
# the package build runs the whole `make check`.
set -u
src=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
n=0
failed=0
ok() { n=$((n + 1)); echo "ok $n - $*"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $*"; }
check() { d=$1; shift; if "$@"; then ok "$d"; else not_ok "$d"; fi; }
skip_all() { echo "1..0 # SKIP $*"; exit 0; }

command -v dpkg-buildpackage > /dev/null 2>&1 ||
	skip_all "dpkg-buildpackage is not installed (apt-get install dpkg-dev debhelper)"
command -v git > /dev/null 2>&1 && git -C "$src" rev-parse --git-dir > /dev/null 2>&1 ||
	skip_all "not a git checkout: the package is built from the tracked files"
if ! missing=$(cd "$src" && dpkg-checkbuilddeps 2>&1); then
	skip_all "build dependencies missing: ${missing#*: }"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cascade-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/cascade" "$tmp/root"
(cd "$src" && git ls-files -z | tar --null -T - -cf -) | tar -xf - -C "$tmp/cascade"

echo "1..14"
if (cd "$tmp/cascade" && dpkg-buildpackage -us -uc -b) > "$tmp/build.log" 2>&1; then
	ok "dpkg-buildpackage -us -uc -b"
else
	not_ok "dpkg-buildpackage -us -uc -b"
	tail -40 "$tmp/build.log" | sed 's/^/# /'
	echo "# $n tests, $failed failed"
	exit 1
fi
check "the build ran make check" grep -q "^# FAIL: *0$" "$tmp/build.log"
grep -E "^# (TOTAL|PASS|SKIP|FAIL):" "$tmp/build.log" | head -4 | sed 's/^# /#   make check in the build: /'

deb=$(ls "$tmp"/cascade_*.deb 2>/dev/null | head -1)
check "a .deb came out" test -n "$deb"
if command -v lintian > /dev/null 2>&1; then
	lintian --info --display-info "$tmp"/cascade_*.changes 2>&1 |
		grep -v 'running with root privileges' > "$tmp/lintian"
	[ -s "$tmp/lintian" ] || echo "(no tags)" > "$tmp/lintian"
	sed 's/^/#   lintian: /' "$tmp/lintian"
	check "lintian: no errors" sh -c "! grep -q '^E: ' '$tmp/lintian'"
	check "lintian: no warnings (fixed, or overridden with a reason)" \
		sh -c "! grep -q '^W: ' '$tmp/lintian'"
else
	ok "lintian: no errors # SKIP lintian is not installed"
	ok "lintian: no warnings # SKIP lintian is not installed"
fi

dpkg-deb -x "$deb" "$tmp/root"
r=$tmp/root
check "the program is /usr/bin/cascade" test -x "$r/usr/bin/cascade"
check "both man pages" test -f "$r/usr/share/man/man1/cascade.1.gz" -a \
	-f "$r/usr/share/man/man5/cascade-content.5.gz"
check "bash and zsh completions" test -f "$r/usr/share/bash-completion/completions/cascade" -a \
	-f "$r/usr/share/zsh/vendor-completions/_cascade"
# dh_compress gzips documentation over 4 KiB.
check "README and the example walkthrough" sh -c "ls '$r/usr/share/doc/cascade/README' \
	'$r/usr/share/doc/cascade/README.gz' '$r/usr/share/doc/cascade/examples/intro-lecture.walk' \
	'$r/usr/share/doc/cascade/examples/intro-lecture.walk.gz' 2>/dev/null | wc -l | grep -qx 2"
check "/etc/cascade/config, a conffile" sh -c "test -f '$r/etc/cascade/config' &&
	dpkg-deb -e '$deb' '$tmp/control' && grep -qx /etc/cascade/config '$tmp/control/conffiles'"

# The installed copy, with no settings of the user's and none of this
# machine's lessons in the way.
env -u CASCADE_CONTENT -u CASCADE_RESTRICTED XDG_CONFIG_HOME="$tmp/xdg" \
	XDG_STATE_HOME="$tmp/state" LC_ALL=C.UTF-8 "$r/usr/bin/cascade" list > "$tmp/list" 2> "$tmp/list.err"
rc=$?
sed 's/^/#   cascade list: /' "$tmp/list" "$tmp/list.err"
check "the installed cascade list: eleven pages" sh -c "[ $rc = 0 ] && [ \$(wc -l < '$tmp/list') = 11 ]"
env -u CASCADE_CONTENT -u CASCADE_RESTRICTED XDG_CONFIG_HOME="$tmp/xdg" \
	XDG_STATE_HOME="$tmp/state" LC_ALL=C.UTF-8 "$r/usr/bin/cascade" show 6 > "$tmp/show" 2> "$tmp/show.err"
rc=$?
head -3 "$tmp/show" | sed 's/^/#   cascade show 6: /'
check "the installed cascade show 6: the page" sh -c "[ $rc = 0 ] && [ ! -s '$tmp/show.err' ] &&
	[ \$(wc -l < '$tmp/show') -gt 20 ] && head -1 '$tmp/show' | grep -q ."
env -u CASCADE_CONTENT XDG_CONFIG_HOME="$tmp/xdg" "$r/usr/bin/cascade" --version |
	sed 's/^/#   cascade --version: /'
check "it looks for the site's files in /etc and /usr/share" sh -c "
	grep -a -q '/etc/cascade/config' '$r/usr/bin/cascade' &&
	grep -a -q '/usr/share/cascade/content' '$r/usr/bin/cascade'"
check "the package's completions answer from the installed program" sh -c "
	command -v bash > /dev/null || exit 0
	bash -c '. \"\$1\"; COMP_LINE=\"\$2 sim circulation pl\"; COMP_POINT=\${#COMP_LINE}; _cascade
		printf \"%s\\n\" \"\${COMPREPLY[@]}\"' sh '$r/usr/share/bash-completion/completions/cascade' \
		'$r/usr/bin/cascade' | grep -qx platelets="
echo "# $n tests, $failed failed"
[ "$failed" = 0 ]
