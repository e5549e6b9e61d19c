/* pattern.c — compiling a search pattern: smart case, UTF-8 and Unicode
 * properties, and the limits that stop a pattern which backtracks
 * without end (see search.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "search/search_impl.h"

#define SEARCH_STATUS_TEXT(name, msg) msg,
static const char *const status_messages[] = { SEARCH_STATUS_LIST(SEARCH_STATUS_TEXT) };
#undef SEARCH_STATUS_TEXT

const char *search_status_message(enum search_status s)
{
	return (unsigned)s < SEARCH__COUNT ? status_messages[s] : "?";
}

/* Bytes in the UTF-8 sequence that starts with byte c (1 if invalid). */
static size_t seq_len(unsigned char c)
{
	if (c >= 0xf0 && c < 0xf8)
		return 4;
	if (c >= 0xe0)
		return c < 0xf0 ? 3 : 1;
	if (c >= 0xc0)
		return 2;
	return 1;
}

/* The character after the one at s (not NUL), never past the string's
 * end: a lead byte may promise more bytes than follow. */
static const char *next_char(const char *s)
{
	size_t n = seq_len((unsigned char)*s);

	s++;
	while (--n > 0 && *s)
		s++;
	return s;
}

/* Skips from s to just past the first `close` (or to the end). */
static const char *skip_past(const char *s, char close)
{
	const char *e = strchr(s, close);

	return e ? e + 1 : s + strlen(s);
}

/* After a backslash at s[-1]: where the escape ends.  \p{..}, \x{..},
 * \o{..}, \N{..}, \g{..}, \k<..> and the like are skipped whole. */
static const char *skip_escape(const char *s)
{
	if (!*s)
		return s;
	if (strchr("pPxoNgk", *s) && s[1] == '{')
		return skip_past(s + 2, '}');
	if (strchr("gk", *s) && (s[1] == '<' || s[1] == '\''))
		return skip_past(s + 2, s[1] == '<' ? '>' : '\'');
	if (*s == 'c' && s[1])
		return s + 2; /* \cX: a control character */
	return next_char(s);
}

/* After "(" at s[-1]: where the group's name, options or verb end. */
static const char *skip_group_head(const char *s)
{
	if (*s == '*')                       /* (*VERB) and (*MARK:NAME) */
		return skip_past(s, ')');
	if (*s != '?')
		return s;
	s++;
	if (*s == 'P' && (s[1] == '<' || s[1] == '=' || s[1] == '>'))
		return skip_past(s, s[1] == '<' ? '>' : ')');
	if (*s == '<' && s[1] != '=' && s[1] != '!')
		return skip_past(s, '>');      /* (?<name> */
	if (*s == '\'' || *s == '&')
		return skip_past(s + 1, *s == '&' ? ')' : '\'');
	if (*s == 'C')                       /* (?C1) callouts */
		return skip_past(s, ')');
	/* Option settings such as (?i), (?U), (?J:...). */
	const char *e = s;

	while (*e && strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ^-", *e))
		e++;
	return (*e == ')' || *e == ':') && e > s ? e + 1 : s;
}

/* Copies the characters of pattern that stand for themselves into out
 * (at least strlen(pattern) + 1 bytes). */
static void literal_chars(const char *s, char *out)
{
	while (*s) {
		if (s[0] == '\\' && s[1] == 'Q') {
			const char *e = strstr(s + 2, "\\E");
			size_t n = e ? (size_t)(e - s - 2) : strlen(s + 2);

			memcpy(out, s + 2, n);
			out += n;
			s += 2 + n + (e ? 2 : 0);
		} else if (*s == '\\') {
			s = skip_escape(s + 1);
		} else if (*s == '(') {
			s = skip_group_head(s + 1);
		} else if (s[0] == '[' && s[1] == ':') {
			s = skip_past(s + 2, ']');  /* [:alpha:] inside a class */
		} else {
			*out++ = *s++;
		}
	}
	*out = '\0';
}

/* Whether utf8 has an upper- or title-case letter, asked of PCRE2 itself
 * so that the answer does not hang on the locale. */
static bool has_upper(const char *utf8)
{
	static const char cls[] = "[\\p{Lu}\\p{Lt}]";
	int errcode;
	PCRE2_SIZE erroff;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)cls, PCRE2_ZERO_TERMINATED,
	                               PCRE2_UTF | PCRE2_MATCH_INVALID_UTF,
	                               &errcode, &erroff, NULL);
	pcre2_match_data *md;
	bool found = false;

	if (!re)
		return false;
	md = pcre2_match_data_create(1, NULL);
	if (md)
		found = pcre2_match(re, (PCRE2_SPTR)utf8, strlen(utf8), 0, 0, md, NULL) >= 0;
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	return found;
}

bool search_has_capital(const char *pattern)
{
	size_t n = strlen(pattern);
	char stack[256], *buf = n < sizeof stack ? stack : malloc(n + 1);
	bool found;

	if (!buf)
		return false;
	literal_chars(pattern, buf);
	found = has_upper(buf);
	if (buf != stack)
		free(buf);
	return found;
}

/* Code points before byte offset off of s (counting lead bytes). */
static size_t column_of(const char *s, size_t len, size_t off)
{
	size_t col = 0;

	for (size_t i = 0; i < off && i < len; i++)
		col += ((unsigned char)s[i] & 0xc0) != 0x80;
	return col;
}

static enum search_status bad(struct search_error *err, int code, size_t off,
                              size_t col, const char *msg)
{
	if (err) {
		err->code = code;
		err->offset = off;
		err->column = col;
		snprintf(err->message, sizeof err->message, "%s", msg);
	}
	return SEARCH_BAD_PATTERN;
}

/* Sets up the match context: the limits.  Nothing is JIT-compiled:
 * PCRE2's match limit does not bound a JIT match (a typed `||||(?R)` ran
 * for seconds), the interpreter's limits do. */
static int set_limits(struct search_pattern *p, const struct search_opts *o)
{
	p->mctx = pcre2_match_context_create(NULL);
	if (!p->mctx)
		return -1;
	pcre2_set_match_limit(p->mctx, o->match_limit ? o->match_limit : SEARCH_MATCH_LIMIT);
	pcre2_set_depth_limit(p->mctx, o->depth_limit ? o->depth_limit : SEARCH_DEPTH_LIMIT);
	pcre2_set_heap_limit(p->mctx, SEARCH_HEAP_LIMIT);
	return 0;
}

/* Compiles pattern with PCRE2 options opts (UTF is always added) and the
 * limits of o into a new *out. */
static enum search_status make(struct search_pattern **out, const char *pattern, size_t len,
                               uint32_t opts, const struct search_opts *o,
                               struct search_error *err)
{
	struct search_pattern *p;
	int errcode;
	PCRE2_SIZE erroff;

	*out = NULL;
	p = calloc(1, sizeof *p);
	if (!p)
		return SEARCH_NOMEM;
	p->caseless = (opts & PCRE2_CASELESS) != 0;
	p->max_matches = o->max_matches ? o->max_matches : SEARCH_MAX_MATCHES;
	p->time_limit_ms = o->time_limit_ms ? o->time_limit_ms : SEARCH_TIME_LIMIT_MS;
	p->code = pcre2_compile((PCRE2_SPTR)pattern, len, opts | PCRE2_UTF | PCRE2_USE_OFFSET_LIMIT,
	                        &errcode, &erroff, NULL);
	if (!p->code) {
		PCRE2_UCHAR msg[160];

		free(p);
		if (errcode == PCRE2_ERROR_NOMEMORY || errcode == PCRE2_ERROR_HEAP_FAILED)
			return SEARCH_NOMEM;
		if (pcre2_get_error_message(errcode, msg, sizeof msg) < 0)
			snprintf((char *)msg, sizeof msg, "error %d", errcode);
		return bad(err, errcode, erroff, column_of(pattern, len, erroff), (char *)msg);
	}
	if (set_limits(p, o) != 0) {
		search_pattern_free(p);
		return SEARCH_NOMEM;
	}
	*out = p;
	return SEARCH_OK;
}

enum search_status search_compile(struct search_pattern **out, const char *pattern,
                                  const struct search_opts *o,
                                  struct search_error *err)
{
	static const struct search_opts defaults;
	uint32_t opts = 0;
	size_t len;
	bool caseless;

	*out = NULL;
	if (err)
		memset(err, 0, sizeof *err);
	if (!o)
		o = &defaults;
	if (!pattern || !*pattern)
		return bad(err, 0, 0, 0, "empty pattern");
	len = strlen(pattern);
	if (len > SEARCH_MAX_PATTERN)
		return bad(err, 0, SEARCH_MAX_PATTERN,
		           column_of(pattern, len, SEARCH_MAX_PATTERN), "pattern too long");
	switch (o->case_mode) {
	case SEARCH_CASE_IGNORE: caseless = true; break;
	case SEARCH_CASE_MATCH: caseless = false; break;
	default:
		caseless = o->literal ? !has_upper(pattern) : !search_has_capital(pattern);
		break;
	}
	if (caseless)
		opts |= PCRE2_CASELESS;
	/* PCRE2_LITERAL allows neither UCP nor MULTILINE; neither matters. */
	if (o->literal)
		opts |= PCRE2_LITERAL;
	else
		opts |= PCRE2_UCP | PCRE2_MULTILINE | PCRE2_NEVER_BACKSLASH_C;
	return make(out, pattern, len, opts, o, err);
}

void search_pattern_free(struct search_pattern *p)
{
	if (!p)
		return;
	pcre2_code_free(p->code);
	pcre2_match_context_free(p->mctx);
	free(p);
}

bool search_pattern_caseless(const struct search_pattern *p)
{
	return p->caseless;
}

