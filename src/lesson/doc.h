/* doc.h — the document model a page is parsed into.
 *
 * Owns: a flat list of blocks (paragraphs, headings, code, raw HTML shown
 * as text, rules, sim and quiz blocks), each carrying its list and quote
 * nesting and its inline spans, and the page's links.  libcmark does all
 * the parsing; doc.c only walks its tree (and is the one file that
 * includes cmark).  The view lays a doc out; nothing here knows widths. */
#ifndef CASCADE_DOC_H
#define CASCADE_DOC_H

#include <stdbool.h>
#include <stddef.h>

#include "lesson/diag.h"

struct page;

enum span_style {
	SPAN_EMPH = 1 << 0,
	SPAN_STRONG = 1 << 1,
	SPAN_CODE = 1 << 2,
	SPAN_LINK = 1 << 3,
	SPAN_BREAK = 1 << 4, /* a hard line break; text is "" */
};

struct span {
	const char *text;/* UTF-8, in the doc's text */
	unsigned style;  /* enum span_style bits */
	size_t link;     /* 0 none, else 1 + index into doc->links */
};

enum block_kind {
	BLOCK_PARAGRAPH,
	BLOCK_HEADING,
	BLOCK_CODE,
	BLOCK_HTML,  /* raw HTML from the source, shown as literal text */
	BLOCK_RULE,
	BLOCK_SIM,   /* ```sim MODEL param=value ... */
	BLOCK_QUIZ,  /* ```quiz */
};

enum list_marker {
	MARKER_NONE,    /* not the first block of a list item */
	MARKER_BULLET,
	MARKER_ORDERED, /* uses number */
};

struct block {
	enum block_kind kind;
	int line;           /* 1-based line in the page's file */
	int level;          /* heading level, 1..6 */
	int list_depth;     /* how many lists contain this block */
	int quote_depth;    /* how many block quotes contain it */
	enum list_marker marker;
	int number;         /* MARKER_ORDERED: the item's number */
	bool gap_before;    /* a blank line separates it from the previous block */
	struct span *spans; /* PARAGRAPH, HEADING: owned */
	size_t nspans;
	char *info;         /* CODE: fence info; SIM: the text after "sim "; owned */
	char *literal;      /* CODE, HTML, SIM, QUIZ: the body; owned */
};

struct doc_link {
	char *dest; /* owned; as written in the source */
	int line;   /* where it was written */
};

struct doc {
	struct block *blocks;
	size_t nblocks;
	char *text;      /* owned: every span's text, NUL-terminated, in order */
	struct doc_link *links;
	size_t nlinks;
};

/* Parses Markdown; first_line is the file line of text[0], path names the
 * file in diagnostics.  Out of memory, calls the hook below and aborts. */
struct doc *doc_parse(const char *text, size_t len, int first_line,
                      const char *path, struct diags *d);
void doc_free(struct doc *doc);

/* The page's doc, parsed on first use and kept in p->doc (owned by p). */
struct doc *page_doc(struct page *p, struct diags *d);

/* The anchor of a heading: its text lower-cased, every run of other
 * characters turned into one '-' ("Platelet shields" -> "platelet-shields").
 * Writes at most size bytes including the NUL. */
void doc_slug(const char *text, char *out, size_t size);
/* The plain text of a block's spans, concatenated; owned by the caller. */
char *block_text(const struct block *b);
/* The text of doc blocks [from, to) (a code block's literal text), joined
 * by spaces; owned by the caller, NULL when out of memory. */
char *blocks_text(const struct doc *doc, size_t from, size_t to);

/* Called (then abort()) when libcmark cannot allocate; the TUI sets it to
 * restore the terminal first.  The hook is process-wide because libcmark's
 * allocator has no user data pointer. */
void doc_set_oom_hook(void (*hook)(void));

#endif
