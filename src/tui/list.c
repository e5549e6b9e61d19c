/* list.c — the keys every list screen shares (contents, search results):
 * moving the selection.  Help and closing are the global keys (tui.c). */
#include "tui/app.h"

bool list_key(size_t *sel, size_t n, enum action action, enum next *next)
{
	*next = NEXT_REDRAW;
	switch (action) {
	case ACT_LINE_DOWN:
	case ACT_NEXT_TARGET:
		if (*sel + 1 < n)
			(*sel)++;
		return true;
	case ACT_LINE_UP:
	case ACT_PREV_TARGET:
		if (*sel > 0)
			(*sel)--;
		return true;
	case ACT_TOP:
		*sel = 0;
		return true;
	case ACT_BOTTOM:
		*sel = n ? n - 1 : 0;
		return true;
	default:
		return false;
	}
}
