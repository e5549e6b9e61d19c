/* glyph.c — marks to characters per charset, ASCII stand-ins for text,
 * cell widths and UTF-8 coding (see glyph.h). */
#include <string.h>
#include <strings.h>
#include <wchar.h>

#include "view/glyph.h"

static const char *const charset_names[] = {
	[CHARSET_ASCII] = "ascii",
	[CHARSET_BLOCKS] = "blocks",
	[CHARSET_BRAILLE] = "braille",
};

int charset_parse(const char *name, enum charset *out)
{
	for (size_t i = 0; i < sizeof charset_names / sizeof *charset_names; i++) {
		if (strcasecmp(name, charset_names[i]) == 0) {
			*out = (enum charset)i;
			return 0;
		}
	}
	return -1;
}

const char *charset_name(enum charset cs)
{
	return charset_names[cs];
}

enum charset charset_detect(int locale_is_utf8, const char *term)
{
	static const char *const ascii_terms[] = { "dumb", "vt100", "vt102", "vt220", "linux", "ansi" };

	if (!locale_is_utf8)
		return CHARSET_ASCII;
	for (size_t i = 0; term && i < sizeof ascii_terms / sizeof *ascii_terms; i++)
		if (strcmp(term, ascii_terms[i]) == 0)
			return CHARSET_ASCII;
	return CHARSET_BRAILLE;
}

int cell_width(uint32_t cp)
{
	int w;

	if (cp < 0x20 || cp == 0x7f)
		return 0;
	if (cp < 0x7f)
		return 1;
	if (cp >= 0x80 && cp < 0xa0)
		return 0;
	w = wcwidth((wchar_t)cp);
	if (w < 0)
		return 1; /* unknown to this locale: one column, shown as '?' */
	return w;
}

struct fallback {
	uint32_t cp;
	char ascii;
};

/* Stand-ins for the non-ASCII characters lessons use most; scanned linearly. */
static const struct fallback fallbacks[] = {
	{ 0x00a0, ' ' }, { 0x00b0, 'o' }, { 0x00b1, '+' }, { 0x00b2, '2' },
	{ 0x00b3, '3' }, { 0x00b5, 'u' }, { 0x00b7, '.' }, { 0x00b9, '1' },
	{ 0x00d7, 'x' }, { 0x00e0, 'a' }, { 0x00e1, 'a' }, { 0x00e4, 'a' },
	{ 0x00e7, 'c' }, { 0x00e8, 'e' }, { 0x00e9, 'e' }, { 0x00ea, 'e' },
	{ 0x00ed, 'i' }, { 0x00ef, 'i' }, { 0x00f3, 'o' }, { 0x00f6, 'o' },
	{ 0x00f8, 'o' }, { 0x00fc, 'u' }, { 0x00c9, 'E' }, { 0x00d6, 'O' },
	{ 0x00dc, 'U' }, { 0x03b1, 'a' }, { 0x03b2, 'b' }, { 0x03b3, 'g' },
	{ 0x03b4, 'd' }, { 0x03ba, 'k' }, { 0x03bc, 'u' }, { 0x2010, '-' },
	{ 0x2011, '-' }, { 0x2012, '-' }, { 0x2013, '-' }, { 0x2014, '-' },
	{ 0x2018, '\'' }, { 0x2019, '\'' }, { 0x201c, '"' }, { 0x201d, '"' },
	{ 0x2022, '*' }, { 0x2026, '~' }, { 0x2070, '0' }, { 0x2074, '4' },
	{ 0x2075, '5' }, { 0x2076, '6' }, { 0x2077, '7' }, { 0x2078, '8' },
	{ 0x2079, '9' }, { 0x207b, '-' }, { 0x2080, '0' }, { 0x2081, '1' },
	{ 0x2082, '2' }, { 0x2190, '<' }, { 0x2191, '^' }, { 0x2192, '>' }, { 0x2212, '-' },
	{ 0x2248, '~' }, { 0x2264, '<' }, { 0x2265, '>' }, { 0x00f7, '/' },
};

char glyph_ascii_fallback(uint32_t cp)
{
	if (cp < 0x80)
		return (char)cp;
	for (size_t i = 0; i < sizeof fallbacks / sizeof *fallbacks; i++)
		if (fallbacks[i].cp == cp)
			return fallbacks[i].ascii;
	return '?';
}

struct mark_glyph {
	const char *ascii;
	const char *utf8;
};

static const struct mark_glyph mark_glyphs[] = {
	[MARK_NONE] = { " ", " " },
	[MARK_BULLET] = { "*", "\u2022" },
	[MARK_RULE] = { "-", "\u2500" },
	[MARK_VLINE] = { "|", "\u2502" },
	[MARK_CORNER_TL] = { "+", "\u250c" },
	[MARK_CORNER_TR] = { "+", "\u2510" },
	[MARK_CORNER_BL] = { "+", "\u2514" },
	[MARK_CORNER_BR] = { "+", "\u2518" },
	[MARK_TEE_LEFT] = { "+", "\u251c" },
	[MARK_TEE_UP] = { "+", "\u2534" },
	[MARK_ELLIPSIS] = { "~", "\u2026" },
	[MARK_QUOTE_BAR] = { ">", "\u258c" },
	[MARK_DOT] = { "o", "\u25cf" },
	[MARK_SHADE_1] = { ".", "\u2591" },
	[MARK_SHADE_2] = { ":", "\u2592" },
	[MARK_SHADE_3] = { "+", "\u2593" },
	[MARK_SHADE_4] = { "#", "\u2588" },
	[MARK_VDASH] = { ":", "\u250a" },
	[MARK_CURSOR] = { "^", "\u25b2" },
	[MARK_POINT + 0] = { "*", "\u2022" },
	[MARK_POINT + 1] = { "o", "\u25e6" },
	[MARK_POINT + 2] = { "+", "\u25aa" },
	[MARK_POINT + 3] = { "x", "\u00d7" },
	[MARK_POINT + 4] = { ".", "\u00b7" },
	[MARK_POINT + 5] = { ".", "\u00b7" },
	[MARK_POINT + 6] = { "'", "\u00b0" },
	[MARK_POINT + 7] = { ":", "\u25ab" },
	[MARK_POINT + 8] = { ",", "+" },
	[MARK_COLUMN_EIGHTHS + 0] = { " ", " " },
	[MARK_COLUMN_EIGHTHS + 1] = { "_", "\u2581" },
	[MARK_COLUMN_EIGHTHS + 2] = { "_", "\u2582" },
	[MARK_COLUMN_EIGHTHS + 3] = { "_", "\u2583" },
	[MARK_COLUMN_EIGHTHS + 4] = { "_", "\u2584" },
	[MARK_COLUMN_EIGHTHS + 5] = { "_", "\u2585" },
	[MARK_COLUMN_EIGHTHS + 6] = { "#", "\u2586" },
	[MARK_COLUMN_EIGHTHS + 7] = { "#", "\u2587" },
	[MARK_COLUMN_EIGHTHS + 8] = { "#", "\u2588" },
	[MARK_SPARK + 0] = { "_", "\u2581" },
	[MARK_SPARK + 1] = { "_", "\u2582" },
	[MARK_SPARK + 2] = { ".", "\u2583" },
	[MARK_SPARK + 3] = { ".", "\u2584" },
	[MARK_SPARK + 4] = { "-", "\u2585" },
	[MARK_SPARK + 5] = { "-", "\u2586" },
	[MARK_SPARK + 6] = { "^", "\u2587" },
	[MARK_SPARK + 7] = { "^", "\u2588" },
};

/* Left eighth blocks, from empty to full. */
static const char *const eighths[9] = {
	" ", "\u258f", "\u258e", "\u258d", "\u258c", "\u258b", "\u258a", "\u2589", "\u2588",
};

static size_t put(char out[8], const char *s)
{
	size_t n = strlen(s);

	memcpy(out, s, n + 1);
	return n;
}

static size_t encode_mark(uint32_t m, enum charset cs, char out[8])
{
	if (m >= MARK_BRAILLE && m < MARK__END) {
		uint32_t dots = m - MARK_BRAILLE;
		size_t n;

		if (cs == CHARSET_ASCII)
			return put(out, dots ? "*" : " ");
		n = utf8_encode(0x2800 + dots, out);
		out[n] = '\0';
		return n;
	}
	if (m >= MARK_BAR_EIGHTHS && m <= MARK_BAR_EIGHTHS + 8) {
		uint32_t n = m - MARK_BAR_EIGHTHS;

		if (cs == CHARSET_ASCII)
			return put(out, n == 8 ? "#" : n >= 4 ? "=" : " ");
		return put(out, eighths[n]);
	}
	if (m < sizeof mark_glyphs / sizeof *mark_glyphs && mark_glyphs[m].ascii)
		return put(out, cs == CHARSET_ASCII ? mark_glyphs[m].ascii : mark_glyphs[m].utf8);
	return put(out, "?");
}

size_t glyph_encode(const struct cell *c, enum charset cs, char out[8])
{
	size_t n;

	if (c->flags & CELL_CONT) {
		out[0] = '\0';
		return 0;
	}
	if (c->flags & CELL_MARK)
		return encode_mark(c->ch, cs, out);
	if (c->ch < 0x20 || c->ch == 0x7f)
		return put(out, " ");
	if (cs == CHARSET_ASCII && c->ch >= 0x80) {
		out[0] = glyph_ascii_fallback(c->ch);
		out[1] = '\0';
		return 1;
	}
	n = utf8_encode(c->ch, out);
	out[n] = '\0';
	return n;
}
