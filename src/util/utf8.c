/* utf8.c — decoding and encoding UTF-8 (see utf8.h). */
#include "util/utf8.h"

size_t utf8_decode(const char *str, size_t len, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	uint32_t c, min;
	size_t n;

	if (len == 0) {
		*cp = 0xfffd;
		return 0;
	}
	c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if ((c & 0xe0) == 0xc0) {
		n = 2, c &= 0x1f, min = 0x80;
	} else if ((c & 0xf0) == 0xe0) {
		n = 3, c &= 0x0f, min = 0x800;
	} else if ((c & 0xf8) == 0xf0) {
		n = 4, c &= 0x07, min = 0x10000;
	} else {
		*cp = 0xfffd;
		return 1;
	}
	if (n > len)
		goto invalid;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			goto invalid;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		goto invalid;
	*cp = c;
	return n;
invalid:
	*cp = 0xfffd;
	return 1;
}

size_t utf8_encode(uint32_t cp, char out[4])
{
	if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		cp = 0xfffd;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	} else if (cp < 0x800) {
		out[0] = (char)(0xc0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	} else if (cp < 0x10000) {
		out[0] = (char)(0xe0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

/* Blocks above Latin-1 with no word characters (or only a few symbols
 * read as letters), as [first, last] pairs in order. */
static const uint32_t not_word[][2] = {
	{ 0x02c2, 0x02c5 }, { 0x02d2, 0x02df }, { 0x02e5, 0x02eb }, /* modifier symbols */
	{ 0x0300, 0x036f },                      /* combining diacritics */
	{ 0x037e, 0x037e }, { 0x0384, 0x0385 }, { 0x0387, 0x0387 },
	{ 0x0483, 0x0489 },                      /* Cyrillic marks */
	{ 0x055a, 0x055f }, { 0x0589, 0x058a },
	{ 0x2000, 0x206f },                      /* spaces, dashes, quotes */
	{ 0x207a, 0x207e }, { 0x208a, 0x208e },  /* superscript and subscript signs */
	{ 0x20a0, 0x214f },                      /* currency, letterlike */
	{ 0x2190, 0x245f },                      /* arrows, maths, technical */
	{ 0x2500, 0x2bff },                      /* boxes, shapes, dingbats */
	{ 0x2e00, 0x2e7f },                      /* more punctuation */
	{ 0x3000, 0x3004 }, { 0x3008, 0x3020 }, { 0x3030, 0x303f },
	{ 0xd800, 0xf8ff },                      /* surrogates, private use */
	{ 0xfe00, 0xfe6f },                      /* variation selectors, forms */
	{ 0xff00, 0xff0f }, { 0xff1a, 0xff20 }, { 0xff3b, 0xff40 }, { 0xff5b, 0xff65 },
	{ 0xfff0, 0xffff },                      /* specials, U+FFFD */
	{ 0x1f000, 0x1faff },                    /* emoji and pictographs */
	{ 0xe0000, 0x10ffff },                   /* tags, private use */
};

bool utf8_is_word_beyond_ascii(uint32_t cp)
{
	size_t lo = 0, hi = sizeof not_word / sizeof *not_word;

	if (cp < 0xc0) /* Latin-1's ª ² ³ µ ¹ º ¼ ½ ¾ */
		return cp == 0xaa || cp == 0xb2 || cp == 0xb3 || cp == 0xb5 || cp == 0xb9 ||
		       cp == 0xba || (cp >= 0xbc && cp <= 0xbe);
	if (cp < 0x100)
		return cp != 0xd7 && cp != 0xf7;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cp < not_word[mid][0])
			hi = mid;
		else if (cp > not_word[mid][1])
			lo = mid + 1;
		else
			return false;
	}
	return true;
}

uint32_t utf8_fold_beyond_ascii(uint32_t cp)
{
	if (cp >= 0xc0 && cp <= 0xde && cp != 0xd7)
		return cp + 0x20;
	if (cp == 0x178)
		return 0xff;
	if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14a && cp <= 0x177))
		return cp | 1;
	if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17e))
		return (cp & 1) ? cp + 1 : cp;
	if (cp >= 0x391 && cp <= 0x3a9 && cp != 0x3a2)
		return cp + 0x20;
	if (cp == 0x3c2)
		return 0x3c3;
	if (cp >= 0x410 && cp <= 0x42f)
		return cp + 0x20;
	if (cp >= 0x400 && cp <= 0x40f)
		return cp + 0x50;
	return cp;
}
