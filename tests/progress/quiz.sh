#!/bin/sh
# quiz.sh — `cascade quiz` driven from stdin: right, wrong and nonsense
# answers are judged and scored, the first answer to each quiz is the one
# recorded, q stops, early end of input is an error, and a review of all
# pages asks every quiz.  The right letters come from the answer key that
# `cascade show` prints, so the two are checked against each other.
. "$top_srcdir/tests/lib.sh"
scratch
plan 22
export XDG_STATE_HOME=$tmp/state
file=$tmp/state/cascade/progress
key() { "$CASCADE" show "$1" | sed -n 's/^ *Quiz [0-9]*: \([A-Z]\)).*/\1/p'; }
wrong() { if [ "$1" = A ]; then echo B; else echo A; fi; }
set -- $(key 4)
check "page 4 has an answer key of 4 quizzes" test $# -eq 4
r1=$1 r2=$2 r3=$3 r4=$4
w2=$(wrong "$r2") w4=$(wrong "$r4")

# Right, wrong, nonsense then right (lower case), wrong.
printf '%s\n%s\nzz\n%s\n%s\n' "$r1" "$w2" "$(echo "$r3" | tr A-Z a-z)" "$w4" |
	"$CASCADE" quiz 4 > "$tmp/out" 2> "$tmp/err"
check "a full run exits 0" test $? -eq 0
check "it says which page" grep -q "^Page 4: Surviving without an anchor" "$tmp/out"
check "two answers are marked correct" test "$(grep -c '^✓ correct\.$' "$tmp/out")" -eq 2
check "two are marked not quite, naming the right answer" \
	sh -c "grep -qx '✗ not quite: the answer is $r2.' '$tmp/out' && grep -qx '✗ not quite: the answer is $r4.' '$tmp/out'"
check "a wrong answer shows its explanation and the right one's" \
	sh -c "grep -q '^  $w2: ' '$tmp/out' && grep -q '^  $r2: Correct' '$tmp/out'"
check "nonsense is asked again" grep -q "^Please answer with one letter from A to [A-Z]\.$" "$tmp/out"
check "answers read from a pipe are echoed" grep -q "^Your answer (A-[A-Z], or q to stop): $r1$" "$tmp/out"
check "the score counts 2 of 4" grep -qx "Score: 2 of 4 right." "$tmp/out"
check "the recorded score is 2 of 4" grep -qx "Recorded for page 4: 2 of 4 right at the first try (4 answered)." "$tmp/out"
check "nothing on stderr" test ! -s "$tmp/err"
check "the progress file has the four first answers" \
	sh -c "grep -q '^quiz surviving-without-an-anchor 1 $r1 right ' '$file' &&
	       grep -q '^quiz surviving-without-an-anchor 2 $w2 wrong ' '$file' &&
	       grep -q '^quiz surviving-without-an-anchor 3 $r3 right ' '$file' &&
	       grep -q '^quiz surviving-without-an-anchor 4 $w4 wrong ' '$file'"

# All right the second time: this run scores 4, the record keeps 2.
printf '%s\n' "$r1" "$r2" "$r3" "$r4" | "$CASCADE" quiz surviving-without-an-anchor > "$tmp/out" 2>&1
check "a second run scores 4 of 4" grep -qx "Score: 4 of 4 right." "$tmp/out"
check "but the first answers stay the ones scored" \
	sh -c "grep -qx 'Recorded for page 4: 2 of 4 right at the first try (4 answered).' '$tmp/out' &&
	       test \$(grep -c '^(You answered this before: your first answer, [A-Z], is the one scored.)$' '$tmp/out') -eq 4"
check "the latest answers are recorded as right" \
	test "$(grep -c "^quiz surviving-without-an-anchor [1-4] [A-Z] [a-z]* [0-9]* [A-Z] right [0-9]*$" "$file")" -eq 4

# q stops without error; the end of input before the end is an error.
printf '%s\nq\n' "$r1" | "$CASCADE" quiz 4 > "$tmp/out" 2>&1
check "q stops the run, exit 0" sh -c "test $? -eq 0 && grep -qx 'Score: 1 of 1 right (1 of 4 questions answered).' '$tmp/out'"
printf '%s\n' "$r1" | "$CASCADE" quiz 4 > "$tmp/out" 2> "$tmp/err"
check "input ending early exits 1 and says so" \
	sh -c "test $? -eq 1 && grep -qx 'cascade: input ended before question 2 of 4' '$tmp/err'"
yes zz | head -n 20 | "$CASCADE" quiz 4 > "$tmp/out" 2> "$tmp/err"
check "ten answers that are not letters give up" \
	sh -c "test $? -eq 1 && grep -q 'answers in a row were not letters' '$tmp/err'"

# Usage.
"$CASCADE" quiz 1 < /dev/null > /dev/null 2> "$tmp/err"
check "a page without a quiz says so (exit 1)" sh -c "test $? -eq 1 && grep -q 'page 1 (how-to-use) has no quiz' '$tmp/err'"
"$CASCADE" quiz 99 < /dev/null > /dev/null 2>&1; a=$?
"$CASCADE" quiz 3 4 < /dev/null > /dev/null 2>&1; b=$?
"$CASCADE" quiz --frob < /dev/null > /dev/null 2>&1; c=$?
check "an unknown page, two pages or an unknown option: exit 2" test "$a$b$c" = 222

# ASCII: plain marks, no byte above 127.
printf '%s\n' "$(wrong "$r1")" "$r2" "$r3" "$r4" | "$CASCADE" --charset ascii quiz 4 > "$tmp/out" 2>&1
check "with --charset ascii the marks are + and x, and all is ASCII" \
	sh -c "grep -qx '+ correct.' '$tmp/out' && grep -qx 'x not quite: the answer is $r1.' '$tmp/out' &&
	       ! LC_ALL=C grep -q '[^ -~]' '$tmp/out'"

# A review of every page asks every quiz in order.
total=0 rights=0
for id in $("$CASCADE" list | awk '{print $2}'); do
	k=$(key "$id")
	total=$((total + $(echo $k | wc -w)))
	rights=$((rights + $(printf '%s\n' $k | grep -c '^B$')))
done
yes B | head -n "$total" | "$CASCADE" quiz > "$tmp/out" 2>&1
check "a review of all asks $total questions and scores the B answers ($rights)" \
	sh -c "test $? -eq 0 && grep -qx 'Question $total of $total' '$tmp/out' &&
	       grep -qx 'Score: $rights of $total right.' '$tmp/out'"
