# spec-examples.awk — writes each example of the CommonMark spec as a
# lesson page (front matter, then the example's Markdown with its → made
# tabs) into dir, seeds for `make fuzz`.  Usage:
#     awk -f spec-examples.awk -v dir=DIR commonmark-spec.txt
/^```````````````````````````````` example$/ {
	n++
	file = sprintf("%s/spec-%03d.md", dir, n)
	printf "---\nid: spec-%d\ntitle: Example %d\n---\n\n", n, n > file
	inside = 1
	next
}
inside && /^\.$/ { inside = 0; close(file); next }
inside { gsub(/→/, "\t"); print > file }
