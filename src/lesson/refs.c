/* refs.c — a page's references and the citations in its text (refs.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson/doc.h"
#include "lesson/refs.h"

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

/* A byte of a surname: ASCII letters, '-', '\'' and any byte of a UTF-8
 * sequence ("Müller", "Dillekås"). */
static bool is_name_byte(char c)
{
	return (c >= 'a' && c <= 'z') || is_upper(c) || c == '-' || c == '\'' ||
	       (unsigned char)c >= 0x80;
}

/* Capitalised words that stand before a year without being an author. */
static bool is_stop_word(const char *w, size_t n)
{
	static const char *const stop[] = {
		"In", "From", "By", "Since", "Until", "After", "Before", "During",
		"Between", "Of", "The", "And", "To", "Around", "About", "Circa",
		"Year", "Years", "January", "February", "March", "April", "May",
		"June", "July", "August", "September", "October", "November",
		"December",
	};

	for (size_t i = 0; i < sizeof stop / sizeof stop[0]; i++)
		if (strlen(stop[i]) == n && memcmp(stop[i], w, n) == 0)
			return true;
	return false;
}

/* Collapses runs of blanks (line ends, and the no-break spaces that keep
 * "PMID" with its number on screen, too) in s to one space and trims it. */
static void collapse_blanks(char *s)
{
	char *w = s;
	bool blank = true;

	for (char *r = s; *r; r++) {
		bool nbsp = (unsigned char)r[0] == 0xc2 && (unsigned char)r[1] == 0xa0;

		r += nbsp;
		if (nbsp || *r == ' ' || *r == '\t' || *r == '\n' || *r == '\r') {
			if (!blank)
				*w++ = ' ';
			blank = true;
		} else {
			*w++ = *r;
			blank = false;
		}
	}
	if (w > s && w[-1] == ' ')
		w--;
	*w = '\0';
}

/* Whether s[0..at) ends with word (after blanks were skipped). */
static bool ends_with(const char *s, size_t at, const char *word)
{
	size_t n = strlen(word);

	return at >= n && memcmp(s + at - n, word, n) == 0 &&
	       (at == n || s[at - n - 1] == ' ' || s[at - n - 1] == '(');
}

static size_t skip_back_blanks(const char *s, size_t at)
{
	while (at > 0 && (s[at - 1] == ' ' || s[at - 1] == '\n' || s[at - 1] == '\t'))
		at--;
	return at;
}

/* The word ending at s[at): its start in *start; 0 when none. */
static size_t word_before(const char *s, size_t at, size_t *start)
{
	size_t b = at;

	while (b > 0 && is_name_byte(s[b - 1]))
		b--;
	*start = b;
	return at - b;
}

static int add_cite(struct page_refs *r, const char *name, size_t n, int year, int line)
{
	struct ref_cite *grown = realloc(r->cites, (r->ncites + 1) * sizeof *grown);
	char *copy = malloc(n + 1);

	if (grown)
		r->cites = grown;
	if (!grown || !copy) {
		free(copy);
		return -1;
	}
	memcpy(copy, name, n);
	copy[n] = '\0';
	r->cites[r->ncites++] = (struct ref_cite){copy, year, line};
	return 0;
}

/* Finds the citations in text (a block's, at file line) and adds them. */
static int scan_cites(struct page_refs *r, const char *s, int line)
{
	size_t len = strlen(s);

	for (size_t i = 0; i + 4 <= len; i++) {
		size_t at, wstart, wlen;
		int year;

		if (!is_digit(s[i]) || !is_digit(s[i + 1]) || !is_digit(s[i + 2]) ||
		    !is_digit(s[i + 3]) || (i > 0 && (is_digit(s[i - 1]) || is_name_byte(s[i - 1]))) ||
		    (i + 4 < len && is_digit(s[i + 4])))
			continue;
		year = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 +
		       (s[i + 3] - '0');
		if (year < 1800 || year > 2099)
			continue;
		/* "Cancer Res 1975;35:512" is a journal citation, not a cite. */
		if (i + 5 < len && s[i + 4] == ';' && is_digit(s[i + 5]))
			continue;
		at = skip_back_blanks(s, i);
		if (at > 0 && s[at - 1] == '(')
			at = skip_back_blanks(s, at - 1);
		if (ends_with(s, at, "et al."))
			at = skip_back_blanks(s, at - 6);
		else if (ends_with(s, at, "and colleagues"))
			at = skip_back_blanks(s, at - 14);
		wlen = word_before(s, at, &wstart);
		if (wlen == 0 || !is_upper(s[wstart]) || is_stop_word(s + wstart, wlen))
			continue;
		at = skip_back_blanks(s, wstart);
		if (ends_with(s, at, "&") || ends_with(s, at, "and")) {
			size_t first, flen;

			at = skip_back_blanks(s, at - (s[at - 1] == '&' ? 1 : 3));
			flen = word_before(s, at, &first);
			if (flen > 0 && is_upper(s[first])) {
				wstart = first;
				wlen = flen;
			}
		}
		if (add_cite(r, s + wstart, wlen, year, line) != 0)
			return -1;
		i += 3;
	}
	return 0;
}

static bool is_references_heading(const struct block *b)
{
	char slug[64];
	char *text;

	if (b->kind != BLOCK_HEADING || b->level != 2)
		return false;
	if (!(text = block_text(b)))
		return false;
	doc_slug(text, slug, sizeof slug);
	free(text);
	return strcmp(slug, "references") == 0;
}

/* Appends text to *acc with a blank between; -1 out of memory. */
static int append(char **acc, const char *text)
{
	size_t had = *acc ? strlen(*acc) : 0, add = strlen(text);
	char *grown = realloc(*acc, had + add + 2);

	if (!grown)
		return -1;
	if (had)
		grown[had++] = ' ';
	memcpy(grown + had, text, add + 1);
	*acc = grown;
	return 0;
}

static int add_entry(struct page_refs *r, char *text, int line)
{
	struct ref_entry *grown = realloc(r->entries, (r->nentries + 1) * sizeof *grown);

	if (!grown) {
		free(text);
		return -1;
	}
	r->entries = grown;
	collapse_blanks(text);
	r->entries[r->nentries++] = (struct ref_entry){text, line};
	return 0;
}

/* Reads the entries of the References section, blocks [from, to). */
static int read_entries(struct page_refs *r, const struct doc *doc, size_t from, size_t to)
{
	char *acc = NULL;
	int line = 0;

	for (size_t i = from; i < to; i++) {
		const struct block *b = &doc->blocks[i];
		char *text;

		if (b->list_depth < 1 || b->kind != BLOCK_PARAGRAPH)
			continue;
		if (b->list_depth == 1 && b->marker != MARKER_NONE) {
			if (acc && add_entry(r, acc, line) != 0)
				return -1;
			acc = NULL;
			line = b->line;
		}
		if (!(text = block_text(b)) || append(&acc, text) != 0) {
			free(text);
			free(acc);
			return -1;
		}
		free(text);
	}
	return acc ? add_entry(r, acc, line) : 0;
}

int page_refs_read(struct page *p, struct diags *d, struct page_refs *out)
{
	struct doc *doc = page_doc(p, d);
	size_t end;

	memset(out, 0, sizeof *out);
	if (!doc)
		return 0;
	for (end = 0; end < doc->nblocks && !is_references_heading(&doc->blocks[end]); end++)
		;
	for (size_t i = 0; i < end; i++) {
		const struct block *b = &doc->blocks[i];
		char *text = NULL;
		int rc;

		if (b->kind == BLOCK_QUIZ)
			rc = scan_cites(out, b->literal ? b->literal : "", b->line);
		else if (b->kind == BLOCK_PARAGRAPH || b->kind == BLOCK_HEADING) {
			if (!(text = block_text(b)))
				return -1;
			rc = scan_cites(out, text, b->line);
			free(text);
		} else
			continue;
		if (rc != 0)
			return -1;
	}
	if (end == doc->nblocks)
		return 0;
	out->has_section = true;
	{
		size_t stop = end + 1;

		while (stop < doc->nblocks &&
		       !(doc->blocks[stop].kind == BLOCK_HEADING && doc->blocks[stop].level <= 2))
			stop++;
		return read_entries(out, doc, end + 1, stop);
	}
}

void page_refs_free(struct page_refs *r)
{
	for (size_t i = 0; i < r->nentries; i++)
		free(r->entries[i].text);
	for (size_t i = 0; i < r->ncites; i++)
		free(r->cites[i].surname);
	free(r->entries);
	free(r->cites);
	memset(r, 0, sizeof *r);
}

bool ref_entry_matches(const char *entry, const char *surname, int year)
{
	size_t n = strlen(surname);
	char y[8];

	while (*entry == ' ')
		entry++;
	if (strncmp(entry, surname, n) != 0 || is_name_byte(entry[n]))
		return false;
	snprintf(y, sizeof y, "%d", year);
	for (const char *s = strstr(entry, y); s; s = strstr(s + 1, y))
		if ((s == entry || !is_digit(s[-1])) && !is_digit(s[4]))
			return true;
	return false;
}

static const char *find_year(const char *s);

void ref_entry_key(const char *entry, const char **surname, size_t *len, int *year)
{
	const char *y;

	while (*entry == ' ')
		entry++;
	*surname = entry;
	*len = 0;
	while (is_name_byte(entry[*len]))
		(*len)++;
	*year = 0;
	if ((y = find_year(entry))) {
		*year = atoi(y);
		return;
	}
	for (const char *s = entry; *s; s++)
		if (is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) && is_digit(s[3]) &&
		    !is_digit(s[4]) && (s == entry || !is_digit(s[-1]))) {
			*year = atoi(s);
			return;
		}
}

/* ---- fields ---- */

static char *dup_range(const char *s, size_t n)
{
	char *c;

	while (n > 0 && (*s == ' '))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.' || s[n - 1] == ','))
		n--;
	if (!(c = malloc(n + 1)))
		return NULL;
	memcpy(c, s, n);
	c[n] = '\0';
	return c;
}

/* Where "YYYY;" of the journal citation starts in s, or NULL. */
static const char *find_year(const char *s)
{
	for (const char *p = strchr(s, ';'); p; p = strchr(p + 1, ';'))
		if (p - s >= 4 && is_digit(p[-1]) && is_digit(p[-2]) && is_digit(p[-3]) &&
		    is_digit(p[-4]) && (p - s == 4 || p[-5] == ' '))
			return p - 4;
	return NULL;
}

static int parse_authors(const char *s, size_t n, struct ref_fields *f)
{
	size_t i = 0;

	while (i < n) {
		size_t j = i;
		char **grown;
		char *a;

		while (j < n && s[j] != ',')
			j++;
		if (!(a = dup_range(s + i, j - i)))
			return -1;
		if (strcmp(a, "et al") == 0 || strcmp(a, "et al.") == 0) {
			f->et_al = true;
			free(a);
		} else if (*a) {
			if (!(grown = realloc(f->authors, (f->nauthors + 1) * sizeof *grown))) {
				free(a);
				return -1;
			}
			f->authors = grown;
			f->authors[f->nauthors++] = a;
		} else
			free(a);
		i = j + 1;
	}
	return 0;
}

/* Copies the part of the tail after the year: ";volume(issue):pages."
 * then an optional "PMID n" or "doi x". */
static int parse_tail(const char *t, struct ref_fields *f)
{
	const char *v = t + 1, *p, *end;

	p = v + strcspn(v, "(:. ");
	if (!(f->volume = dup_range(v, (size_t)(p - v))))
		return -1;
	if (*p == '(') {
		const char *close = strchr(p, ')');

		if (close) {
			if (!(f->issue = dup_range(p + 1, (size_t)(close - p - 1))))
				return -1;
			p = close + 1;
		}
	}
	if (*p == ':') {
		p++;
		end = p + strcspn(p, " ");
		if (!(f->pages = dup_range(p, (size_t)(end - p))))
			return -1;
		p = end;
	}
	if ((end = strstr(p, "PMID "))) {
		end += 5;
		if (!(f->pmid = dup_range(end, strspn(end, "0123456789"))))
			return -1;
	}
	if ((end = strstr(p, "doi "))) {
		end += 4;
		if (!(f->doi = dup_range(end, strcspn(end, " "))))
			return -1;
	}
	return 0;
}

int ref_fields_parse(const char *entry, struct ref_fields *f)
{
	const char *year, *authors_end, *journal;

	memset(f, 0, sizeof *f);
	year = find_year(entry);
	authors_end = strstr(entry, ". ");
	if (year && authors_end && authors_end > year)
		authors_end = NULL;
	if (authors_end && parse_authors(entry, (size_t)(authors_end - entry), f) != 0)
		return -1;
	if (year) {
		/* The journal starts after the last ". " or "? " before the year. */
		journal = authors_end ? authors_end + 2 : entry;
		for (const char *s = journal; s < year; s++)
			if ((*s == '.' || *s == '?') && s[1] == ' ' && s + 2 <= year)
				journal = s + 2;
		if (authors_end && journal > authors_end + 2) {
			const char *title = authors_end + 2;
			size_t n = (size_t)(journal - title);

			/* Keep a question mark ending the title. */
			while (n > 0 && title[n - 1] == ' ')
				n--;
			if (!(f->title = malloc(n + 1)))
				return -1;
			memcpy(f->title, title, n);
			f->title[n] = '\0';
			if (n > 0 && f->title[n - 1] == '.')
				f->title[n - 1] = '\0';
		}
		if (!(f->journal = dup_range(journal, (size_t)(year - journal))))
			return -1;
		f->year = atoi(year);
		if (parse_tail(year + 4, f) != 0)
			return -1;
	}
	{
		char **fields[] = {&f->title, &f->journal, &f->volume, &f->issue,
		                   &f->pages, &f->pmid, &f->doi};

		for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
			if (!*fields[i] && !(*fields[i] = calloc(1, 1)))
				return -1;
	}
	return 0;
}

void ref_fields_free(struct ref_fields *f)
{
	for (size_t i = 0; i < f->nauthors; i++)
		free(f->authors[i]);
	free(f->authors);
	free(f->title);
	free(f->journal);
	free(f->volume);
	free(f->issue);
	free(f->pages);
	free(f->pmid);
	free(f->doi);
	memset(f, 0, sizeof *f);
}
