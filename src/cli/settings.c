/* settings.c — reading the settings files (through util/conf.h) and
 * choosing the lesson directory; see settings.h. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/settings.h"
#include "util/conf.h"

#define SETTING_ID(id, key, takes) SETTING_##id,
enum setting_id { SETTINGS_KEYS(SETTING_ID) SETTING__COUNT };
#undef SETTING_ID
#define SETTING_ENTRY(id, key, takes) { key, takes },
static const struct { const char *key, *takes; } keys[] = { SETTINGS_KEYS(SETTING_ENTRY) };
#undef SETTING_ENTRY

struct reading {
	struct settings *s;
	const char *path;
	bool site;
	settings_warn_fn warn;
	void *arg;
	char msg[160]; /* set()'s complaint, valid until the next line */
};

static void on_warn(void *arg, int line, const char *msg)
{
	struct reading *r = arg;

	r->warn(r->arg, r->path, line, msg);
}

/* Replaces *slot with a copy of value. */
static const char *keep(struct reading *r, char **slot, const char *value)
{
	char *copy = strdup(value);

	if (!copy)
		return "out of memory; ignored";
	free(*slot);
	*slot = copy;
	(void)r;
	return NULL;
}

static const char *taking(struct reading *r, size_t k, const char *value)
{
	snprintf(r->msg, sizeof r->msg, "%s takes %s, not '%.40s'; line ignored",
	         keys[k].key, keys[k].takes, value);
	return r->msg;
}

static bool group_name(const char *v)
{
	for (const char *p = v; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' || *p == '.'))
			return false;
	return strlen(v) <= 32 && v[0] != '-';
}

static const char *on_set(void *arg, const char *key, const char *value, int line)
{
	struct reading *r = arg;
	struct settings *s = r->s;
	size_t k = 0;

	(void)line;
	while (k < SETTING__COUNT && strcmp(keys[k].key, key) != 0)
		k++;
	switch (k) {
	case SETTING_THEME:
		if (theme_parse(value, &s->theme) != 0)
			return taking(r, k, value);
		s->have_theme = true;
		return NULL;
	case SETTING_CHARSET:
		if (charset_parse(value, &s->charset) != 0)
			return taking(r, k, value);
		s->have_charset = true;
		return NULL;
	case SETTING_RESTRICTED:
		if (strcmp(value, "yes") == 0) {
			s->restricted = true;
			s->site_restricted |= r->site;
		} else if (strcmp(value, "no") == 0) {
			if (s->site_restricted)
				return "the site's settings force restricted mode; line ignored";
			s->restricted = false;
		} else {
			return taking(r, k, value);
		}
		return NULL;
	case SETTING_CLASS_DIR:
		if (value[0] != '/')
			return taking(r, k, value);
		s->class_dir_site = r->site;
		return keep(r, &s->class_dir, value);
	case SETTING_CLASS_GROUP:
		if (!group_name(value))
			return taking(r, k, value);
		return keep(r, &s->class_group, value);
	case SETTING_END_OF_PAGE:
		if (strcmp(value, "next") != 0 && strcmp(value, "stay") != 0)
			return taking(r, k, value);
		s->space_stays = strcmp(value, "stay") == 0;
		return NULL;
	case SETTING_MEASURE:
		if (strcmp(value, "centre") != 0 && strcmp(value, "center") != 0 &&
		    strcmp(value, "left") != 0)
			return taking(r, k, value);
		s->measure_left = strcmp(value, "left") == 0;
		return NULL;
	default:
		snprintf(r->msg, sizeof r->msg, "unknown setting '%.40s'; line ignored", key);
		return r->msg;
	}
}

void settings_read(struct settings *s, const char *path, bool site,
                   settings_warn_fn warn, void *arg)
{
	struct reading r = { .s = s, .path = path, .site = site, .warn = warn, .arg = arg };

	conf_read_file(path, on_set, on_warn, &r);
}

void settings_load(struct settings *s, const struct settings_paths *paths,
                   const char *xdg_config_home, const char *home,
                   settings_warn_fn warn, void *arg)
{
	char user[4096];

	memset(s, 0, sizeof *s);
	if (paths->site_config && *paths->site_config)
		settings_read(s, paths->site_config, true, warn, arg);
	if (xdg_config_home && xdg_config_home[0] == '/')
		snprintf(user, sizeof user, "%s/cascade/config", xdg_config_home);
	else if (home && home[0] == '/')
		snprintf(user, sizeof user, "%s/.config/cascade/config", home);
	else
		return;
	if (strlen(user) < sizeof user - 1)
		settings_read(s, user, false, warn, arg);
}

void settings_free(struct settings *s)
{
	free(s->class_dir);
	free(s->class_group);
	s->class_dir = s->class_group = NULL;
}

/* Whether dir holds at least one visible *.md file. */
static bool has_pages(const char *dir)
{
	DIR *dp = opendir(dir);
	struct dirent *e;
	bool found = false;

	if (!dp)
		return false;
	while (!found && (e = readdir(dp)) != NULL) {
		size_t n = strlen(e->d_name);

		found = e->d_name[0] != '.' && n > 3 && strcmp(e->d_name + n - 3, ".md") == 0;
	}
	closedir(dp);
	return found;
}

const char *settings_content(const char *opt, const char *env, const char *site_dir,
                             enum content_source *source)
{
	if (opt && *opt) {
		*source = CONTENT_OPTION;
		return opt;
	}
	if (env && *env) {
		*source = CONTENT_ENV;
		return env;
	}
	if (site_dir && *site_dir && has_pages(site_dir)) {
		*source = CONTENT_SITE;
		return site_dir;
	}
	*source = CONTENT_BUILTIN;
	return NULL;
}

void settings_content_describe(char *buf, size_t size, enum content_source source,
                               const char *dir)
{
	switch (source) {
	case CONTENT_OPTION:
		snprintf(buf, size, "%s (from --content)", dir);
		break;
	case CONTENT_ENV:
		snprintf(buf, size, "%s (from CASCADE_CONTENT)", dir);
		break;
	case CONTENT_SITE:
		snprintf(buf, size, "%s (the site's)", dir);
		break;
	default:
		snprintf(buf, size, "built in");
		break;
	}
}
