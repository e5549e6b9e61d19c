#!/bin/sh
# lint.sh — `cascade lint` and walkthrough files: on each deliberately
# broken file of tests/walk/broken, exit 1 and every message listed in
# tests/walk/expected.txt and no other; the same messages when the files
# sit in a content directory given to `cascade lint DIR`; silence and exit
# 0 on the shipped example and on the example in cascade-content(5);
# usage errors exit 2.
. "$top_srcdir/tests/lib.sh"
scratch
grep -v -e '^#' -e '^$' "$top_srcdir/tests/walk/expected.txt" > "$tmp/want"
nwant=$(wc -l < "$tmp/want")
nfiles=$(ls "$top_srcdir"/tests/walk/broken/*.walk | wc -l)
plan $((nwant + nfiles + 22))


# Each broken file on its own fails.
cd "$top_srcdir" || exit 1
: > "$tmp/err"
for f in tests/walk/broken/*.walk; do
	"$CASCADE" lint --walkthrough "$f" > "$tmp/out" 2>> "$tmp/err"
	rc=$?
	if [ "$rc" -eq 1 ] && [ ! -s "$tmp/out" ]; then
		ok "$f: exit status 1, nothing on stdout"
	else
		not_ok "$f: exit status 1, nothing on stdout (got $rc)"
	fi
done
check_messages "--walkthrough" "$tmp/err" "$tmp/want"

# All of them at once, --walkthrough=FILE spelling included: the same.
set --
for f in tests/walk/broken/*.walk; do set -- "$@" --walkthrough "$f"; done
"$CASCADE" lint "$@" --walkthrough=examples/intro-lecture.walk > "$tmp/out" 2> "$tmp/err2"
check "all files at once: exit status 1" test $? -eq 1
check "all files at once: the same messages" cmp -s "$tmp/err" "$tmp/err2"

# The example: nothing to say, against the built-in pages or a directory.
"$CASCADE" lint --walkthrough examples/intro-lecture.walk > "$tmp/out" 2> "$tmp/err"
check "example: exit status 0" test $? -eq 0
if [ -s "$tmp/err" ] || ! grep -qx '11 pages, [0-9]* terms, 1 walkthrough: no problems' "$tmp/out" ||
   [ "$(wc -l < "$tmp/out")" != 1 ]; then
	not_ok "example: only the one-line summary"
	sed 's/^/# /' "$tmp/out" "$tmp/err" | head -20
else
	ok "example: only the one-line summary"
fi

# The example in cascade-content(5), unescaped, is a good walkthrough too.
sed -n '/^\.\\" walkthrough example begins/,/^\.\\" walkthrough example ends/p' \
	man/cascade-content.5 | grep -v '^\.' | sed 's/\\-/-/g' > "$tmp/man.walk"
"$CASCADE" lint --walkthrough "$tmp/man.walk" > "$tmp/out" 2> "$tmp/err"
check "cascade-content(5) example: exit status 0" test $? -eq 0
check "cascade-content(5) example: no output, and it has stops" \
	test ! -s "$tmp/err" -a "$(grep -c '^stop ' "$tmp/man.walk")" -ge 3

# A content directory: the pages, a stray file lint DIR warns about, the
# example and the broken files.
mkdir "$tmp/course"
cp content/*.md "$tmp/course/"
echo "notes for myself" > "$tmp/course/notes.md"
"$CASCADE" lint --walkthrough examples/intro-lecture.walk "$tmp/course" > "$tmp/out" 2> "$tmp/err"
check "example against a directory: exit status 0" test $? -eq 0
check "example against a directory: the course's warnings are lint DIR's" test ! -s "$tmp/err"
cp tests/walk/broken/*.walk examples/intro-lecture.walk "$tmp/course/"
"$CASCADE" lint "$tmp/course" > "$tmp/out" 2> "$tmp/err"
check "lint DIR: exit status 1" test $? -eq 1
sed "s|^tests/walk/broken/|$tmp/course/|" "$tmp/want" > "$tmp/want-dir"
echo "$tmp/course/notes.md: warning: not a page: name it NN-slug.md (e.g. 03-notes.md), or glossary.md" \
	>> "$tmp/want-dir"
if cmp -s "$tmp/want-dir" "$tmp/err"; then
	ok "lint DIR: every walkthrough message, at the directory's paths"
else
	not_ok "lint DIR: every walkthrough message, at the directory's paths"
	diff "$tmp/want-dir" "$tmp/err" | sed 's/^/# /' | head -20
fi
"$CASCADE" --content "$tmp/course" lint > "$tmp/out" 2> "$tmp/err2"
check "--content DIR lint: the same messages" cmp -s "$tmp/err" "$tmp/err2"

# A page a stop names is missing from the directory: said, with exit 1.
rm "$tmp/course"/*.walk "$tmp/course"/06-*.md
"$CASCADE" lint --walkthrough examples/intro-lecture.walk "$tmp/course" > "$tmp/out" 2> "$tmp/err"
check "a missing page: exit status 1" test $? -eq 1
check "a missing page: named at its stop" \
	grep -qx "examples/intro-lecture.walk:28: no page 'in-the-blood' (did you mean 'into-the-blood'?)" "$tmp/err"

# Files that cannot be read.
"$CASCADE" lint --walkthrough "$tmp/none.walk" > "$tmp/out" 2> "$tmp/err"
check "missing file: exit status 1" test $? -eq 1
check "missing file: says so" grep -qx "$tmp/none.walk: cannot read: No such file or directory" "$tmp/err"
"$CASCADE" lint --walkthrough "$tmp" > "$tmp/out" 2> "$tmp/err"
check "a directory: exit status 1" test $? -eq 1
check "a directory: says so" grep -qx "$tmp: cannot read: not a regular file" "$tmp/err"

# Usage errors.
"$CASCADE" lint --walkthrough > "$tmp/out" 2> "$tmp/err"
check "--walkthrough without a file: exit status 2" test $? -eq 2
check "--walkthrough without a file: says so" grep -q "lint: --walkthrough needs a file" "$tmp/err"
"$CASCADE" lint --walkthrough= > "$tmp/out" 2> "$tmp/err"
check "--walkthrough= with an empty name: exit status 2" test $? -eq 2
"$CASCADE" lint --walkthroughs x > "$tmp/out" 2> "$tmp/err"
check "--walkthroughs: unknown option, exit status 2" test $? -eq 2
exit 0
