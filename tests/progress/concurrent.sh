#!/bin/sh
# concurrent.sh — sessions of one student saving at the same moment never
# lose each other's work: several processes save different answers many
# times at once, and every answer, and every sim opening, is in the file
# at the end, which is whole.  Then two `cascade quiz` runs at once.
. "$top_srcdir/tests/lib.sh"
scratch
writer="$top_builddir/tests/progress/writer"
plan 9
state=$tmp/state/cascade
n=150
"$writer" "$state" alpha $n 2> "$tmp/err.a" & a=$!
"$writer" "$state" beta $n 2> "$tmp/err.b" & b=$!
"$writer" "$state" gamma $n 2> "$tmp/err.c" & c=$!
wait $a; ra=$?
wait $b; rb=$?
wait $c; rc=$?
if [ $ra -eq 0 ] && [ $rb -eq 0 ] && [ $rc -eq 0 ]; then
	ok "three writers, $n saves each, all succeed"
else
	not_ok "three writers, $n saves each, all succeed ($ra $rb $rc)"
	cat "$tmp"/err.* | sed 's/^/# /'
fi
file=$state/progress
for p in alpha beta gamma; do
	got=$(grep -c "^quiz $p " "$file")
	if [ "$got" -eq $n ]; then ok "all $n answers of $p survive"; else not_ok "all $n answers of $p survive (found $got)"; fi
done
check "every sim opening counts: $((3 * n))" grep -qx "sim shared $((3 * n)) [0-9]*" "$file"
check "the file ends with its record count" sh -c "tail -n 1 '$file' | grep -qx 'end $((3 * n + 3 + 1 + 1))'"
left=$(ls -A "$state" | grep -v -x -e progress -e progress.lock)
if [ -z "$left" ]; then ok "no temporary or set-aside files left"; else not_ok "no temporary or set-aside files left: $left"; fi

# Two quiz sessions at once, on different pages, both recorded.
export XDG_STATE_HOME=$tmp/state2
right3=$("$CASCADE" show 3 | sed -n 's/^ *Quiz [0-9]*: \([A-Z]\)).*/\1/p')
right4=$("$CASCADE" show 4 | sed -n 's/^ *Quiz [0-9]*: \([A-Z]\)).*/\1/p')
printf '%s\n' $right3 | "$CASCADE" quiz 3 > "$tmp/q3" 2>&1 & a=$!
printf '%s\n' $right4 | "$CASCADE" quiz 4 > "$tmp/q4" 2>&1 & b=$!
wait $a; ra=$?
wait $b; rb=$?
check "both quiz runs finish" test $ra -eq 0 -a $rb -eq 0
n3=$(echo $right3 | wc -w)
n4=$(echo $right4 | wc -w)
"$CASCADE" progress > "$tmp/progress" 2>&1
if grep -q "^ *3  letting-go .* $n3/$n3 *$n3/$n3" "$tmp/progress" &&
   grep -q "^ *4  surviving-without-an-anchor .* $n4/$n4 *$n4/$n4" "$tmp/progress"; then
	ok "both pages' answers are recorded"
else
	not_ok "both pages' answers are recorded"
	sed 's/^/# /' "$tmp/progress" "$tmp/q3" "$tmp/q4" | head -40
fi
