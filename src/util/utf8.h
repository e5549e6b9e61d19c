/* utf8.h — UTF-8 decoding and encoding, shared by every layer that reads
 * text.  No state, no locale. */
#ifndef CASCADE_UTF8_H
#define CASCADE_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Reads one code point from s (at most len bytes, len > 0) into *cp and
 * returns the bytes used (>= 1).  An invalid or truncated sequence yields
 * U+FFFD and consumes one byte. */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);
/* Writes cp (U+FFFD if not a scalar value) to out; returns 1 to 4. */
size_t utf8_encode(uint32_t cp, char out[4]);

/* The two below for code points from 0x80 on (utf8.c); their ASCII cases
 * are inline, since the glossary's matcher asks at every byte of a page. */
bool utf8_is_word_beyond_ascii(uint32_t cp);
uint32_t utf8_fold_beyond_ascii(uint32_t cp);

/* Whether cp is a word character as PCRE2's \w reads it with Unicode
 * properties (a letter, a digit or other number, or '_'), by blocks: the
 * ASCII and Latin-1 ones exactly, and above them every code point outside
 * the blocks of punctuation, symbols, spaces and combining marks. */
static inline bool utf8_is_word(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ||
		       cp == '_';
	return utf8_is_word_beyond_ascii(cp);
}

/* cp's lower case for comparing without case: ASCII, Latin-1, Latin
 * Extended-A, Greek (final sigma as sigma) and Cyrillic; any other code
 * point is its own. */
static inline uint32_t utf8_fold(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z' ? cp + 0x20 : cp;
	return utf8_fold_beyond_ascii(cp);
}

#endif
