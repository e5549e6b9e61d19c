/* paths.c — where the installed program finds the site's settings and
 * lessons: $(sysconfdir)/cascade/config and $(datadir)/cascade/content,
 * given by make as CASCADE_SYSCONFDIR and CASCADE_DATADIR (src/local.mk).
 * The tests link the same file with paths inside the build tree. */
#include "cli/settings.h"

const struct settings_paths settings_installed_paths = {
	.site_config = CASCADE_SYSCONFDIR "/cascade/config",
	.site_content = CASCADE_DATADIR "/cascade/content",
};
