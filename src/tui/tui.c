/* tui.c — starting and ending curses, the main loop (one key, one action,
 * one redraw), the screen stack and the keys every screen shares, the one
 * resize path, and signals.  The loop sleeps in poll() on the terminal
 * and the class's sockets: an idle session uses no CPU. */
#include <errno.h>
#include <poll.h>
#include <time.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lesson/doc.h"
#include "tui/app.h"
#include "tui/curses.h"

/* Set by SIGHUP/SIGTERM/SIGINT: the loop ends cleanly at the next turn.
 * A signal handler can only reach a file-scope flag. */
static volatile sig_atomic_t quit_signal;

static void on_quit_signal(int sig)
{
	quit_signal = sig;
}

static void restore_terminal(void)
{
	if (!isendwin())
		endwin();
}

static void install_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_quit_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0; /* no SA_RESTART: get_wch returns so the loop can end */
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
}

/* Milliseconds on a monotonic clock, for the startup profile. */
static double clock_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

/* One page is laid out at a time: a session that reads the whole course
 * holds one page's cells and previews, not eleven (on a server of many
 * students, memory that grew with every page read).  A page gone back to
 * is laid out again, at its place, kept as a fraction as across a resize. */
static void drop_other_layouts(struct app *app)
{
	for (size_t i = 0; i < app_npages(app); i++)
		if (i != app->current && app->views[i].laid_out) {
			layout_free(&app->views[i].layout);
			app->views[i].laid_out = false;
		}
}

struct page_view *app_view(struct app *app)
{
	struct page_view *v = &app->views[app->current];

	if (!v->laid_out) {
		double t = clock_ms();

		drop_other_layouts(app);

		struct layout_opts o = {
			.width = app_text_width(app),
			.charset = app->opts->charset,
			.sim_previews = true,
			.preview_rows = layout_preview_rows(app->lines),
			.preview_ms = &app->startup.previews,
		};

		if (!v->keep_choice) {
			free(v->choice);
			v->choice = quizplay_choices(app, app->current, &v->nchoice);
		}
		v->keep_choice = false;
		o.quiz_choice = v->choice;
		o.nquiz_choice = v->nchoice;
		if (layout_page(&v->layout, app_page(app, app->current), &o, NULL) != 0) {
			layout_free(&v->layout);
			grid_init(&v->layout.grid, app_text_width(app));
		}
		if (app->current < app->course.npages)
			gloss_mark(app, &v->layout);
		v->laid_out = true;
		v->generation++;
		app->startup.layout += clock_ms() - t;
		v->selected = -1;
		if (!v->placed) {
			/* First visit this session: where the student left off. */
			double f = session_place(app, app->current);

			v->top_fraction = f > 0 && f < 1 ? f : 0;
			v->placed = true;
		}
		pager_screen.resize(app);
	}
	return v;
}

struct page *app_page(struct app *app, size_t i)
{
	return i < app->course.npages ? &app->course.pages[i] : app->course.glossary;
}

size_t app_npages(const struct app *app)
{
	return app->course.npages + (app->course.glossary != NULL);
}

size_t app_text_width(const struct app *app)
{
	return app->cols >= WIDE_SCREEN_COLS ? READING_MEASURE : (size_t)app->cols;
}

int app_text_left(const struct app *app)
{
	if (app->cols < WIDE_SCREEN_COLS || app->opts->measure_left)
		return 0;
	return (app->cols - READING_MEASURE) / 2;
}

int app_text_rows(const struct app *app)
{
	int rows = app->lines - 1 - walk_notes_rows(app);

	return rows > 1 ? rows : 1;
}

void app_relayout(struct app *app)
{
	for (size_t i = 0; i < app_npages(app); i++) {
		if (app->views[i].laid_out)
			layout_free(&app->views[i].layout);
		app->views[i].laid_out = false;
		free(app->views[i].choice);
		app->views[i].choice = NULL;
	}
}

void app_push(struct app *app, const struct screen_ops *s)
{
	if (app->depth < SCREEN_STACK_MAX)
		app->stack[app->depth++] = s;
}

void app_pop(struct app *app)
{
	if (app->depth > 1)
		app->depth--;
}

void app_pop_to(struct app *app, size_t depth)
{
	if (depth >= 1 && depth < app->depth)
		app->depth = depth;
}

/* Draws screen i of the stack, and first what it is drawn over. */
static void draw_screen(struct app *app, size_t i)
{
	if (app->stack[i]->overlay && i > 0)
		draw_screen(app, i - 1);
	app->stack[i]->draw(app);
}

/* Below the smallest size: say so, and what it takes. */
static void draw_too_small(struct app *app)
{
	char need[64];

	erase();
	snprintf(need, sizeof need, "needs %dx%d", TUI_MIN_COLS, TUI_MIN_LINES);
	if (app->cols >= 32) {
		paint_text(app, 0, 0, "Terminal too small:", ROLE_NOTICE);
		paint_text(app, 0, 20, need, ROLE_NOTICE);
	} else {
		paint_text(app, 0, 0, "Too small", ROLE_NOTICE);
		if (app->lines > 1)
			paint_text(app, 1, 0, need, ROLE_NOTICE);
	}
}

/* A frame in one write(), as less sends a page.  ncurses (6.4) flushes
 * its output at every cursor motion until the screen has once been left
 * and taken back (its endwin state stays "initial" till then), so that a
 * page-down went out as a write() per line, each a wake-up of the
 * terminal, tmux or sshd, and on a network link a packet of its own.  One
 * endwin() and refresh() before anything is drawn ends that; and with
 * typeahead off, doupdate() does not poll the keyboard between lines (the
 * loop reads every waiting key before it draws).  Call it right after
 * newterm(), before the keypad, the mouse and the cursor are set: endwin()
 * resets them (the keypad left in application mode only at the first
 * read made a first arrow key, typed before it, read as Esc, [ and B),
 * and set after it they go out buffered, not a write() each. */
static void one_write_per_frame(void)
{
	typeahead(-1);
	endwin();
	refresh();
}

/* Draws the top screen; first is the first frame (its time is in the
 * startup profile, not counted with the frames after it). */
static void draw(struct app *app, bool first)
{
	double t0 = clock_ms(), t1;

	if (app->cols < TUI_MIN_COLS || app->lines < TUI_MIN_LINES)
		draw_too_small(app);
	else {
		draw_screen(app, app->depth - 1);
		walk_draw_notes(app);
	}
	t1 = clock_ms();
	refresh();
	if (!first) {
		app->frames.n++;
		app->frames.draw += t1 - t0;
		app->frames.refresh += clock_ms() - t1;
	}
}

/* The one resize path: new size, new layouts, place kept by proportion,
 * and every screen on the stack told, from the bottom up. */
static void resize(struct app *app)
{
	getmaxyx(stdscr, app->lines, app->cols);
	app_relayout(app);
	for (size_t i = 0; i < app->depth; i++)
		if (app->stack[i]->resize)
			app->stack[i]->resize(app);
}

static int open_course(struct app *app)
{
	struct diags d;
	int rc;

	diags_init(&d);
	rc = course_load(&app->course, app->opts->content_dir, &d);
	diags_print(&d, stderr);
	diags_free(&d);
	return rc;
}

static int start_page(struct app *app)
{
	struct page *p;

	if (!app->opts->start_page)
		return 0;
	p = course_find(&app->course, app->opts->start_page);
	if (!p) {
		char why[256];

		course_no_page(&app->course, app->opts->start_page, why, sizeof why);
		fprintf(stderr, "cascade: %s\n", why);
		return -1;
	}
	app->current = course_index(&app->course, p);
	return 0;
}

static int terminal_usable(void)
{
	const char *term = getenv("TERM");

	return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) && term && *term &&
	       strcmp(term, "dumb") != 0;
}

/* The keys every screen shares, for a key the top screen left alone:
 * help (at the screen's own keys), redraw, and q or Esc closing the
 * screen (q on the pager quits). */
static enum next global_key(struct app *app, const struct screen_ops *top, enum action action)
{
	switch (action) {
	case ACT_HELP:
		help_open(app, top->scope);
		return NEXT_REDRAW;
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		return NEXT_REDRAW;
	case ACT_QUIT:
		if (app->depth > 1)
			return NEXT_CLOSE;
		if (classroom_following(app)) {
			/* A student who quits leaves the class: ask first. */
			app->confirm_quit = true;
			snprintf(app->message, sizeof app->message,
			         "Leave the class? y or q leaves; any other key stays.");
			return NEXT_REDRAW;
		}
		if (classroom_followers(app) > 0) {
			/* An instructor's q ends it for everyone: ask first. */
			size_t n = classroom_followers(app);

			app->confirm_quit = true;
			snprintf(app->message, sizeof app->message,
			         "End the class for %zu follower%s? y or q ends it; any other key "
			         "goes on.", n, n == 1 ? "" : "s");
			return NEXT_REDRAW;
		}
		return NEXT_QUIT;
	case ACT_CANCEL:
		return app->depth > 1 ? NEXT_CLOSE : NEXT_NONE;
	case ACT_CLASS_VOTE:
		/* Q: the class's leader puts a quiz to the vote; anyone else
		 * quits, as with q (and as less does). */
		return classroom_leading(app) ? vote_open(app) : global_key(app, top, ACT_QUIT);
	default:
		return NEXT_NONE;
	}
}

/* Handles one key from get_wch(); false when cascade should quit. */
static bool handle_key(struct app *app, int r, wint_t ch)
{
	const struct screen_ops *top = app->stack[app->depth - 1];
	enum action action;
	enum next next;
	bool typing;
	int key;

	if (r == KEY_CODE_YES && ch == KEY_RESIZE) {
		resize(app);
		return true;
	}
	key = r == KEY_CODE_YES ? (int)ch | KEY_FUNCTION : (int)ch;
	if (app->confirm_quit) {
		app->confirm_quit = false;
		if (key == 'y' || key == 'Y' || key == 'q' || key == 'Q')
			return false;
		snprintf(app->message, sizeof app->message, classroom_leading(app)
		         ? "The class goes on." : "Still following the class.");
		return true;
	}
	action = key_action(top->scope, key);
	typing = top->scope == SCOPE_TEXT; /* there, every printable key is text */
	if (!typing && classroom_answer_key(app, key))
		return true; /* a letter answering the class's vote */
	if ((action == ACT_STOP_NEXT || action == ACT_STOP_PREV) && !typing) {
		walk_go(app, action == ACT_STOP_NEXT ? 1 : -1);
		return true;
	}
	if (action == ACT_FOLLOW_TOGGLE && !typing) {
		classroom_toggle(app);
		return true;
	}
	if (action == ACT_NOTES && !typing) {
		app->notes_hidden = !app->notes_hidden;
		app_relayout(app); /* the page area changed size */
		return true;
	}
	next = top->key(app, action, key);
	if (next == NEXT_IGNORED)
		next = global_key(app, top, action);
	if (next == NEXT_QUIT)
		return false;
	if (next == NEXT_CLOSE)
		app_pop(app);
	if (app->depth == 1)
		session_note_place(app);
	return true;
}

/* The sooner of two timeouts in ms, -1 standing for none. */
static int sooner(int a, int b)
{
	if (a < 0)
		return b;
	return b >= 0 && b < a ? b : a;
}

/* How long poll() may sleep: for ever, unless animating, the class needs
 * a look (a peer that never said hello is dropped on time) or a page
 * turn's checkpoint falls due.  *only_save: nothing but the checkpoint
 * limits it, so waking without a key changes nothing on the screen. */
static int wait_ms(const struct app *app, bool *only_save)
{
	int others = sooner(app->animating ? TICK_MS : -1, classroom_timeout(app));
	int save = session_wait_ms(app, clock_ms());

	*only_save = others < 0 && save >= 0;
	return sooner(others, save);
}

/* After the first frame: where its time went, to CASCADE_PROFILE. */
static void report_startup(const struct app *app)
{
	const char *path = getenv("CASCADE_PROFILE");
	double total = clock_ms() - app->startup.t0;
	FILE *f;

	if (!path || !*path || !(f = fopen(path, "a")))
		return;
	fprintf(f, "load %.3f session %.3f glossary %.3f curses %.3f layout %.3f previews %.3f "
	        "paint %.3f total %.3f\n", app->startup.load, app->startup.session,
	        app->startup.glossary, app->startup.curses,
	        app->startup.layout - app->startup.previews, app->startup.previews,
	        total - app->startup.load - app->startup.session - app->startup.glossary -
	        app->startup.curses - app->startup.layout, total);
	/* Curses' three copies of the screen (what is on the terminal, what
	 * will be, and the window drawn in), whose cells grow with its size. */
	fprintf(f, "screens %.0f\n",
	        (double)sizeof(cchar_t) / 1024 *
	        ((double)getmaxy(curscr) * getmaxx(curscr) + (double)getmaxy(newscr) * getmaxx(newscr) +
	         (double)getmaxy(stdscr) * getmaxx(stdscr)));
	fclose(f);
}

/* On leaving: the frames after the first, and their mean ms of drawing
 * and of curses' refresh, to CASCADE_PROFILE. */
static void report_frames(const struct app *app)
{
	const char *path = getenv("CASCADE_PROFILE");
	double n = (double)app->frames.n;
	FILE *f;

	if (!path || !*path || !app->frames.n || !(f = fopen(path, "a")))
		return;
	fprintf(f, "frames %lu draw %.3f refresh %.3f\n", app->frames.n, app->frames.draw / n,
	        app->frames.refresh / n);
	fclose(f);
}

/* Draw, then sleep in poll() until a key, a class message, a signal or
 * (only while animating) the next tick; then act on all of them.  An idle
 * session blocks here and uses no CPU. */
static void loop(struct app *app)
{
	double last_tick = clock_ms();
	bool first = true, redraw = true, only_save;

	for (;;) {
		struct pollfd fds[1 + APP_MAX_POLLFDS];
		size_t n = 1;
		wint_t ch;
		int r;

		if (redraw)
			draw(app, first);
		if (first) {
			report_startup(app);
			first = false;
		}
		redraw = true;
		if (session_settle(app, clock_ms()))
			continue; /* its message, drawn */
		fds[0] = (struct pollfd){ .fd = STDIN_FILENO, .events = POLLIN };
		n += app_pollfds(app, fds + 1, APP_MAX_POLLFDS);
		r = poll(fds, (nfds_t)n, wait_ms(app, &only_save));
		if (r < 0 && errno != EINTR)
			return;
		if (quit_signal)
			return;
		if (r == 0 && only_save) {
			redraw = false; /* the checkpoint is due: paid above */
			continue;
		}
		app_service(app, fds + 1, n - 1);
		if (app->animating && clock_ms() - last_tick >= TICK_MS) {
			const struct screen_ops *top = app->stack[app->depth - 1];

			last_tick = clock_ms();
			if (!top->tick || !top->tick(app))
				app->animating = false;
		}
		/* Every key waiting (a resize arrives as KEY_RESIZE after EINTR). */
		while ((r = get_wch(&ch)) != ERR)
			if (!handle_key(app, r, ch) || quit_signal)
				return;
		classroom_note_wander(app);
		classroom_publish(app);
	}
}

int tui_run(const struct tui_opts *opts)
{
	struct app app = { .opts = opts };
	SCREEN *screen;
	double t;
	int rc = 0;

	if (!terminal_usable())
		return TUI_NO_TERMINAL;
	app.startup.t0 = clock_ms();
	if (open_course(&app) != 0)
		return 1;
	app.startup.load = clock_ms() - app.startup.t0;
	if (start_page(&app) != 0) {
		course_free(&app.course);
		return 2;
	}
	if (walk_open(&app) != 0) {
		course_free(&app.course);
		return 1; /* the walkthrough's problems are printed, file:line */
	}
	if (classroom_open(&app) != 0) {
		walkthrough_free(&app.walk);
		course_free(&app.course);
		return 1;
	}
	t = clock_ms();
	session_open(&app);
	app.startup.session = clock_ms() - t;
	t = clock_ms();
	gloss_open(&app);
	app.startup.glossary = clock_ms() - t;
	t = clock_ms();
	app.views = calloc(app_npages(&app), sizeof *app.views);
	screen = app.views ? newterm(NULL, stdout, stdin) : NULL;
	if (!screen) {
		free(app.views);
		gloss_close(&app);
		classroom_close(&app);
		walkthrough_free(&app.walk);
		progress_free(&app.progress);
		course_free(&app.course);
		return TUI_NO_TERMINAL;
	}
	doc_set_oom_hook(restore_terminal);
	install_signals();
	one_write_per_frame(); /* first: see there */
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	nodelay(stdscr, TRUE); /* the loop waits in poll(), not in get_wch() */
	set_escdelay(25);
	mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	curs_set(0);
	paint_init_colors(&app);
	app_push(&app, &pager_screen);
	getmaxyx(stdscr, app.lines, app.cols);
	app.startup.curses = clock_ms() - t;
	if (app.walk.nstops)
		walk_show_stop(&app, 0);

	loop(&app);
	report_frames(&app);

	restore_terminal();
	delscreen(screen);
	session_close(&app);
	explorer_close(&app);
	find_free(&app);
	course_search_free(&app);
	gloss_close(&app);
	classroom_close(&app);
	if (quit_signal && quit_signal != SIGINT)
		rc = 128 + quit_signal;
	app_relayout(&app);
	free(app.views);
	walkthrough_free(&app.walk);
	course_free(&app.course);
	return rc;
}
