/* find.h — the pager's search (find.c): state kept in struct app. */
#ifndef CASCADE_FIND_H
#define CASCADE_FIND_H

#include <stdbool.h>
#include <stddef.h>

#include "search/search.h"

struct app;
struct highlight;
struct layout;

struct find {
	char pattern[256];               /* as typed, for messages */
	bool forward;                    /* the direction of the last / or ? */
	struct search_pattern *compiled; /* owned; NULL before any search */
	bool have_result;                /* result is for (page, layout, generation) */
	struct search_result result;     /* owned when have_result */
	size_t page;
	const struct layout *layout;
	unsigned generation;
	long current;                    /* the match shown, or -1 */
};

/* The functions are declared in app.h, which needs enum next. */

#endif
