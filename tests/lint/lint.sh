#!/bin/sh
# lint.sh — `cascade lint`: silent with exit 0 on the built-in pages; on the
# deliberately broken pages of tests/lint/broken, every message listed in
# tests/lint/expected.txt and no other, with exit 1; usage errors exit 2.
. "$top_srcdir/tests/lib.sh"
scratch
grep -v -e '^#' -e '^$' "$top_srcdir/tests/lint/expected.txt" > "$tmp/want"
nwant=$(wc -l < "$tmp/want")
plan $((nwant + 10))

"$CASCADE" lint > "$tmp/out" 2> "$tmp/err"
check "built-in pages: exit status 0" test $? -eq 0
if [ -s "$tmp/err" ] || ! grep -qx '11 pages, [0-9]* terms, 0 walkthroughs: no problems' "$tmp/out" ||
   [ "$(wc -l < "$tmp/out")" != 1 ]; then
	not_ok "built-in pages: only the one-line summary"
	sed 's/^/# /' "$tmp/out" "$tmp/err" | head -20
else
	ok "built-in pages: only the one-line summary"
fi

(cd "$top_srcdir" && "$CASCADE" lint tests/lint/broken) > "$tmp/out" 2> "$tmp/err"
check "broken pages: exit status 1" test $? -eq 1
check "broken pages: nothing on stdout" test ! -s "$tmp/out"
check_messages "broken pages" "$tmp/err" "$tmp/want"

# --content DIR is the same as lint DIR.
(cd "$top_srcdir" && "$CASCADE" --content tests/lint/broken lint) > "$tmp/out2" 2> "$tmp/err2"
check "--content DIR lint: exit status 1" test $? -eq 1
check "--content DIR lint: the same messages" cmp -s "$tmp/err" "$tmp/err2"

"$CASCADE" lint "$tmp/no-such-dir" > "$tmp/out" 2> "$tmp/err"
rc=$?
check "missing directory: exit status 1" test "$rc" -eq 1
check "missing directory: says so" grep -q "^$tmp/no-such-dir: cannot open content directory" "$tmp/err"

"$CASCADE" lint a b > "$tmp/out" 2> "$tmp/err"
check "two directories: usage error, exit status 2" test $? -eq 2
exit 0
