#!/bin/sh
# progress.sh — `cascade progress` prints per page what was visited,
# answered, right and tried, with totals; --reset asks first, refuses
# without a yes, and --yes clears without asking.
. "$top_srcdir/tests/lib.sh"
scratch
plan 12
export XDG_STATE_HOME=$tmp/state
dir=$tmp/state/cascade

"$CASCADE" progress > "$tmp/out" 2> "$tmp/err"
check "with no progress yet: exit 0, every page 'no'" \
	sh -c "test $? -eq 0 && ! grep -q '^ *[0-9][0-9]*  [a-z-]*  *yes' '$tmp/out' && test ! -s '$tmp/err'"
check "it names the file" grep -qx "Progress kept in $dir/progress" "$tmp/out"

# A hand-written file in the documented format.
mkdir -p "$dir"
cat > "$dir/progress" <<'END'
cascade-progress 2
# written by hand, as the man page describes
last surviving-without-an-anchor 1700000300
page letting-go 1700000100 0 0 0
page surviving-without-an-anchor 1700000300 40 250000 1700000280
quiz surviving-without-an-anchor 1 B right 1700000200 B right 1700000200
quiz surviving-without-an-anchor 2 A wrong 1700000210 B right 1700000220
sim detachment 2 1700000250
tried surviving-without-an-anchor detachment 1700000250
end 7
END
"$CASCADE" progress > "$tmp/out" 2> "$tmp/err"
check "the hand-written file is read without warning" test ! -s "$tmp/err"
check "it says where to resume" grep -q "^Resume at page 4, Surviving without an anchor" "$tmp/out"
check "page 4: read, 2 of 4 answered, 1 right, its sim tried there" \
	grep -q "^  4  surviving-without-an-anchor  yes      2/4       1/4    1/1" "$tmp/out"
check "page 3: only opened, nothing answered, its sim not tried there" \
	grep -q "^  3  letting-go  *opened   0/4       0/4    0/1" "$tmp/out"
check "the totals row adds up" \
	grep -q "^     in all  *1/[0-9]*  *2/[0-9]*  *1/[0-9]*  *[0-9]*/[0-9]*$" "$tmp/out"
check "the line under the table says what read and right count" \
	grep -q "^Read: to the page's end (2 of [0-9]* pages opened)\. Right: at the first try\.$" "$tmp/out"
check "every line fits 80 columns" \
	sh -c '! awk "length > 80" "$1" | grep -q .' sh "$tmp/out"

# Reset: refused without a yes, done with one.
cp "$dir/progress" "$tmp/before"
echo n | "$CASCADE" progress --reset > "$tmp/out" 2> "$tmp/err"
check "--reset answered 'n' refuses (exit 1) and keeps the file" \
	sh -c "test $? -eq 1 && grep -q 'Clear all progress kept in $dir? \[y/N\]' '$tmp/out' &&
	       grep -q 'progress not cleared' '$tmp/err' && cmp -s '$tmp/before' '$dir/progress'"
echo y | "$CASCADE" progress --reset > "$tmp/out" 2>&1
check "--reset answered 'y' clears it" \
	sh -c "test $? -eq 0 && grep -q 'Progress cleared.' '$tmp/out' && ! grep -q '^quiz' '$dir/progress'"
"$CASCADE" progress --yes > /dev/null 2>&1; a=$?
"$CASCADE" progress extra > /dev/null 2>&1; b=$?
cp "$tmp/before" "$dir/progress"
"$CASCADE" progress --reset --yes < /dev/null > /dev/null 2>&1; c=$?
check "--yes alone or an argument is a usage error; --reset --yes clears without asking" \
	sh -c "test $a$b$c = 220 && ! grep -q '^quiz' '$dir/progress'"
