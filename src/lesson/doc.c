/* doc.c — walking libcmark's tree into the flat document model (doc.h). */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmark.h>

#include "lesson/course.h"
#include "lesson/doc.h"
#include "util/grow.h"

static void (*oom_hook)(void);

void doc_set_oom_hook(void (*hook)(void))
{
	oom_hook = hook;
}

static void out_of_memory(void)
{
	if (oom_hook)
		oom_hook();
	abort();
}

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n, size);

	if (!p)
		out_of_memory();
	return p;
}

/* ---- one parse's memory ----
 *
 * libcmark allocates each node and buffer apart, and a parse freed them
 * all again one by one: malloc and free were 40% of parsing a page.
 * During doc_parse, cmark's memory comes from a few large chunks instead,
 * dropped together once the walk has copied what the document keeps.
 * cmark_mem passes no context, so the chunks of the parse under way are a
 * static (cascade parses on one thread, one document at a time). */

#define ARENA_CHUNK (64u * 1024)
#define ARENA_ALIGN 16u /* and the header before each block: its size */
#define ARENA_ROUND(n) (((n) + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1))

struct arena_chunk {
	struct arena_chunk *next;  /* older chunks */
	size_t used, size;         /* bytes of data */
	_Alignas(ARENA_ALIGN) unsigned char data[];
};

static struct arena_chunk *arena; /* the parse's chunks, newest first */

static void *arena_alloc(size_t size)
{
	size_t need;
	unsigned char *p;

	if (size > SIZE_MAX / 2)
		out_of_memory();
	need = ARENA_ALIGN + ARENA_ROUND(size);
	if (!arena || arena->size - arena->used < need) {
		size_t room = need > ARENA_CHUNK ? need : ARENA_CHUNK;
		struct arena_chunk *c = malloc(sizeof *c + room);

		if (!c)
			out_of_memory();
		c->next = arena;
		c->used = 0;
		c->size = room;
		arena = c;
	}
	p = arena->data + arena->used + ARENA_ALIGN;
	memcpy(p - sizeof size, &size, sizeof size);
	arena->used += need;
	return p;
}

static size_t arena_size_of(const void *block)
{
	size_t size;

	memcpy(&size, (const unsigned char *)block - sizeof size, sizeof size);
	return size;
}

static void *arena_calloc(size_t n, size_t size)
{
	void *p;

	if (size && n > SIZE_MAX / size)
		out_of_memory();
	p = arena_alloc(n * size);
	memset(p, 0, n * size);
	return p;
}

/* The newest block grows where it is when the chunk has room (cmark grows
 * one buffer at a time); any other is copied. */
static void *arena_realloc(void *block, size_t size)
{
	unsigned char *b = block;
	size_t old;
	void *p;

	if (!b)
		return arena_alloc(size);
	old = arena_size_of(b);
	if (size > SIZE_MAX / 2)
		out_of_memory();
	if (b + ARENA_ROUND(old) == arena->data + arena->used &&
	    (size_t)(b - arena->data) + ARENA_ROUND(size) <= arena->size) {
		arena->used = (size_t)(b - arena->data) + ARENA_ROUND(size);
		memcpy(b - sizeof size, &size, sizeof size);
		return b;
	}
	if (size <= old)
		return b;
	p = arena_alloc(size);
	memcpy(p, b, old);
	return p;
}

static void arena_free(void *block)
{
	(void)block; /* all of it goes at arena_drop() */
}

static void arena_drop(void)
{
	while (arena) {
		struct arena_chunk *older = arena->next;

		free(arena);
		arena = older;
	}
}

static cmark_mem cmark_allocator = { arena_calloc, arena_realloc, arena_free };

/* The state of one walk over a cmark tree. */
struct walker {
	struct doc *doc;
	size_t cap_blocks, cap_links;
	int first_line;         /* file line of the Markdown's first line */
	int list_depth, quote_depth;
	int tight_depth;        /* lists that are tight, among the enclosing ones */
	enum list_marker pending_marker; /* for the next block: first in an item */
	int pending_number;
	bool first_in_list;     /* next block opens a list: keep its gap */
	struct block *cur;      /* block receiving spans */
	size_t cap_spans;
	size_t text_len, cap_text; /* of doc->text */
	size_t link;            /* the link the spans are inside, or 0 */
	unsigned style;
};

static char *xstrdup(const char *s)
{
	return strdup(s ? s : "");
}

static struct block *new_block(struct walker *w, enum block_kind kind, cmark_node *node)
{
	struct doc *doc = w->doc;
	struct block *b;

	if (grow_for_one((void **)&doc->blocks, &w->cap_blocks, doc->nblocks, sizeof *doc->blocks, 32))
		out_of_memory();
	b = &doc->blocks[doc->nblocks];
	memset(b, 0, sizeof *b);
	b->kind = kind;
	b->line = w->first_line + cmark_node_get_start_line(node) - 1;
	b->list_depth = w->list_depth;
	b->quote_depth = w->quote_depth;
	b->marker = w->pending_marker;
	b->number = w->pending_number;
	b->gap_before = doc->nblocks > 0 && (w->tight_depth == 0 || w->first_in_list);
	w->pending_marker = MARKER_NONE;
	w->first_in_list = false;
	doc->nblocks++;
	w->cur = b;
	w->cap_spans = 0;
	return b;
}

/* Appends a span of text to the current block; its text goes to the end
 * of the doc's text (one allocation for all of them, not one each). */
static void add_span(struct walker *w, const char *text, unsigned style)
{
	struct block *b = w->cur;
	size_t n;

	if (!b)
		return;
	if (grow_for_one((void **)&b->spans, &w->cap_spans, b->nspans, sizeof *b->spans, 8))
		out_of_memory();
	text = text ? text : "";
	n = strlen(text) + 1;
	if (w->text_len + n > w->cap_text) {
		size_t cap = w->cap_text ? w->cap_text : 1024;
		char *t;

		while (cap < w->text_len + n)
			cap *= 2;
		if (!(t = realloc(w->doc->text, cap)))
			out_of_memory();
		w->doc->text = t;
		w->cap_text = cap;
	}
	/* The text moves as it grows: spans point into it once the walk ends. */
	memcpy(w->doc->text + w->text_len, text, n);
	w->text_len += n;
	b->spans[b->nspans].text = NULL;
	b->spans[b->nspans].style = style | w->style | (w->link ? SPAN_LINK : 0);
	b->spans[b->nspans].link = w->link;
	b->nspans++;
}

static size_t add_link(struct walker *w, const char *dest, int line)
{
	struct doc *doc = w->doc;

	if (grow_for_one((void **)&doc->links, &w->cap_links, doc->nlinks, sizeof *doc->links, 8))
		out_of_memory();
	doc->links[doc->nlinks].dest = xstrdup(dest);
	doc->links[doc->nlinks].line = line;
	return ++doc->nlinks;
}

static void walk_inlines(struct walker *w, cmark_node *node)
{
	for (cmark_node *n = cmark_node_first_child(node); n; n = cmark_node_next(n)) {
		unsigned saved_style = w->style;
		size_t saved_link = w->link;

		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_TEXT:
			add_span(w, cmark_node_get_literal(n), 0);
			break;
		case CMARK_NODE_CODE:
			add_span(w, cmark_node_get_literal(n), SPAN_CODE);
			break;
		case CMARK_NODE_HTML_INLINE:
		case CMARK_NODE_CUSTOM_INLINE:
			add_span(w, cmark_node_get_literal(n), SPAN_CODE);
			break;
		case CMARK_NODE_SOFTBREAK:
			add_span(w, " ", 0);
			break;
		case CMARK_NODE_LINEBREAK:
			add_span(w, "", SPAN_BREAK);
			break;
		case CMARK_NODE_EMPH:
			w->style |= SPAN_EMPH;
			walk_inlines(w, n);
			break;
		case CMARK_NODE_STRONG:
			w->style |= SPAN_STRONG;
			walk_inlines(w, n);
			break;
		case CMARK_NODE_LINK:
			w->link = add_link(w, cmark_node_get_url(n),
			                   w->first_line + cmark_node_get_start_line(n) - 1);
			walk_inlines(w, n);
			break;
		case CMARK_NODE_IMAGE:
			add_span(w, "[image: ", 0);
			walk_inlines(w, n);
			add_span(w, "]", 0);
			break;
		default:
			walk_inlines(w, n);
			break;
		}
		w->style = saved_style;
		w->link = saved_link;
	}
}

/* "sim circulation x=1" -> "circulation x=1" when the first word is kw. */
static const char *after_keyword(const char *info, const char *kw)
{
	size_t n = strlen(kw);

	if (!info || strncmp(info, kw, n) != 0 || (info[n] && !isspace((unsigned char)info[n])))
		return NULL;
	info += n;
	while (isspace((unsigned char)*info))
		info++;
	return info;
}

static void walk_code(struct walker *w, cmark_node *n)
{
	const char *info = cmark_node_get_fence_info(n);
	const char *rest;
	struct block *b;

	if ((rest = after_keyword(info, "sim")) != NULL) {
		b = new_block(w, BLOCK_SIM, n);
		b->info = xstrdup(rest);
	} else if ((rest = after_keyword(info, "quiz")) != NULL) {
		b = new_block(w, BLOCK_QUIZ, n);
		b->info = xstrdup(rest);
	} else {
		b = new_block(w, BLOCK_CODE, n);
		b->info = xstrdup(info);
	}
	b->literal = xstrdup(cmark_node_get_literal(n));
	w->cur = NULL;
}

static void walk_blocks(struct walker *w, cmark_node *node);

static void walk_list(struct walker *w, cmark_node *list)
{
	bool tight = cmark_node_get_list_tight(list);
	bool ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST;
	int number = cmark_node_get_list_start(list);

	w->first_in_list = w->tight_depth == 0; /* a list nested in a tight one hugs it */
	w->list_depth++;
	w->tight_depth += tight;
	for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
		w->pending_marker = ordered ? MARKER_ORDERED : MARKER_BULLET;
		w->pending_number = number++;
		if (!cmark_node_first_child(item)) {
			/* An empty item still shows its marker. */
			new_block(w, BLOCK_PARAGRAPH, item);
			w->cur = NULL;
		}
		walk_blocks(w, item);
	}
	w->tight_depth -= tight;
	w->list_depth--;
}

static void walk_blocks(struct walker *w, cmark_node *node)
{
	for (cmark_node *n = cmark_node_first_child(node); n; n = cmark_node_next(n)) {
		struct block *b;

		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_PARAGRAPH:
			new_block(w, BLOCK_PARAGRAPH, n);
			walk_inlines(w, n);
			break;
		case CMARK_NODE_HEADING:
			b = new_block(w, BLOCK_HEADING, n);
			b->level = cmark_node_get_heading_level(n);
			walk_inlines(w, n);
			break;
		case CMARK_NODE_CODE_BLOCK:
			walk_code(w, n);
			break;
		case CMARK_NODE_HTML_BLOCK:
		case CMARK_NODE_CUSTOM_BLOCK:
			b = new_block(w, BLOCK_HTML, n);
			b->literal = xstrdup(cmark_node_get_literal(n));
			break;
		case CMARK_NODE_THEMATIC_BREAK:
			new_block(w, BLOCK_RULE, n);
			break;
		case CMARK_NODE_BLOCK_QUOTE:
			w->quote_depth++;
			walk_blocks(w, n);
			w->quote_depth--;
			break;
		case CMARK_NODE_LIST:
			walk_list(w, n);
			break;
		default:
			walk_blocks(w, n);
			break;
		}
		w->cur = NULL;
	}
}

struct doc *doc_parse(const char *text, size_t len, int first_line,
                      const char *path, struct diags *d)
{
	cmark_parser *parser;
	cmark_node *root;
	struct walker w = { .first_line = first_line };
	/* A parse begun inside another (none is today) keeps to its own chunks. */
	struct arena_chunk *outer = arena;

	(void)path;
	(void)d;
	arena = NULL;
	parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, &cmark_allocator);
	cmark_parser_feed(parser, text, len);
	root = cmark_parser_finish(parser);
	w.doc = xcalloc(1, sizeof *w.doc);
	walk_blocks(&w, root);
	arena_drop(); /* the parser and the tree: every byte is the arena's */
	arena = outer;
	/* Spans were added in order, block by block, their texts one after
	 * another. */
	for (size_t i = 0, at = 0; i < w.doc->nblocks; i++)
		for (size_t j = 0; j < w.doc->blocks[i].nspans; j++) {
			w.doc->blocks[i].spans[j].text = w.doc->text + at;
			at += strlen(w.doc->text + at) + 1;
		}
	return w.doc;
}

void doc_free(struct doc *doc)
{
	if (!doc)
		return;
	for (size_t i = 0; i < doc->nblocks; i++) {
		struct block *b = &doc->blocks[i];

		free(b->spans);
		free(b->info);
		free(b->literal);
	}
	for (size_t i = 0; i < doc->nlinks; i++)
		free(doc->links[i].dest);
	free(doc->blocks);
	free(doc->text);
	free(doc->links);
	free(doc);
}

struct doc *page_doc(struct page *p, struct diags *d)
{
	if (!p->doc)
		p->doc = doc_parse(p->text + p->body_offset, p->len - p->body_offset,
		                   p->body_line, p->path, d);
	return p->doc;
}

void doc_slug(const char *text, char *out, size_t size)
{
	size_t n = 0;
	bool dash = false;

	if (size == 0)
		return;
	for (const unsigned char *s = (const unsigned char *)text; *s && n + 1 < size; s++) {
		if (isalnum(*s) || *s >= 0x80) {
			if (dash && n > 0 && n + 2 < size)
				out[n++] = '-';
			dash = false;
			out[n++] = (char)tolower(*s);
		} else {
			dash = true;
		}
	}
	out[n] = '\0';
}

char *blocks_text(const struct doc *doc, size_t from, size_t to)
{
	char *all = strdup("");

	for (size_t i = from; i < to && all; i++) {
		const struct block *b = &doc->blocks[i];
		char *t = b->nspans ? block_text(b) : strdup(b->literal ? b->literal : "");
		char *joined = NULL;

		if (t && (joined = malloc(strlen(all) + strlen(t) + 2)))
			sprintf(joined, "%s%s%s", all, *all && *t ? " " : "", t);
		free(t);
		free(all);
		all = joined;
	}
	return all;
}

char *block_text(const struct block *b)
{
	size_t len = 0, at = 0;
	char *out;

	for (size_t i = 0; i < b->nspans; i++)
		len += strlen(b->spans[i].text);
	out = xcalloc(1, len + 1);
	for (size_t i = 0; i < b->nspans; i++) {
		size_t n = strlen(b->spans[i].text);

		memcpy(out + at, b->spans[i].text, n);
		at += n;
	}
	return out;
}
