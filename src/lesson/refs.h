/* refs.h — a page's references and the author-year citations in its text.
 *
 * Owns: reading a page's "## References" list into entries (one line of
 * text each), splitting an entry into its fields (authors, title, journal,
 * year;volume(issue):pages, PMID, DOI), and finding citations such as
 * "(Weiss et al. 1980)", "(Butler & Gullino 1975)" or "Luzzi and
 * colleagues (1998)" in the rest of the page, quiz blocks included.  Pure:
 * nothing here prints; lint.c checks citations against entries and
 * cli/cmd_refs.c prints the course's bibliography. */
#ifndef CASCADE_REFS_H
#define CASCADE_REFS_H

#include <stdbool.h>
#include <stddef.h>

#include "lesson/diag.h"

struct page;

struct ref_entry {
	char *text; /* the entry on one line, runs of blanks made one; owned */
	int line;   /* file line of the entry's first block */
};

struct ref_cite {
	char *surname; /* first author as written in the text, "Weiss"; owned */
	int year;
	int line;      /* file line of the block that holds it */
};

struct page_refs {
	bool has_section;          /* the page has a "## References" section */
	struct ref_entry *entries; /* in page order; owned */
	size_t nentries;
	struct ref_cite *cites;    /* in page order, repeats kept; owned */
	size_t ncites;
};

/* Reads p's references and the citations before them.  Returns 0, or -1
 * out of memory; either way *out is to be freed with page_refs_free(). */
int page_refs_read(struct page *p, struct diags *d, struct page_refs *out);
void page_refs_free(struct page_refs *r);

/* Whether entry names surname as its first author and holds year. */
bool ref_entry_matches(const char *entry, const char *surname, int year);
/* An entry's first author (the leading name, *len bytes at *surname) and
 * year (of "year;volume", else the first four-digit year, else 0). */
void ref_entry_key(const char *entry, const char **surname, size_t *len, int *year);

/* The fields of an entry written "Authors. Title. Journal
 * year;volume(issue):pages. PMID n" (or "... doi 10.x/y").  Strings are
 * owned and "" when absent. */
struct ref_fields {
	char **authors;  /* "Frisch SM", "Francis H"; owned */
	size_t nauthors;
	bool et_al;      /* the list ends "et al." */
	char *title, *journal, *volume, *issue, *pages, *pmid, *doi;
	int year;        /* 0 when absent */
};

/* Returns 0, or -1 out of memory (then *f is to be freed all the same). */
int ref_fields_parse(const char *entry, struct ref_fields *f);
void ref_fields_free(struct ref_fields *f);

#endif
