/* fit.c — fitting a line into a width by parts and words (see fit.h). */
#include <string.h>

#include "view/fit.h"
#include "view/glyph.h"

#define ELLIPSIS "\u2026" /* one column */
#define LONG_WORD 16       /* bytes: a longer token may be cut ... */
#define LONG_WORD_SHOWN 8  /* ... when this much of it still shows */

size_t text_width_n(const char *utf8, size_t len)
{
	size_t w = 0;

	for (size_t i = 0; i < len;) {
		uint32_t cp;

		i += utf8_decode(utf8 + i, len - i, &cp);
		w += (size_t)cell_width(cp);
	}
	return w;
}

size_t text_width(const char *utf8)
{
	return text_width_n(utf8, strlen(utf8));
}

/* The bytes of s[0..len) that fit in width columns (whole characters). */
static size_t bytes_within(const char *s, size_t len, size_t width, size_t *cols)
{
	size_t i = 0, w = 0;

	while (i < len) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		size_t cw = (size_t)cell_width(cp);

		if (w + cw > width)
			break;
		w += cw;
		i += n;
	}
	*cols = w;
	return i;
}

/* Copies n bytes of s and then tail into out; the columns of both.  A
 * buffer too small (which callers avoid) gets whole characters only. */
static size_t put(char *out, size_t size, const char *s, size_t n, const char *tail)
{
	size_t t = strlen(tail);

	if (size == 0)
		return 0;
	if (n + t + 1 > size) {
		t = 0;
		if (n + 1 > size)
			n = size - 1;
		while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
	}
	memcpy(out, s, n);
	memcpy(out + n, tail, t);
	out[n + t] = '\0';
	return text_width(out);
}

/* Where the last part of utf8[0..end) starts: the last two spaces that
 * follow a word, or NULL when there is one part. */
static const char *last_part(const char *utf8, size_t end)
{
	const char *last = NULL;

	for (const char *p = strstr(utf8, "  "); p && (size_t)(p - utf8) < end; p = strstr(p + 1, "  "))
		if (p > utf8 && p[-1] != ' ')
			last = p;
	return last;
}

size_t text_fit(const char *utf8, size_t width, char *out, size_t size)
{
	size_t end = strlen(utf8), cols, fit, cut, lead = strspn(utf8, " ");
	const char *part;

	if (text_width(utf8) <= width)
		return put(out, size, utf8, end, "");
	if (width == 0)
		return put(out, size, utf8, 0, "");
	/* Drop whole parts, the last first, while one is left. */
	while ((part = last_part(utf8, end))) {
		end = (size_t)(part - utf8);
		if (bytes_within(utf8, end, width, &cols) == end)
			return put(out, size, utf8, end, "");
	}
	/* Then whole words, leaving a column for the ellipsis. */
	fit = bytes_within(utf8, end, width - 1, &cols);
	cut = fit;
	if (fit < end && utf8[fit] != ' ') {
		while (cut > lead && utf8[cut - 1] != ' ')
			cut--;
		/* A long token (a path, a file name) shows its start rather
		 * than going whole: "in /tmp/cascade-te…". */
		if (fit - cut >= LONG_WORD_SHOWN && strcspn(utf8 + cut, " ") > LONG_WORD)
			cut = fit;
	}
	while (cut > lead && utf8[cut - 1] == ' ')
		cut--;
	if (cut <= lead)
		cut = fit; /* one word wider than the width: cut it */
	return put(out, size, utf8, cut, ELLIPSIS);
}
