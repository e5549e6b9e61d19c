/* classroom.c — leading or following a class from the pager.
 *
 * The leader publishes where it is (page, scroll, open simulation with
 * its values, seed and run count, a revealed quiz, a quiz put to the
 * vote) after every key, and its walkthrough notes to its own notes
 * clients; the status line counts the followers.  A follower moves with
 * those states unless paused ('F'), may not read ahead when the leader
 * forbids it, answers a vote with a letter, and carries on alone when
 * the leader leaves.  Transport, checking and counting are class/'s; the
 * leader's screen of a vote is vote.c's. */
#include <limits.h>
#include <pwd.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "class/class.h"
#include "lesson/doc.h"
#include "lesson/simblock.h"
#include "progress/summary.h"
#include "tui/app.h"

/* The class layer (libc only) has its own limit: it must hold a model's. */
_Static_assert(CLASS_PARAMS_MAX >= SIM_MAX_PARAMS, "a class state holds every parameter");

/* The leader's vote: the quiz put, and the counts as last shown, which
 * change at most once every VOTE_SHOW_MS however fast answers come. */
#define VOTE_SHOW_MS 100

struct leader_vote {
	bool active;                     /* put, and not yet taken down */
	bool open;                       /* answers taken (not yet revealed) */
	uint32_t round;                  /* the latest round put; 0: none */
	size_t page;                     /* the quiz's page */
	uint32_t quiz;                   /* its number in the page, from 1 */
	uint32_t options;
	struct class_tally shown;
	uint64_t shown_at;               /* class_clock_ms of the last change */
};

#define JOIN_WORDS "Students join: " /* before the command students type */

/* Leader: a quiz answered in this class.  The class is shown these, not
 * the leader's own record, which leading neither shows nor changes: an
 * answer tried while preparing must not give the class the answer. */
struct class_answer {
	size_t page;
	unsigned quiz;                   /* its number in the page, from 0 */
	int option;
};

struct classroom {
	struct class_leader *leader;     /* leading, or NULL */
	struct class_follower *follower; /* following, or NULL */
	bool paused;                     /* the follower broke away */
	bool left;                       /* the leader has gone */
	bool waiting;                    /* ... and we try to join again */
	uint64_t retry_at;               /* when (class_clock_ms) ... */
	unsigned retry_ms;               /* ... after this back-off */
	char dir[PATH_MAX];              /* follower: the sockets' directory */
	bool have_state;
	struct class_state last;         /* follower: the newest state received */
	size_t furthest;                 /* leader: the furthest page shown */
	size_t notes_stop;               /* leader: the stop whose notes were sent */
	char name[CLASS_NAME_MAX + 1];
	char led_by[CLASS_USER_MAX + 1]; /* follower: the leader's login name */
	struct leader_vote vote;         /* leader: the quiz put to the vote */
	uint32_t answered_round;         /* follower: the vote round answered */
	uint32_t answered_choice;        /* ... with this option (0: A) */
	struct class_answer *answers;    /* leader: the quizzes answered here */
	size_t nanswers;
	char join[CLASS_NAME_MAX + 160]; /* leader: what students type */
};

/* Who runs the class (from the socket's peer credentials), so a student
 * can see that it is the instructor and not someone who took the name.
 * A socket served by one's own uid names nobody: it is one's own ssh
 * forwarding the class from another machine (whose host key ssh checked),
 * or one's own session. */
static void leader_name(struct classroom *c)
{
	uid_t uid = class_follower_leader_uid(c->follower);
	struct passwd *pw = uid == geteuid() ? NULL : getpwuid(uid);

	if (uid == geteuid())
		c->led_by[0] = '\0';
	else if (pw)
		snprintf(c->led_by, sizeof c->led_by, "%s", pw->pw_name);
	else
		snprintf(c->led_by, sizeof c->led_by, "uid %lu", (unsigned long)uid);
}

/* Joins and leaves show in the follower count; only trouble (a peer
 * dropped or refused) is worth the instructor's status line. */
static void leader_log(void *ctx, const char *line)
{
	struct app *app = ctx;

	if (strstr(line, "drop") || strstr(line, "refus"))
		snprintf(app->message, sizeof app->message, "%.200s", line);
}

/* Before the leader has come, or after it has gone: try to join the class
 * again with a back-off (CLASS_RETRY_FIRST_MS, doubling). */
static void start_waiting(struct classroom *c)
{
	c->waiting = true;
	c->retry_ms = CLASS_RETRY_FIRST_MS;
	c->retry_at = class_clock_ms() + c->retry_ms;
}

int classroom_open(struct app *app)
{
	const struct tui_opts *o = app->opts;
	struct classroom *c;
	struct class_err err;
	enum class_status st;
	const char *dir;

	if (o->class_mode == CLASS_MODE_NONE)
		return 0;
	if (!(c = calloc(1, sizeof *c)))
		return -1;
	snprintf(c->name, sizeof c->name, "%s", o->class_name);
	c->notes_stop = (size_t)-1;
	dir = class_dir_choose(o->class_dir, getenv(CLASS_DIR_ENV));
	if (o->class_mode == CLASS_MODE_LEAD) {
		struct class_leader_opts lo = {
			.name = o->class_name, .dir = dir, .group = o->class_group,
			.max_peers = APP_MAX_POLLFDS - 2, .log = leader_log, .log_ctx = app,
		};

		st = class_leader_open(&c->leader, &lo, &err);
		/* What students type (short: a --dir must fit 80 columns). */
		if (st == CLASS_OK)
			snprintf(c->join, sizeof c->join, "%scascade follow %s%s%.100s", JOIN_WORDS,
			         c->name, strcmp(dir, CLASS_DEFAULT_DIR) ? " --dir " : "",
			         strcmp(dir, CLASS_DEFAULT_DIR) ? dir : "");
	} else {
		struct class_follower_opts fo = {
			.name = o->class_name, .dir = dir, .role = CLASS_ROLE_FOLLOWER,
		};

		snprintf(c->dir, sizeof c->dir, "%s", dir);
		st = class_follower_open(&c->follower, &fo, &err);
		if (st == CLASS_OK)
			leader_name(c);
		if (st == CLASS_ABSENT) {
			/* A student who comes before the instructor waits, as
			 * after an instructor has left. */
			c->left = true;
			start_waiting(c);
			snprintf(app->message, sizeof app->message,
			         "Class %s has not started yet: waiting for it (F stops waiting, "
			         "q quits).", c->name);
			st = CLASS_OK;
		}
	}
	if (st != CLASS_OK) {
		fprintf(stderr, "cascade: %s\n", err.msg);
		free(c);
		return -1;
	}
	app->classroom = c;
	return 0;
}

void classroom_close(struct app *app)
{
	struct classroom *c = app->classroom;

	if (!c)
		return;
	class_leader_close(c->leader);
	class_follower_close(c->follower);
	free(c->answers);
	free(c);
	app->classroom = NULL;
}

/* Milliseconds until the vote's counts may be shown anew (they changed
 * since last shown), or -1. */
static int vote_due(const struct classroom *c, uint64_t now)
{
	struct class_tally live;

	if (!c->vote.active)
		return -1;
	class_leader_tally(c->leader, &live);
	if (live.answered == c->vote.shown.answered && live.open == c->vote.shown.open)
		return -1;
	return c->vote.shown_at + VOTE_SHOW_MS > now ? (int)(c->vote.shown_at + VOTE_SHOW_MS - now)
	                                             : 0;
}

int classroom_timeout(const struct app *app)
{
	const struct classroom *c = app->classroom;
	uint64_t now;

	if (c && c->leader) {
		int peers, vote;

		now = class_clock_ms();
		peers = class_leader_timeout(c->leader, now);
		vote = vote_due(c, now);
		return peers < 0 || (vote >= 0 && vote < peers) ? vote : peers;
	}
	if (!c || !c->waiting)
		return -1;
	now = class_clock_ms();
	return c->retry_at > now ? (int)(c->retry_at - now) : 0;
}

static void try_rejoin(struct app *app, struct classroom *c)
{
	struct class_follower_opts fo = {
		.name = c->name, .dir = c->dir, .role = CLASS_ROLE_FOLLOWER,
	};
	struct class_err err;

	if (class_follower_open(&c->follower, &fo, &err) != CLASS_OK) {
		c->follower = NULL;
		c->retry_ms = class_retry_next(c->retry_ms);
		c->retry_at = class_clock_ms() + c->retry_ms;
		return;
	}
	leader_name(c);
	c->left = c->waiting = c->paused = c->have_state = false;
	c->answered_round = 0; /* a new session counts its rounds from 1 */
	snprintf(app->message, sizeof app->message, "In class %s%s%s.", c->name,
	         c->led_by[0] ? ", led by " : "", c->led_by);
}

size_t app_pollfds(struct app *app, struct pollfd *fds, size_t max)
{
	struct classroom *c = app->classroom;
	size_t n;

	if (!c)
		return 0;
	if (c->leader) {
		n = class_leader_pollfds(c->leader, fds, max);
		return n > max ? max : n;
	}
	if (c->follower && max > 0) {
		fds[0] = (struct pollfd){ .fd = class_follower_fd(c->follower), .events = POLLIN };
		return 1;
	}
	return 0;
}

/* The page index of a page id in the pager (the glossary included), or -1. */
static long page_index(struct app *app, const char *id)
{
	struct page *p = course_find(&app->course, id);

	if (p)
		return (long)course_index(&app->course, p);
	if (app->course.glossary && strcmp(id, app->course.glossary->id) == 0)
		return (long)app->course.npages;
	return -1;
}

/* The leader's simulation as a block the follower's explorer can open. */
/* The values params[n] name, over the model's defaults: false if one is
 * unknown or out of range (both sides have the same registry). */
static bool values_of(const struct sim_model *m, const struct class_param *params, size_t n,
                      double *values, bool *given)
{
	sim_defaults(m, values);
	for (size_t i = 0; i < n; i++) {
		size_t k;
		const struct sim_param *p = sim_param_find(m, params[i].name, &k);

		if (!p || !(params[i].value >= p->min && params[i].value <= p->max))
			return false;
		values[k] = params[i].value;
		if (given)
			given[k] = true;
	}
	return true;
}

static bool sim_of_state(const struct class_sim *s, struct simblock *sb)
{
	memset(sb, 0, sizeof *sb);
	sb->model = sim_model_find(s->model);
	if (!sb->model || sb->model->nparams > SIMBLOCK_MAX_PARAMS)
		return false;
	return values_of(sb->model, s->params, s->nparams, sb->values, sb->given);
}

/* The leader's pinned run, shown the same (or none). */
static void apply_pin(struct app *app, const struct class_sim *s, const struct sim_model *m)
{
	double pin[SIM_MAX_PARAMS];

	if (s->has_pin && values_of(m, s->pins, s->npins, pin, NULL))
		explorer_sync_pin(app, pin, s->pin_seed);
	else
		explorer_sync_pin(app, NULL, 0);
}

/* The vote the follower can answer now: open, and not answered yet. */
static const struct class_vote *vote_to_answer(const struct classroom *c)
{
	if (!c || !c->follower || !c->have_state || !c->last.has_vote || !c->last.vote.open ||
	    c->answered_round == c->last.vote.round)
		return NULL;
	return &c->last.vote;
}

/* What a follower is told when a vote opens or its answer is shown. */
static void vote_message(struct app *app, const struct class_state *s)
{
	const struct classroom *c = app->classroom;
	long page = page_index(app, s->page); /* a paused follower may be elsewhere */
	int right;

	if (s->vote.open && c->answered_round != s->vote.round)
		snprintf(app->message, sizeof app->message,
		         "Vote on quiz %lu: press A-%c (anonymous).",
		         (unsigned long)s->quiz, (char)('A' + s->vote.options - 1));
	else if (!s->vote.open && page >= 0 &&
	         (right = quizplay_right_option(app, (size_t)page, s->quiz - 1)) >= 0) {
		if (c->answered_round == s->vote.round)
			snprintf(app->message, sizeof app->message, "The answer is %c; you answered %c.",
			         (char)('A' + right), (char)('A' + c->answered_choice));
		else
			snprintf(app->message, sizeof app->message, "The answer is %c.",
			         (char)('A' + right));
	}
}

/* Moves the follower's screen to state s. */
static void apply(struct app *app, const struct class_state *s)
{
	const struct classroom *c = app->classroom;
	long page = page_index(app, s->page);
	struct simblock sb;

	if (page < 0) {
		snprintf(app->message, sizeof app->message,
		         "The instructor is on a page this cascade does not have (%.64s).", s->page);
		return;
	}
	app_pop_to(app, 1); /* pop-ups and prompts give way to the instructor */
	if (!s->has_sim)
		explorer_close(app);
	else if (app->explorer)
		app_push(app, &explorer_screen); /* still open: back on top */
	app->current = (size_t)page;
	app_view(app)->selected = -1;
	app_scroll_to_line(app, (size_t)((double)s->scroll / CLASS_SCROLL_ONE *
	                                 (double)app_view(app)->layout.grid.len + 0.5));
	if (s->has_quiz && s->revealed && s->quiz >= 1)
		quizplay_reveal(app, s->quiz - 1,
		                s->has_vote && c->answered_round == s->vote.round
		                ? (int)c->answered_choice : -1);
	if (s->has_quiz && s->has_vote)
		quizplay_show(app, s->quiz - 1, false); /* a smaller window may not show it */
	if (s->has_sim) {
		if (sim_of_state(&s->sim, &sb)) {
			explorer_sync(app, &sb, s->sim.seed, s->sim.run);
			apply_pin(app, &s->sim, sb.model);
			explorer_sync_panel(app, s->sim.selected, s->sim.all_params);
		} else
			snprintf(app->message, sizeof app->message,
			         "The instructor's simulation cannot be shown here.");
	}
}

static void follower_service(struct app *app, struct classroom *c)
{
	struct class_update u;
	struct class_err err;
	enum class_status st = class_follower_service(c->follower, &u, &err);

	if (u.state_changed) {
		bool vote_moved = u.state.has_vote &&
			(!c->have_state || !c->last.has_vote || c->last.vote.round != u.state.vote.round ||
			 c->last.vote.open != u.state.vote.open);

		c->last = u.state;
		c->have_state = true;
		if (!c->paused)
			apply(app, &c->last);
		if (vote_moved)
			vote_message(app, &c->last);
	}
	if (st == CLASS_OK)
		return;
	snprintf(app->message, sizeof app->message, "%.160s%s",
	         st == CLASS_LEFT ? "The instructor has left" : err.msg,
	         "; rejoining if the class starts again (F: stop waiting).");
	/* The question "leave the class?" no longer stands once the class has
	 * gone; its message is about to be replaced, so is its answer. */
	app->confirm_quit = false;
	class_follower_close(c->follower);
	c->follower = NULL;
	c->left = true;
	start_waiting(c);
}

void app_service(struct app *app, struct pollfd *fds, size_t n)
{
	struct classroom *c = app->classroom;

	if (!c)
		return;
	if (c->leader)
		class_leader_service(c->leader, fds, n, class_clock_ms());
	else if (c->follower && n > 0 && (fds[0].revents & (POLLIN | POLLHUP | POLLERR)))
		follower_service(app, c);
	else if (c->waiting && class_clock_ms() >= c->retry_at)
		try_rejoin(app, c);
}

static bool vote_screen_shown(const struct app *app)
{
	for (size_t i = 0; i < app->depth; i++)
		if (app->stack[i] == &vote_screen)
			return true;
	return false;
}

long classroom_quiz_in_focus(struct app *app)
{
	struct page_view *v = app_view(app);

	if (v->selected >= 0 && v->layout.targets[v->selected].kind == TARGET_QUIZ)
		return (long)v->layout.targets[v->selected].index;
	return v->focus_quiz ? (long)v->focus_quiz - 1 : -1;
}

/* The leader's screen as a state. */
static void state_of_app(struct app *app, struct classroom *c, struct class_state *s)
{
	struct page_view *v = app_view(app);
	const struct sim_model *m;
	const double *values;
	uint64_t seed;
	uint32_t runs;
	long block;

	class_state_init(s);
	snprintf(s->page, sizeof s->page, "%s", app_page(app, app->current)->id);
	s->scroll = (uint32_t)(v->top_fraction * CLASS_SCROLL_ONE);
	if (s->scroll > CLASS_SCROLL_ONE)
		s->scroll = CLASS_SCROLL_ONE;
	if (explorer_get(app, &m, &values, &seed, &runs)) {
		s->has_sim = true;
		snprintf(s->sim.model, sizeof s->sim.model, "%s", m->name);
		for (size_t i = 0; i < m->nparams && s->sim.nparams < CLASS_PARAMS_MAX; i++) {
			struct class_param *p = &s->sim.params[s->sim.nparams++];

			snprintf(p->name, sizeof p->name, "%s", m->params[i].name);
			p->value = values[i];
		}
		s->sim.seed = seed;
		s->sim.run = runs;
		const char *sel = explorer_get_panel(app, &s->sim.all_params);

		if (sel)
			snprintf(s->sim.selected, sizeof s->sim.selected, "%s", sel);
		if (explorer_get_pin(app, &values, &seed)) {
			s->sim.has_pin = true;
			s->sim.pin_seed = seed;
			for (size_t i = 0; i < m->nparams && s->sim.npins < CLASS_PARAMS_MAX; i++) {
				struct class_param *p = &s->sim.pins[s->sim.npins++];

				snprintf(p->name, sizeof p->name, "%s", m->params[i].name);
				p->value = values[i];
			}
		}
	}
	if ((block = classroom_quiz_in_focus(app)) >= 0) {
		s->has_quiz = true;
		s->quiz = progress_quiz_number(app_page(app, app->current)->doc, (size_t)block) + 1;
		s->revealed = v->choice && (size_t)block < v->nchoice && v->choice[block] >= 0;
	}
	if (c->vote.active && !vote_screen_shown(app))
		c->vote.active = false; /* its screen was closed under it */
	if (c->vote.active && c->vote.page == app->current) {
		s->has_quiz = true;
		s->quiz = c->vote.quiz;
		s->revealed = !c->vote.open;
		s->has_vote = true;
		s->vote = (struct class_vote){ .round = c->vote.round, .options = c->vote.options,
			.open = c->vote.open };
	}
	if (app->current < app->course.npages && app->current > c->furthest)
		c->furthest = app->current;
	if (app->opts->no_ahead) {
		s->no_ahead = true;
		snprintf(s->furthest, sizeof s->furthest, "%s", app->course.pages[c->furthest].id);
	}
}

void classroom_publish(struct app *app)
{
	struct classroom *c = app->classroom;
	struct class_state s;
	struct class_err err;

	if (!c || !c->leader)
		return;
	state_of_app(app, c, &s);
	if (class_leader_publish(c->leader, &s, &err) != CLASS_OK)
		snprintf(app->message, sizeof app->message, "Not sent to the class: %.200s", err.msg);
	/* The notes clients' screen: once per stop (once in all without a
	 * walkthrough, to say there is none). */
	if (c->notes_stop != app->stop) {
		char notes[CLASS_NOTES_MAX];

		c->notes_stop = app->stop;
		walk_notes_text(app, notes, sizeof notes);
		class_leader_notes(c->leader, notes, &err);
	}
}

enum next classroom_toggle(struct app *app)
{
	struct classroom *c = app->classroom;

	if (!c || !(c->follower || c->left)) {
		snprintf(app->message, sizeof app->message, "Not following a class.");
		return NEXT_REDRAW;
	}
	if (c->left) {
		/* The class has ended: F stops waiting for it, or waits again. */
		if (c->waiting) {
			c->waiting = false;
			snprintf(app->message, sizeof app->message,
			         "Stopped waiting for class %s; you are on your own (F waits "
			         "again).", c->name);
		} else {
			start_waiting(c);
			c->retry_at = class_clock_ms();
			snprintf(app->message, sizeof app->message,
			         "Waiting for class %s to start again (F stops).", c->name);
		}
		return NEXT_REDRAW;
	}
	c->paused = !c->paused;
	if (c->follower) {
		struct class_err err;

		/* The instructor's count of who reads on their own. */
		class_follower_pause(c->follower, c->paused, &err);
	}
	if (!c->paused && c->have_state)
		apply(app, &c->last); /* rejoin: straight to where the class is */
	return NEXT_REDRAW;
}

void classroom_note_wander(struct app *app)
{
	struct classroom *c = app->classroom;
	struct class_err err;
	long page;

	if (!c || !c->follower || c->paused || !c->have_state)
		return;
	page = page_index(app, c->last.page);
	if (page < 0 || (size_t)page == app->current)
		return;
	/* Gone to another page on their own: reading on their own, rather
	 * than pulled back unwarned by the instructor's next move. */
	c->paused = true;
	class_follower_pause(c->follower, true, &err);
	snprintf(app->message, sizeof app->message,
	         "Reading on your own: following paused (F rejoins the class).");
}

bool classroom_following(const struct app *app)
{
	const struct classroom *c = app->classroom;

	return c && (c->follower || c->waiting);
}

bool classroom_may_visit(struct app *app, size_t page)
{
	struct classroom *c = app->classroom;
	long furthest;

	if (!c || !c->follower || !c->have_state || !c->last.no_ahead)
		return true;
	furthest = page_index(app, c->last.furthest);
	return furthest < 0 || page <= (size_t)furthest || page >= app->course.npages;
}

const char *classroom_status(const struct app *app, char *buf, size_t size)
{
	const struct classroom *c = app->classroom;

	buf[0] = '\0';
	if (!c)
		return buf;
	if (c->leader && class_leader_paused(c->leader))
		snprintf(buf, size, "leading %s: %zu following, %zu on their own  ", c->name,
		         class_leader_followers(c->leader) - class_leader_paused(c->leader),
		         class_leader_paused(c->leader));
	else if (c->leader)
		snprintf(buf, size, "leading %s: %zu following  ", c->name,
		         class_leader_followers(c->leader));
	else if (c->waiting)
		snprintf(buf, size, "waiting for the instructor\u2026  ");
	else if (c->left)
		snprintf(buf, size, "class ended  ");
	else if (vote_to_answer(c))
		snprintf(buf, size, "vote: press A-%c  ", (char)('A' + c->last.vote.options - 1));
	else if (c->follower && c->have_state && c->last.has_vote && c->last.vote.open)
		snprintf(buf, size, "you answered %c  ", (char)('A' + c->answered_choice));
	else if (c->paused)
		snprintf(buf, size, "following paused (F rejoins)  ");
	else
		snprintf(buf, size, "following %s%s%s%s  ", c->name, c->led_by[0] ? " (" : "",
		         c->led_by, c->led_by[0] ? ")" : "");
	return buf;
}

/* ---- The vote ------------------------------------------------------------ */

bool classroom_leading(const struct app *app)
{
	return app->classroom && app->classroom->leader;
}

size_t classroom_followers(const struct app *app)
{
	return classroom_leading(app) ? class_leader_followers(app->classroom->leader) : 0;
}

const char *classroom_join_hint(const struct app *app)
{
	const char *join;

	/* until the first student follows, in place of the page's title */
	if (!classroom_leading(app) || classroom_followers(app) > 0)
		return NULL;
	join = app->classroom->join;
	/* where the whole does not fit (40 columns), the command alone */
	if (strlen(join) + 1 > (size_t)app->cols)
		join += strlen(JOIN_WORDS);
	return join;
}

int classroom_class_answer(const struct app *app, size_t page, unsigned quiz)
{
	const struct classroom *c = app->classroom;

	for (size_t i = 0; c && i < c->nanswers; i++)
		if (c->answers[i].page == page && c->answers[i].quiz == quiz)
			return c->answers[i].option;
	return -1;
}

bool classroom_answer_for_class(struct app *app, size_t page, unsigned quiz, int option)
{
	struct classroom *c = app->classroom;
	struct class_answer *more;

	for (size_t i = 0; i < c->nanswers; i++)
		if (c->answers[i].page == page && c->answers[i].quiz == quiz) {
			c->answers[i].option = option;
			return true;
		}
	if (!(more = realloc(c->answers, (c->nanswers + 1) * sizeof *more)))
		return false;
	c->answers = more;
	c->answers[c->nanswers++] = (struct class_answer){ page, quiz, option };
	return true;
}

void classroom_vote_start(struct app *app, size_t block, unsigned options)
{
	struct classroom *c = app->classroom;
	struct page *p = app_page(app, app->current);

	c->vote = (struct leader_vote){
		.active = true, .open = true, .round = c->vote.round + 1,
		.page = app->current,
		.quiz = progress_quiz_number(page_doc(p, NULL), block) + 1, .options = options,
	};
	classroom_publish(app); /* the new round resets the counts */
	class_leader_tally(c->leader, &c->vote.shown);
	c->vote.shown_at = class_clock_ms();
}

void classroom_vote_reveal(struct app *app)
{
	struct classroom *c = app->classroom;

	if (!c->vote.active || !c->vote.open)
		return;
	c->vote.open = false;
	quizplay_reveal(app, c->vote.quiz - 1, -1); /* the instructor's page shows it too */
}

void classroom_vote_end(struct app *app)
{
	app->classroom->vote.active = false;
}

bool classroom_vote_info(struct app *app, bool live, struct vote_info *out)
{
	struct classroom *c = app->classroom;
	uint64_t now = class_clock_ms();

	if (!c || !c->leader || !c->vote.active)
		return false;
	if (vote_due(c, now) == 0) {
		class_leader_tally(c->leader, &c->vote.shown);
		c->vote.shown_at = now;
	}
	*out = (struct vote_info){
		.page = c->vote.page, .quiz = c->vote.quiz,
		.round = c->vote.round, .open = c->vote.open, .tally = c->vote.shown,
		.following = class_leader_followers(c->leader),
	};
	if (live)
		class_leader_tally(c->leader, &out->tally);
	snprintf(out->class_name, sizeof out->class_name, "%s", c->name);
	return true;
}

bool classroom_answer_key(struct app *app, int key)
{
	struct classroom *c = app->classroom;
	const struct class_vote *v = vote_to_answer(c);
	struct class_err err;
	uint32_t choice;

	if (!v || !((key >= 'a' && key <= 'z') || (key >= 'A' && key <= 'Z')))
		return false;
	choice = (uint32_t)((key | 0x20) - 'a');
	if (choice >= v->options)
		return false; /* not one of its letters: the key keeps its meaning */
	if (class_follower_answer(c->follower, v->round, choice, &err) != CLASS_OK) {
		snprintf(app->message, sizeof app->message, "Your answer was not sent: %.160s.",
		         err.msg);
		return true;
	}
	c->answered_round = v->round;
	c->answered_choice = choice;
	snprintf(app->message, sizeof app->message,
	         "Your answer %c is in (anonymous).", (char)('A' + choice));
	return true;
}
