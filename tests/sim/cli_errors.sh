#!/bin/sh
# cli_errors.sh — every error path of `cascade sim`: exit status 2 and a
# message that names the valid choices or range (and a suggestion for a
# typo); nothing runs with a clamped value.  Prints TAP.  Needs $CASCADE.
: "${CASCADE:?CASCADE must name the built cascade binary}"
n=0
failed=0
out=$(mktemp) || exit 1
err=$(mktemp) || exit 1
trap 'rm -f "$out" "$err"' EXIT

# check DESC STATUS PATTERN -- ARGS...: runs `cascade sim ARGS`, expects
# the exit status and PATTERN (grep -E) on stderr, and nothing on stdout.
check() {
	desc=$1 want=$2 pat=$3
	shift 4
	n=$((n + 1))
	"$CASCADE" sim "$@" >"$out" 2>"$err"
	got=$?
	if [ "$got" -eq "$want" ] && grep -Eq -- "$pat" "$err" && [ ! -s "$out" ]; then
		echo "ok $n - $desc"
	else
		echo "not ok $n - $desc"
		echo "# status $got (want $want); stderr:"
		sed 's/^/#   /' "$err"
		failed=$((failed + 1))
	fi
}

echo 1..34
check "no model" 2 "which model" --
check "unknown model suggests" 2 "unknown model 'circulatoin' \(did you mean 'circulation'\?\); models: detachment, intravasation" -- circulatoin
check "unknown model, nothing near" 2 "unknown model 'xyzzy'; models:" -- xyzzy
check "describe unknown model" 2 "did you mean 'arrest'" -- describe arest
check "describe needs one model" 2 "give one model" -- describe
check "list takes no arguments" 2 "unexpected argument" -- list extra
check "unknown parameter suggests" 2 "unknown parameter 'platlets' \(did you mean 'platelets'\?\); parameters: cells, platelets" -- circulation platlets=0.5
check "parameter out of range names range" 2 "platelets=1.5 is out of range: platelets takes a number from 0 to 1 \(fraction\)" -- circulation platelets=1.5
check "negative out of range" 2 "cells=-5 is out of range" -- circulation cells=-5
check "not a number" 2 "platelets=lots is not a number: platelets takes a number from 0 to 1" -- circulation platelets=lots
check "trailing garbage" 2 "not a number" -- circulation minutes=240min
check "empty value" 2 "not a number" -- circulation minutes=
check "nan refused" 2 "not a number" -- arrest diameter=nan
check "bare word" 2 "is not param=value" -- circulation platelets
check "unknown preset suggests" 2 "unknown preset 'fidler1971' \(did you mean 'fidler1970'\?\); presets: luzzi1998, fidler1970" -- colonisation --preset fidler1971
check "preset= as in sim blocks, unknown" 2 "unknown preset 'brest' \(did you mean 'breast'\?\)" -- organs preset=brest
check "preset needs a value" 2 "needs a value" -- colonisation --preset
check "bad seed" 2 "--seed wants a whole number" -- circulation --seed -3
check "a seed past 2^64-1 is refused, not clamped" 2 "--seed wants a whole number from 0 to 18446744073709551615; got '18446744073709551616'" -- circulation --seed 18446744073709551616
check "a hex seed is refused" 2 "--seed wants a whole number" -- circulation --seed 0x10
check "a seed with a sign is refused" 2 "--seed wants a whole number" -- circulation --seed +5
check "an empty seed is refused" 2 "--seed wants a whole number" -- circulation --seed ""
check "bad runs" 2 "--runs wants a whole number from 1 to 1000" -- circulation --runs 0
check "bad format" 2 "unknown format 'xml'; formats: table, csv, json, chart" -- circulation --format xml
check "unknown option" 2 "unknown option '--sed'" -- circulation --sed 3
check "bad sweep syntax" 2 "--sweep wants param=lo:hi:n" -- circulation --sweep platelets=0:1
check "sweep out of range" 2 "platelets=2 is out of range" -- circulation --sweep platelets=0:2:5
check "sweep unknown parameter" 2 "unknown parameter 'nkk' \(did you mean 'nk'\?\)" -- circulation --sweep nkk=0:1:5
check "three sweeps" 2 "at most two --sweep" -- circulation --sweep nk=0:1:3 --sweep platelets=0:1:3 --sweep shear=0:1:3
check "a count refuses a fraction" 2 "cells=1.5 is not a whole number: cells takes a whole number from 1 to 1e9 \(cells\)" -- circulation cells=1.5
check "hexadecimal is not a number" 2 "cells=0x10 is not a number" -- circulation cells=0x10
check "infinity is not a number" 2 "minutes=inf is not a number" -- circulation minutes=inf
check "a choice refuses a number between choices" 2 "tumour=0.5 is not one of its choices: tumour takes one of breast, colorectal" -- organs tumour=0.5
check "a choice refuses an unknown name" 2 "tumour=lung is not one of its choices: tumour takes one of breast, colorectal" -- organs tumour=lung

[ "$failed" -eq 0 ]
