/* settings.h — where cascade's lessons and settings come from.
 *
 * Owns: the settings keys (SETTINGS_KEYS, the one list of them: the
 * reader, cascade(1) FILES and the tests follow it), the order of the two
 * settings files (the site's, then the user's over it), and the order in
 * which a lesson directory is chosen (--content, CASCADE_CONTENT, the site
 * directory if it holds a page, the built-in lessons).  Paths come in from
 * the caller (src/paths.c has the installed ones), so tests can point them
 * anywhere.  Warnings go to a callback, as "file:line: message". */
#ifndef CASCADE_CLI_SETTINGS_H
#define CASCADE_CLI_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "view/glyph.h"
#include "view/theme.h"

/* id, key, what it takes (for messages and cascade(1)).  A new setting
 * (issue 16's end-of-page, say) is a line here, a field in struct
 * settings, a case in settings.c's on_set(), and a paragraph in
 * cascade(1) FILES; the file format and its limits stay util/conf.h's. */
#define SETTINGS_KEYS(_)                                                   \
	_(THEME, "theme", "dark or light")                                 \
	_(CHARSET, "charset", "ascii, blocks or braille")                  \
	_(RESTRICTED, "restricted", "yes or no")                           \
	_(CLASS_DIR, "class-dir", "an absolute directory")                 \
	_(CLASS_GROUP, "class-group", "a group name, or empty")            \
	_(END_OF_PAGE, "end-of-page", "next or stay")                      \
	_(MEASURE, "measure", "centre or left")

struct settings {
	bool have_theme;
	enum theme_id theme;
	bool have_charset;
	enum charset charset;
	bool restricted;       /* forced on by a settings file */
	bool site_restricted;  /* ... by the site's: the user's cannot undo it */
	char *class_dir;       /* owned, or NULL */
	bool class_dir_site;   /* class_dir is the site's: restricted mode takes
	                        * no other, as it takes no follow --dir */
	char *class_group;     /* owned, or NULL ("" gives the leader alone) */
	bool space_stays;      /* end-of-page = stay: Space stays, as in less */
	bool measure_left;     /* measure = left: wide screens keep text left */
};

/* Where the installed program looks; the program's are in src/paths.c. */
struct settings_paths {
	const char *site_config;  /* e.g. /etc/cascade/config */
	const char *site_content; /* e.g. /usr/share/cascade/content */
};
extern const struct settings_paths settings_installed_paths;

typedef void (*settings_warn_fn)(void *arg, const char *file, int line, const char *msg);

/* Reads the site's file, then the user's ($xdg_config_home/cascade/config
 * if that is an absolute path, else $home/.config/cascade/config; neither:
 * none).  Bad lines are reported and skipped.  s is to be freed with
 * settings_free(). */
void settings_load(struct settings *s, const struct settings_paths *paths,
                   const char *xdg_config_home, const char *home,
                   settings_warn_fn warn, void *arg);
/* Reads one file into s; site says whether it is the site's. */
void settings_read(struct settings *s, const char *path, bool site,
                   settings_warn_fn warn, void *arg);
void settings_free(struct settings *s);

/* Where the lessons come from. */
enum content_source {
	CONTENT_OPTION,   /* --content DIR */
	CONTENT_ENV,      /* CASCADE_CONTENT */
	CONTENT_SITE,     /* the site directory */
	CONTENT_BUILTIN,  /* compiled in */
};
/* The directory to read (NULL for the built-in lessons) and why, in the
 * order above: opt and env when set and not empty; the site directory
 * when it holds at least one *.md file. */
const char *settings_content(const char *opt, const char *env, const char *site_dir,
                             enum content_source *source);
/* "built in", or "DIR (the site's)", "DIR (from --content)" or
 * "DIR (from CASCADE_CONTENT)", into buf[size]. */
void settings_content_describe(char *buf, size_t size, enum content_source source,
                               const char *dir);

#endif
