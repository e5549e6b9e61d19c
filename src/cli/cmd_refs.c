/* cmd_refs.c — `cascade refs [--format text|bibtex|ris]`: every reference
 * of the course once, with the pages that cite it, for an instructor to
 * paste into a syllabus or a reference manager.  The entries are read by
 * lesson/refs.c; this file groups them and prints. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "lesson/course.h"
#include "lesson/diag.h"
#include "lesson/refs.h"

enum refs_format { REFS_TEXT, REFS_BIBTEX, REFS_RIS };

/* One entry as one page lists it. */
struct record {
	char *key;    /* first author, year and title, folded; owned */
	char *text;   /* the entry; owned */
	size_t page;  /* index into the course's pages */
};

struct records {
	struct record *items; /* owned */
	size_t n;
};

static void records_free(struct records *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->items[i].key);
		free(r->items[i].text);
	}
	free(r->items);
}

/* The grouping key of an entry: its first author, year and the start of
 * its title (or journal), lower-cased ASCII letters and digits only, so
 * that "512–516" and "512-6" or a changed PMID do not split a paper. */
static char *record_key(const char *entry)
{
	struct ref_fields f;
	const char *surname;
	size_t len, n = 0;
	int year;
	char *key = NULL;

	if (ref_fields_parse(entry, &f) == 0 && (key = malloc(128))) {
		const char *title = *f.title ? f.title : f.journal;

		ref_entry_key(entry, &surname, &len, &year);
		n = (size_t)snprintf(key, 64, "%.*s|%04d|", (int)(len < 40 ? len : 40), surname, year);
		for (const char *s = title; *s && n < 120; s++)
			if (isalnum((unsigned char)*s))
				key[n++] = (char)tolower((unsigned char)*s);
		key[n] = '\0';
	}
	ref_fields_free(&f);
	return key;
}

static int record_cmp(const void *a, const void *b)
{
	const struct record *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	return c ? c : (x->page > y->page) - (x->page < y->page);
}

/* Reads every page's entries into r, sorted by key and then page. */
static int collect(struct course *c, struct records *r, struct diags *d)
{
	for (size_t i = 0; i < c->npages; i++) {
		struct page_refs pr;

		if (page_refs_read(&c->pages[i], d, &pr) != 0) {
			page_refs_free(&pr);
			return -1;
		}
		for (size_t j = 0; j < pr.nentries; j++) {
			struct record *grown = realloc(r->items, (r->n + 1) * sizeof *grown);
			char *key = record_key(pr.entries[j].text);

			if (!grown || !key) {
				free(key);
				if (grown)
					r->items = grown;
				page_refs_free(&pr);
				return -1;
			}
			r->items = grown;
			r->items[r->n++] = (struct record){key, pr.entries[j].text, i};
			pr.entries[j].text = NULL;
		}
		page_refs_free(&pr);
	}
	if (r->n)
		qsort(r->items, r->n, sizeof *r->items, record_cmp);
	return 0;
}

/* ---- printing ---- */

/* "4 surviving-without-an-anchor, 6 in-the-blood" or, short, "4, 6". */
/* "2 the-cascade, 5 into-the-blood" (or "2, 5"): the pages citing a paper. */
#define PAGES_TEXT_MAX 2048

static void pages_text(char *buf, size_t size, const struct course *c,
                       const struct record *g, size_t n, bool ids)
{
	size_t last = (size_t)-1, len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < n && len < size; i++) {
		if (g[i].page == last)
			continue;
		len += (size_t)snprintf(buf + len, size - len, "%s%d%s%s",
		                        last == (size_t)-1 ? "" : ", ", c->pages[g[i].page].number,
		                        ids ? " " : "", ids ? c->pages[g[i].page].id : "");
		last = g[i].page;
	}
}

static void print_pages(FILE *out, const struct course *c, const struct record *g,
                        size_t n, bool ids)
{
	char buf[PAGES_TEXT_MAX];

	pages_text(buf, sizeof buf, c, g, n, ids);
	fputs(buf, out);
}

/* Writes an author "Terstappen LWMM" as "Terstappen, L. W. M. M." (BibTeX)
 * or "Terstappen, L.W.M.M." (RIS), or as it is when it does not end in
 * initials. */
static void print_author(FILE *out, const char *a, bool spaced)
{
	const char *sp = strrchr(a, ' ');
	bool initials = sp && sp[1];

	for (const char *s = sp ? sp + 1 : a; initials && *s; s++)
		initials = isupper((unsigned char)*s);
	if (!initials) {
		fputs(a, out);
		return;
	}
	fprintf(out, "%.*s, ", (int)(sp - a), a);
	for (const char *s = sp + 1; *s; s++)
		fprintf(out, "%s%c.", spaced && s > sp + 1 ? " " : "", *s);
}

/* The first and last page of "1110-22" or "512–516": last expanded. */
static void split_pages(const char *pages, char *first, char *last, size_t size)
{
	const char *dash = strstr(pages, "\xe2\x80\x93");
	size_t skip = 3, fl, ll;

	if (!dash) {
		dash = strchr(pages, '-');
		skip = 1;
	}
	if (!dash) {
		snprintf(first, size, "%s", pages);
		last[0] = '\0';
		return;
	}
	fl = (size_t)(dash - pages);
	snprintf(first, size, "%.*s", (int)fl, pages);
	ll = strlen(dash + skip);
	if (ll < fl && fl < size)
		snprintf(last, size, "%.*s%s", (int)(fl - ll), pages, dash + skip);
	else
		snprintf(last, size, "%s", dash + skip);
}

/* BibTeX field text: the characters LaTeX would take as commands escaped. */
static void print_bib_text(FILE *out, const char *s)
{
	for (; *s; s++) {
		if (strchr("%&$#_", *s))
			fputc('\\', out);
		if (*s == '{' || *s == '}' || *s == '\\')
			continue;
		fputc(*s, out);
	}
}

/* A BibTeX key from the first author's ASCII letters and the year. */
static void bib_key(const char *entry, char *key, size_t size)
{
	const char *surname;
	size_t len, n = 0;
	int year;

	ref_entry_key(entry, &surname, &len, &year);
	for (size_t i = 0; i < len && n + 8 < size; i++) {
		unsigned char ch = (unsigned char)surname[i];

		if (isalpha(ch))
			key[n++] = (char)tolower(ch);
		else if (ch == 0xc3 && i + 1 < len) {
			/* U+00C0 to U+00FF, the accented Latin letters, unaccented. */
			static const char fold[] = "aaaaaaaceeeeiiiidnooooo_ouuuuyts"
			                           "aaaaaaaceeeeiiiidnooooo_ouuuuyty";
			unsigned char next = (unsigned char)surname[++i];

			if (next >= 0x80 && next <= 0xbf && fold[next - 0x80] != '_')
				key[n++] = fold[next - 0x80];
		}
	}
	snprintf(key + n, size - n, "%04d", year);
}

static void print_bibtex(FILE *out, const struct course *c, const struct record *g,
                         size_t n, const struct ref_fields *f, const char *key)
{
	char first[64], last[64];

	fprintf(out, "@article{%s,\n  author = {", key);
	for (size_t i = 0; i < f->nauthors; i++) {
		fputs(i ? " and " : "", out);
		print_author(out, f->authors[i], true);
	}
	fprintf(out, "%s},\n", f->et_al ? (f->nauthors ? " and others" : "others") : "");
	if (*f->title) {
		fputs("  title = {", out);
		print_bib_text(out, f->title);
		fputs("},\n", out);
	}
	if (*f->journal) {
		fputs("  journal = {", out);
		print_bib_text(out, f->journal);
		fputs("},\n", out);
	}
	if (f->year)
		fprintf(out, "  year = {%d},\n", f->year);
	if (*f->volume)
		fprintf(out, "  volume = {%s},\n", f->volume);
	if (*f->issue)
		fprintf(out, "  number = {%s},\n", f->issue);
	if (*f->pages) {
		split_pages(f->pages, first, last, sizeof first);
		fprintf(out, "  pages = {%s%s%s},\n", first, *last ? "--" : "", last);
	}
	if (*f->pmid)
		fprintf(out, "  pmid = {%s},\n", f->pmid);
	if (*f->doi)
		fprintf(out, "  doi = {%s},\n", f->doi);
	fputs("  note = {Cited in cascade on pages ", out);
	print_pages(out, c, g, n, false);
	fputs("}\n}\n", out);
}

static void print_ris(FILE *out, const struct course *c, const struct record *g, size_t n,
                      const struct ref_fields *f)
{
	char first[64], last[64];

	fputs("TY  - JOUR\n", out);
	for (size_t i = 0; i < f->nauthors; i++) {
		fputs("AU  - ", out);
		print_author(out, f->authors[i], false);
		fputc('\n', out);
	}
	if (*f->title)
		fprintf(out, "TI  - %s\n", f->title);
	if (*f->journal)
		fprintf(out, "JO  - %s\n", f->journal);
	if (f->year)
		fprintf(out, "PY  - %d\n", f->year);
	if (*f->volume)
		fprintf(out, "VL  - %s\n", f->volume);
	if (*f->issue)
		fprintf(out, "IS  - %s\n", f->issue);
	if (*f->pages) {
		split_pages(f->pages, first, last, sizeof first);
		fprintf(out, "SP  - %s\n", first);
		if (*last)
			fprintf(out, "EP  - %s\n", last);
	}
	if (*f->doi)
		fprintf(out, "DO  - %s\n", f->doi);
	if (*f->pmid)
		fprintf(out, "AN  - PMID %s\n", f->pmid);
	fputs("N1  - Cited in cascade on pages ", out);
	print_pages(out, c, g, n, false);
	fputs("\nER  - \n", out);
}

/* Prints one paper, cited by the records g[0..n); 0, or -1 out of memory. */
static int print_group(FILE *out, const struct cli_ctx *ctx, enum refs_format fmt,
                       const struct course *c,
                       const struct record *g, size_t n, const char *prev_key, char *key,
                       size_t key_size)
{
	struct ref_fields f;
	int rc = 0;

	if (fmt == REFS_TEXT) {
		bool one_page = true; /* records come sorted by page within a paper */

		for (size_t i = 1; i < n; i++)
			one_page = one_page && g[i].page == g[0].page;
		char pages[PAGES_TEXT_MAX], line[PAGES_TEXT_MAX + 32];

		cli_print_wrapped(out, ctx, g[0].text, 2);
		pages_text(pages, sizeof pages, c, g, n, true);
		snprintf(line, sizeof line, "  cited on page%s %s", one_page ? "" : "s", pages);
		cli_print_wrapped(out, ctx, line, 4);
		fputc('\n', out);
		return 0;
	}
	if (ref_fields_parse(g[0].text, &f) != 0)
		rc = -1;
	else if (fmt == REFS_BIBTEX) {
		bib_key(g[0].text, key, key_size);
		/* Two papers with the same author and year: 2001a, 2001b. */
		if (prev_key && strncmp(prev_key, key, key_size) == 0) {
			size_t len = strlen(key);

			if (len + 1 < key_size)
				key[len] = 'b', key[len + 1] = '\0';
		}
		print_bibtex(out, c, g, n, &f, key);
		fputc('\n', out);
	} else {
		print_ris(out, c, g, n, &f);
		fputc('\n', out);
	}
	ref_fields_free(&f);
	return rc;
}

static int parse_format(struct cli_ctx *ctx, const char *v, enum refs_format *fmt)
{
	if (strcmp(v, "text") == 0)
		*fmt = REFS_TEXT;
	else if (strcmp(v, "bibtex") == 0)
		*fmt = REFS_BIBTEX;
	else if (strcmp(v, "ris") == 0)
		*fmt = REFS_RIS;
	else
		return cli_usage_error(ctx, "refs: --format must be text, bibtex or ris, not '%s'", v);
	return 0;
}

int cmd_refs(struct cli_ctx *ctx, int argc, char **argv)
{
	enum refs_format fmt = REFS_TEXT;
	struct records r = {0};
	struct diags d;
	struct course *c;
	char key[80] = "", prev[80] = "";
	int rc = 0;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--format") == 0) {
			if (i + 1 >= argc)
				return cli_usage_error(ctx, "refs: --format needs text, bibtex or ris");
			if (parse_format(ctx, argv[++i], &fmt) != 0)
				return 2;
		} else if (strncmp(argv[i], "--format=", 9) == 0) {
			if (parse_format(ctx, argv[i] + 9, &fmt) != 0)
				return 2;
		} else
			return cli_usage_error(ctx, argv[i][0] == '-' ? "refs: unknown option '%s'"
			                       : "refs: unexpected argument '%s'", argv[i]);
	}
	if (!(c = cli_course(ctx)))
		return 1;
	diags_init(&d);
	if (collect(c, &r, &d) != 0) {
		cli_error(ctx, "refs: out of memory");
		rc = 1;
	}
	for (size_t i = 0; rc == 0 && i < r.n;) {
		size_t j = i + 1;

		while (j < r.n && strcmp(r.items[j].key, r.items[i].key) == 0)
			j++;
		if (print_group(stdout, ctx, fmt, c, r.items + i, j - i, *prev ? prev : NULL, key,
		                sizeof key) != 0) {
			cli_error(ctx, "refs: out of memory");
			rc = 1;
		}
		memcpy(prev, key, sizeof prev);
		i = j;
	}
	cli_print_diags(&d);
	diags_free(&d);
	records_free(&r);
	return rc;
}
