/* classroom.c — leading or following a class from the pager.  Until a
 * class is open there is nothing to wait on but the terminal. */
#include "tui/app.h"

size_t app_pollfds(struct app *app, struct pollfd *fds, size_t max)
{
	(void)app;
	(void)fds;
	(void)max;
	return 0;
}

void app_service(struct app *app, struct pollfd *fds, size_t n)
{
	(void)app;
	(void)fds;
	(void)n;
}
