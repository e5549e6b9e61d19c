#!/bin/sh
# completion.sh — the bash completion (completions/bash/cascade) driven as
# bash drives it, COMP_LINE up to the cursor, offering commands, options,
# pages, models, parameters ("platelets=") and presets, all from the
# program; the zsh one is checked for syntax where zsh is installed.
. "$top_srcdir/tests/lib.sh"
scratch
plan 16
command -v bash > /dev/null 2>&1 || skip_all "no bash"
mkdir -p "$tmp/work/lessons"
# comp LINE: the words bash would offer for LINE (cursor at its end).
comp() {
	(cd "$tmp/work" && bash -c '. "$1"; COMP_LINE=$2; COMP_POINT=${#COMP_LINE}
		_cascade; printf "%s\n" "${COMPREPLY[@]}"' \
		sh "$top_srcdir/completions/bash/cascade" "$CASCADE $1") > "$tmp/c" 2>&1
}
has() { grep -qx -- "$1" "$tmp/c"; }
only() { [ "$(tr '\n' ' ' < "$tmp/c")" = "$1" ]; }

comp ""
check "commands" sh -c "grep -qx show '$tmp/c' && grep -qx sim '$tmp/c' && grep -qx lint '$tmp/c'"
comp "sh"
check "a command's start" only "show "
comp "--c"
check "global options" only "--content --charset "
comp "--charset b"
check "an option's values" only "blocks braille "
comp "--content "
check "a directory for --content" only "lessons "
comp "show "
check "page numbers, ids and all" sh -c "grep -qx 6 '$tmp/c' && grep -qx in-the-blood '$tmp/c' &&
	grep -qx all '$tmp/c'"
comp "show --"
check "a command's options" only "--width --height --help "
comp "sim "
check "models and sim's words" sh -c "grep -qx circulation '$tmp/c' && grep -qx list '$tmp/c' &&
	grep -qx describe '$tmp/c'"
comp "sim circulation pl"
check "parameter names, with their '='" only "platelets= "
comp "sim circulation --preset "
"$CASCADE" sim describe circulation > "$tmp/describe"
missing=
for p in $(cat "$tmp/c"); do grep -q -- "$p" "$tmp/describe" || missing="$missing $p"; done
check "presets, each one the model describes" sh -c "[ -s '$tmp/c' ] && [ -z '$missing' ]"
comp "sim circulation preset=n"
check "after '=', only what follows it (bash splits there)" sh -c "grep -q '^n' '$tmp/c' && ! grep -q preset= '$tmp/c'"
comp "sim --format=c"
check "--option=value" only "csv chart "
CASCADE_RESTRICTED=1 CASCADE_CONTENT=$top_srcdir/tests/tui/course \
	"$CASCADE" --complete --content "$top_srcdir/tests/tui/course" show "" > "$tmp/c"
check "restricted mode offers no other directory's pages" sh -c "grep -qx in-the-blood '$tmp/c' &&
	! grep -qx start '$tmp/c'"
# zcomp WORD...: what the zsh completion offers after cascade WORD... (the
# last being completed), with compadd and _files standing in for zsh's.
zcomp() {
	zsh -c 'compadd() { while [ "$1" != -- ]; do shift; done; shift; print -l -- "$@"; }
		_files() { print ":files $*"; }
		f=$1; shift; words=("$@"); CURRENT=$#; . "$f"' \
		zsh "$top_srcdir/completions/zsh/_cascade" "$CASCADE" "$@" > "$tmp/c" 2>&1
}
if command -v zsh > /dev/null 2>&1; then
	check "the zsh completion parses" zsh -n "$top_srcdir/completions/zsh/_cascade"
	zcomp sim circulation pl
	check "zsh: parameter names" only "platelets= "
	zcomp --content ""
	check "zsh: directories for --content" only ":files -/ "
else
	ok "the zsh completion parses # SKIP zsh is not installed"
	ok "zsh: parameter names # SKIP zsh is not installed"
	ok "zsh: directories for --content # SKIP zsh is not installed"
fi
