/* glyph.h — turning cells into characters, per charset.
 *
 * Owns: enum charset, the glyph tables that map abstract marks (grid.h) to
 * ASCII, Unicode block/box or Braille characters, the ASCII stand-ins for
 * non-ASCII text, and cell_width(), the one width function.  Chosen once
 * (from the locale and terminal, or --charset) and passed down. */
#ifndef CASCADE_GLYPH_H
#define CASCADE_GLYPH_H

#include <stddef.h>
#include <stdint.h>

#include "util/utf8.h"
#include "view/grid.h"

enum charset {
	CHARSET_ASCII,   /* 7-bit only: LANG=C, vt100, mail */
	CHARSET_BLOCKS,  /* UTF-8 with box drawing and eighth blocks */
	CHARSET_BRAILLE, /* as BLOCKS, and lines drawn in 2x4 Braille dots */
};

/* "ascii", "blocks", "braille" -> 0 and *out set; -1 if unknown. */
int charset_parse(const char *name, enum charset *out);
const char *charset_name(enum charset cs);
/* The charset a terminal can show: ASCII unless the locale's codeset is
 * UTF-8 and TERM is not one known to lack it (linux console, vt100, dumb). */
enum charset charset_detect(int locale_is_utf8, const char *term);

/* Columns the code point takes: 0, 1 or 2.  Controls and non-printables
 * are 0; invalid or unknown code points are 1. */
int cell_width(uint32_t cp);

/* An ASCII stand-in for a non-ASCII code point in text ('?' if none). */
char glyph_ascii_fallback(uint32_t cp);

/* Encodes the cell under charset cs into out as NUL-terminated UTF-8 (or
 * ASCII); returns the number of bytes (0 for a CELL_CONT cell). */
size_t glyph_encode(const struct cell *c, enum charset cs, char out[8]);

#endif
