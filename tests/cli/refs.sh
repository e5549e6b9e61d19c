#!/bin/sh
# refs.sh — `cascade refs`: every reference of the course once, with the
# pages that cite it, as text, BibTeX or RIS; and its usage errors.
. "$top_srcdir/tests/lib.sh"
scratch
plan 16
run() { "$CASCADE" "$@" > "$tmp/out" 2> "$tmp/err"; echo $? > "$tmp/rc"; }
rc() { cat "$tmp/rc"; }

run refs
cp "$tmp/out" "$tmp/text"
n=$(grep -c '^  cited on pages\{0,1\} ' "$tmp/text")
check "refs lists references, each with the pages that cite it" \
	sh -c "[ $(rc) = 0 ] && [ $n -gt 20 ] && [ ! -s '$tmp/err' ]"
check "a paper cited on one page says 'page'" \
	sh -c "grep -A1 '^Meng S, et al\.' '$tmp/text' | grep -qx '  cited on page 6 in-the-blood'"
check "no paper is listed twice" \
	sh -c "[ \$(grep -v '^  cited\|^\$' '$tmp/text' | cut -c1-40 | sort | uniq -d | wc -l) = 0 ]"
check "Brown & Ruoslahti 2004 is cited on pages 8 and 11" \
	sh -c "grep -A1 '^Brown DM, Ruoslahti E\. Metadherin' '$tmp/text' | grep -qx '  cited on pages 8 choosing-an-organ, 11 review'"
check "Steeg 2006 appears once, for all the pages that cite it" \
	sh -c "[ \$(grep -c '^Steeg PS\.' '$tmp/text') = 1 ] && grep -A1 '^Steeg PS\.' '$tmp/text' | grep -q 'pages 2 the-cascade, 7 out-of-the-blood, 8 choosing-an-organ'"

run refs --format bibtex
check "bibtex: one @article per reference" \
	sh -c "[ $(rc) = 0 ] && [ \$(grep -c '^@article{' '$tmp/out') = $n ]"
check "bibtex: the keys are unique" \
	sh -c "[ \$(grep '^@article{' '$tmp/out' | sort | uniq -d | wc -l) = 0 ]"
check "bibtex: authors as 'Surname, I. N.' joined by 'and'" \
	grep -qx '  author = {Brown, D. M. and Ruoslahti, E.},' "$tmp/out"
check "bibtex: abbreviated pages expanded, and a LaTeX-safe title" \
	sh -c "grep -qx '  pages = {1110--1122},' '$tmp/out' && grep -q 'Are 90\\\\% of deaths' '$tmp/out'"

run refs --format=ris
check "ris: every record opens with TY and closes with ER" \
	sh -c "[ $(rc) = 0 ] && [ \$(grep -c '^TY  - JOUR\$' '$tmp/out') = $n ] && [ \$(grep -c '^ER  - \$' '$tmp/out') = $n ]"
check "ris: DOI, PMID and the citing pages" \
	sh -c "grep -qx 'DO  - 10.1038/71429' '$tmp/out' && grep -qx 'AN  - PMID 19111877' '$tmp/out' && grep -qx 'N1  - Cited in cascade on pages 8, 11' '$tmp/out'"

# The same paper cited with its pages written two ways is one reference.
mkdir "$tmp/course"
cat > "$tmp/course/01-one.md" <<'PAGE'
---
id: one
title: One
---
Shedding (Butler & Gullino 1975).

## References

- Butler TP, Gullino PM. Quantitation of cell shedding into efferent blood
  of mammary adenocarcinoma. Cancer Res 1975;35(3):512–516. PMID 1090362
PAGE
cat > "$tmp/course/02-two.md" <<'PAGE'
---
id: two
title: Two
---
Again (Butler & Gullino 1975).

## References

- Butler TP, Gullino PM. Quantitation of cell shedding into efferent blood
  of mammary adenocarcinoma. Cancer Res 1975;35(3):512-6.
PAGE
run --content "$tmp/course" refs
check "one paper cited two ways on two pages is listed once" \
	sh -c "[ $(rc) = 0 ] && [ \$(grep -c '^Butler' '$tmp/out') = 1 ] && grep -qx '  cited on pages 1 one, 2 two' '$tmp/out'"

usage_error "an unknown format" "refs: --format must be text, bibtex or ris, not 'xml'" refs --format xml
usage_error "--format without a value" "refs: --format needs text, bibtex or ris" refs --format
usage_error "an unexpected argument" "refs: unexpected argument 'x'" refs x
# On a terminal, entries are broken at spaces to its width, not cut
# mid-word by it; piped, each entry stays one line (above).
script -qec "stty cols 60; '$CASCADE' refs" /dev/null < /dev/null | tr -d '\r' > "$tmp/tty60"
check "on a 60-column terminal no line of refs is wider than 60 columns" \
	sh -c "[ \$(wc -l < '$tmp/tty60') -gt \$(wc -l < '$tmp/text') ] && [ \$(wc -L < '$tmp/tty60') -le 60 ]"
