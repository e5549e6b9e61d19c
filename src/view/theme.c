/* theme.c — the role-to-style tables (see theme.h).  Attributes alone must
 * keep headings, links, emphasis, code and charts apart in monochrome. */
#include <string.h>

#include "view/theme.h"

#define S(a, c) { (a), (c) }

/* Chart series, in both themes: green for the first, red for the third,
 * because the models list the cells that live first and those killed or
 * cleared third ("dead" in detachment, "killed by NK" in circulation,
 * "cleared" in intravasation); red for the living read wrongly.  The
 * series' marks differ too, for readers who cannot tell red from green. */

static const struct role_style dark[ROLE__COUNT] = {
	[ROLE_TEXT] = S(0, COLOR_DEFAULT),
	[ROLE_HEADING] = S(ATTR_BOLD, COLOR_CYAN_),
	[ROLE_TITLE] = S(ATTR_BOLD | ATTR_UNDERLINE, COLOR_YELLOW_),
	[ROLE_EMPH] = S(ATTR_ITALIC | ATTR_UNDERLINE, COLOR_DEFAULT),
	[ROLE_STRONG] = S(ATTR_BOLD, COLOR_DEFAULT),
	[ROLE_CODE] = S(0, COLOR_GREEN_),
	[ROLE_LINK] = S(ATTR_UNDERLINE, COLOR_BLUE_),
	[ROLE_QUOTE] = S(ATTR_DIM, COLOR_DEFAULT),
	[ROLE_RULE] = S(ATTR_DIM, COLOR_DEFAULT),
	[ROLE_BULLET] = S(ATTR_BOLD, COLOR_YELLOW_),
	[ROLE_FRAME] = S(ATTR_DIM, COLOR_MAGENTA_),
	[ROLE_SIM] = S(ATTR_BOLD, COLOR_MAGENTA_),
	[ROLE_QUIZ] = S(ATTR_BOLD, COLOR_YELLOW_),
	[ROLE_GLOSSARY] = S(ATTR_UNDERLINE, COLOR_CYAN_),
	[ROLE_MATCH] = S(ATTR_REVERSE, COLOR_YELLOW_),
	[ROLE_CHART_AXIS] = S(ATTR_DIM, COLOR_DEFAULT),
	[ROLE_CHART_LABEL] = S(0, COLOR_DEFAULT),
	[ROLE_CHART_TITLE] = S(ATTR_BOLD, COLOR_DEFAULT),
	[ROLE_CHART_S1] = S(ATTR_BOLD, COLOR_GREEN_),
	[ROLE_CHART_S2] = S(0, COLOR_CYAN_),
	[ROLE_CHART_S3] = S(ATTR_BOLD, COLOR_RED_),
	[ROLE_CHART_S4] = S(0, COLOR_YELLOW_),
	[ROLE_CHART_FAINT] = S(ATTR_DIM, COLOR_DEFAULT),
	[ROLE_CHART_P1] = S(ATTR_DIM, COLOR_GREEN_),
	[ROLE_CHART_P2] = S(ATTR_DIM, COLOR_CYAN_),
	[ROLE_CHART_P3] = S(ATTR_DIM, COLOR_RED_),
	[ROLE_CHART_P4] = S(ATTR_DIM, COLOR_YELLOW_),
	[ROLE_CHART_MARK] = S(ATTR_BOLD, COLOR_YELLOW_),
	[ROLE_STATUS] = S(ATTR_REVERSE, COLOR_DEFAULT),
	[ROLE_NOTICE] = S(ATTR_BOLD, COLOR_RED_),
};

/* A light background: darker colours where yellow and cyan would fade. */
static const struct role_style light[ROLE__COUNT] = {
	[ROLE_TEXT] = S(0, COLOR_DEFAULT),
	[ROLE_HEADING] = S(ATTR_BOLD, COLOR_BLUE_),
	[ROLE_TITLE] = S(ATTR_BOLD | ATTR_UNDERLINE, COLOR_MAGENTA_),
	[ROLE_EMPH] = S(ATTR_ITALIC | ATTR_UNDERLINE, COLOR_DEFAULT),
	[ROLE_STRONG] = S(ATTR_BOLD, COLOR_DEFAULT),
	[ROLE_CODE] = S(0, COLOR_GREEN_),
	[ROLE_LINK] = S(ATTR_UNDERLINE, COLOR_BLUE_),
	[ROLE_QUOTE] = S(ATTR_DIM, COLOR_DEFAULT),
	[ROLE_RULE] = S(ATTR_DIM, COLOR_DEFAULT),
	[ROLE_BULLET] = S(ATTR_BOLD, COLOR_MAGENTA_),
	[ROLE_FRAME] = S(0, COLOR_MAGENTA_),
	[ROLE_SIM] = S(ATTR_BOLD, COLOR_MAGENTA_),
	[ROLE_QUIZ] = S(ATTR_BOLD, COLOR_RED_),
	[ROLE_GLOSSARY] = S(ATTR_UNDERLINE, COLOR_BLUE_),
	[ROLE_MATCH] = S(ATTR_REVERSE, COLOR_DEFAULT),
	[ROLE_CHART_AXIS] = S(0, COLOR_DEFAULT),
	[ROLE_CHART_LABEL] = S(0, COLOR_DEFAULT),
	[ROLE_CHART_TITLE] = S(ATTR_BOLD, COLOR_DEFAULT),
	[ROLE_CHART_S1] = S(ATTR_BOLD, COLOR_GREEN_),
	[ROLE_CHART_S2] = S(0, COLOR_BLUE_),
	[ROLE_CHART_S3] = S(ATTR_BOLD, COLOR_RED_),
	[ROLE_CHART_S4] = S(0, COLOR_MAGENTA_),
	[ROLE_CHART_FAINT] = S(ATTR_DIM, COLOR_DEFAULT),
	[ROLE_CHART_P1] = S(ATTR_DIM, COLOR_GREEN_),
	[ROLE_CHART_P2] = S(ATTR_DIM, COLOR_BLUE_),
	[ROLE_CHART_P3] = S(ATTR_DIM, COLOR_RED_),
	[ROLE_CHART_P4] = S(ATTR_DIM, COLOR_MAGENTA_),
	[ROLE_CHART_MARK] = S(ATTR_BOLD, COLOR_RED_),
	[ROLE_STATUS] = S(ATTR_REVERSE, COLOR_DEFAULT),
	[ROLE_NOTICE] = S(ATTR_BOLD, COLOR_RED_),
};

static const struct role_style *const themes[THEME__COUNT] = { dark, light };
static const char *const theme_names[THEME__COUNT] = { "dark", "light" };

int theme_parse(const char *name, enum theme_id *out)
{
	for (int i = 0; i < THEME__COUNT; i++) {
		if (strcmp(name, theme_names[i]) == 0) {
			*out = (enum theme_id)i;
			return 0;
		}
	}
	return -1;
}

const struct role_style *theme_style(enum theme_id t, enum role r)
{
	return &themes[t][(unsigned)r < ROLE__COUNT ? r : ROLE_TEXT];
}

unsigned theme_cell_attrs(unsigned flags)
{
	return (flags & CELL_BOLD ? ATTR_BOLD : 0) | (flags & CELL_UNDER ? ATTR_UNDERLINE : 0) |
	       (flags & CELL_REVERSE ? ATTR_REVERSE : 0);
}
