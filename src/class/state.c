/* state.c — the shared state's fields: what each may hold, checking a
 * whole state, comparing two, and the small helpers every part uses
 * (the clock, the choice of directory). */
#include <math.h>
#include <string.h>
#include <time.h>

#include "class/class.h"

static const char *const field_names[] = {
#define CLASS_FIELD_TEXT(id, text) text,
	CLASS_FIELDS(CLASS_FIELD_TEXT)
#undef CLASS_FIELD_TEXT
};

const char *class_field_name(enum class_field f)
{
	if ((size_t)f >= sizeof field_names / sizeof field_names[0])
		return "?";
	return field_names[f];
}

static bool lower_or_digit(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* True when s is 1..max bytes, each accepted by ok(). */
static bool all_of(const char *s, size_t max, bool (*ok)(char))
{
	size_t n = 0;

	if (!s)
		return false;
	for (; s[n]; n++)
		if (n >= max || !ok(s[n]))
			return false;
	return n > 0;
}

static bool name_char(char c)
{
	return lower_or_digit(c) || c == '-' || c == '_';
}

bool class_valid_name(const char *s)
{
	return all_of(s, CLASS_NAME_MAX, name_char) && lower_or_digit(s[0]);
}

static bool id_char(char c)
{
	return lower_or_digit(c) || c == '-';
}

bool class_valid_page(const char *s)
{
	return all_of(s, CLASS_ID_MAX, id_char);
}

static bool word_char(char c)
{
	return c >= 'a' && c <= 'z';
}

bool class_valid_word(const char *s)
{
	return all_of(s, CLASS_WORD_MAX, word_char);
}

static bool user_char(char c)
{
	return lower_or_digit(c) || (c >= 'A' && c <= 'Z') || c == '.' || c == '_' || c == '-';
}

bool class_valid_user(const char *s)
{
	return all_of(s, CLASS_USER_MAX, user_char);
}

bool class_valid_scroll(uint32_t millionths)
{
	return millionths <= CLASS_SCROLL_ONE;
}

bool class_valid_value(double v)
{
	return isfinite(v);
}

bool class_valid_quiz(uint32_t n)
{
	return n >= 1 && n <= CLASS_QUIZ_MAX;
}

/* Length of the UTF-8 sequence at s (at most n bytes), 0 if invalid:
 * overlong forms, surrogates and values past U+10FFFF are invalid. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	size_t len;
	uint32_t cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		len = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		len = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		len = 4, cp = s[0] & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10ffff ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}

bool class_valid_notes(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;

	if (len > CLASS_NOTES_MAX)
		return false;
	for (size_t i = 0; i < len;) {
		size_t n = utf8_len(s + i, len - i);

		if (n == 0)
			return false;
		if (n == 1 && ((s[i] < 0x20 && s[i] != '\n' && s[i] != '\t') || s[i] == 0x7f))
			return false;
		/* C1 controls, U+0080..U+009F: terminal escapes in disguise. */
		if (n == 2 && s[i] == 0xc2 && s[i + 1] < 0xa0)
			return false;
		i += n;
	}
	return true;
}

void class_state_init(struct class_state *s)
{
	memset(s, 0, sizeof *s);
}

static enum class_field check_params(const struct class_param *params, size_t n)
{
	if (n > CLASS_PARAMS_MAX)
		return CLASS_FIELD_NPARAMS;
	for (size_t i = 0; i < n; i++) {
		if (!class_valid_word(params[i].name))
			return CLASS_FIELD_PARAM_NAME;
		if (!class_valid_value(params[i].value))
			return CLASS_FIELD_PARAM_VALUE;
		for (size_t j = 0; j < i; j++)
			if (strcmp(params[i].name, params[j].name) == 0)
				return CLASS_FIELD_PARAM_TWICE;
	}
	return CLASS_FIELD_NONE;
}

static enum class_field check_sim(const struct class_sim *sim)
{
	enum class_field f;

	if (!class_valid_word(sim->model))
		return CLASS_FIELD_MODEL;
	if ((f = check_params(sim->params, sim->nparams)) != CLASS_FIELD_NONE)
		return f;
	if (!sim->has_pin && sim->npins)
		return CLASS_FIELD_NPARAMS;
	if (sim->selected[0] && !class_valid_word(sim->selected))
		return CLASS_FIELD_PARAM_NAME;
	return check_params(sim->pins, sim->npins);
}

enum class_field class_state_check(const struct class_state *s)
{
	enum class_field f;

	if (!class_valid_page(s->page))
		return CLASS_FIELD_PAGE;
	if (!class_valid_scroll(s->scroll))
		return CLASS_FIELD_SCROLL;
	if (s->has_sim && (f = check_sim(&s->sim)) != CLASS_FIELD_NONE)
		return f;
	if (s->has_quiz && !class_valid_quiz(s->quiz))
		return CLASS_FIELD_QUIZ;
	if (s->has_vote && (!s->has_quiz || s->vote.round == 0 || s->vote.options < 2 ||
	                    s->vote.options > CLASS_VOTE_OPTIONS_MAX))
		return CLASS_FIELD_VOTE;
	if (s->no_ahead && !class_valid_page(s->furthest))
		return CLASS_FIELD_FURTHEST;
	return CLASS_FIELD_NONE;
}

static bool params_equal(const struct class_param *a, const struct class_param *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(a[i].name, b[i].name) != 0 || a[i].value != b[i].value)
			return false;
	return true;
}

static bool sim_equal(const struct class_sim *a, const struct class_sim *b)
{
	if (strcmp(a->model, b->model) != 0 || a->nparams != b->nparams || a->seed != b->seed ||
	    a->run != b->run || a->has_pin != b->has_pin || a->all_params != b->all_params ||
	    strcmp(a->selected, b->selected) != 0)
		return false;
	if (a->has_pin && (a->pin_seed != b->pin_seed || a->npins != b->npins ||
	                   !params_equal(a->pins, b->pins, a->npins)))
		return false;
	return params_equal(a->params, b->params, a->nparams);
}

bool class_state_equal(const struct class_state *a, const struct class_state *b)
{
	if (strcmp(a->page, b->page) != 0 || a->scroll != b->scroll ||
	    a->has_sim != b->has_sim || a->has_quiz != b->has_quiz || a->no_ahead != b->no_ahead)
		return false;
	if (a->has_sim && !sim_equal(&a->sim, &b->sim))
		return false;
	if (a->has_quiz && (a->quiz != b->quiz || a->revealed != b->revealed))
		return false;
	if (a->has_vote != b->has_vote || (a->has_vote && (a->vote.round != b->vote.round ||
	    a->vote.options != b->vote.options || a->vote.open != b->vote.open)))
		return false;
	if (a->no_ahead && strcmp(a->furthest, b->furthest) != 0)
		return false;
	return true;
}

uint64_t class_clock_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

const char *class_dir_choose(const char *opt, const char *env)
{
	if (opt && *opt)
		return opt;
	if (env && *env)
		return env;
	return CLASS_DEFAULT_DIR;
}
