/* test_store.c — the progress store on disk: saving and loading, merging
 * two sessions, reset, setting bad files aside, and directories that
 * cannot be written.  Each test gets its own scratch directory. */
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "fixture.h"
#include "progress/progress.h"

#define T0 1700000000 /* a pinned "now" */

struct fx {
	char *top;       /* the scratch directory */
	char state[4096];/* top/state/cascade, not created */
};

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof *fx);

	fx->top = fx_mkdtemp();
	snprintf(fx->state, sizeof fx->state, "%s/state/cascade", fx->top);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;

	fx_rmtree(fx->top);
	free(fx->top);
	free(fx);
	return 0;
}

static void open_session(struct progress *p, const char *dir)
{
	assert_int_equal(progress_init(p, dir), PROGRESS_OK);
	assert_int_equal(progress_load(p, T0), PROGRESS_OK);
	assert_null(progress_message(p));
}

static void save_creates_the_directory_and_loads_back(void **state)
{
	struct fx *fx = *state;
	struct progress p, q;
	struct stat st;

	open_session(&p, fx->state); /* no directory yet: empty, fine */
	assert_int_equal(p.npages, 0);
	progress_visit(&p, "letting-go", 12, 0.25, T0);
	progress_answer(&p, "letting-go", 1, 3, false, T0, NULL);
	progress_sim_opened(&p, "detachment", T0);
	assert_int_equal(progress_save(&p, T0), PROGRESS_OK);
	assert_null(progress_message(&p));
	assert_int_equal(stat(fx->state, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	assert_int_equal(stat(fx_path(fx->state, "progress"), &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	/* Only the file and its lock: no temporary file left behind. */
	assert_int_equal(fx_count(fx->state, "progress"), 2);
	assert_int_equal(fx_count(fx->state, "progress.lock"), 1);
	/* Saved items are clean. */
	assert_false(progress_page(&p, "letting-go")->dirty);
	assert_int_equal(p.sims[0].unsaved, 0);

	open_session(&q, fx->state);
	assert_string_equal(progress_last_page(&q), "letting-go");
	assert_int_equal(progress_page(&q, "letting-go")->line, 12);
	assert_int_equal(progress_quiz(&q, "letting-go", 1)->first, 3);
	assert_int_equal(progress_sim_count(&q, "detachment"), 1);
	progress_free(&q);
	progress_free(&p);
}

/* A checkpoint (a page turn's save, not synced) merges and replaces the
 * file as a save does: another session's work survives it, it leaves no
 * temporary file, and a full save after it writes the same bytes. */
static void a_checkpoint_merges_and_writes_as_a_save_does(void **state)
{
	struct fx *fx = *state;
	struct progress a, b, c;
	char *after_checkpoint, *after_save;

	open_session(&a, fx->state);
	open_session(&b, fx->state);
	progress_answer(&a, "letting-go", 0, 1, true, T0 + 1, NULL);
	assert_int_equal(progress_save(&a, T0 + 1), PROGRESS_OK);
	progress_visit(&b, "in-the-blood", 40, 0.5, T0 + 2);
	assert_int_equal(progress_checkpoint(&b, T0 + 2), PROGRESS_OK);
	assert_null(progress_message(&b));
	assert_false(progress_page(&b, "in-the-blood")->dirty);
	assert_non_null(progress_quiz(&b, "letting-go", 0)); /* b sees a's */
	assert_int_equal(fx_count(fx->state, "progress"), 2);
	open_session(&c, fx->state);
	assert_string_equal(progress_last_page(&c), "in-the-blood");
	assert_int_equal(progress_page(&c, "in-the-blood")->line, 40);
	assert_true(progress_quiz(&c, "letting-go", 0)->first_right);
	after_checkpoint = fx_read(fx->state, "progress", NULL);
	assert_int_equal(progress_save(&b, T0 + 3), PROGRESS_OK);
	after_save = fx_read(fx->state, "progress", NULL);
	assert_string_equal(after_checkpoint, after_save);
	free(after_checkpoint);
	free(after_save);
	progress_free(&a);
	progress_free(&b);
	progress_free(&c);
}

/* A save with nothing new leaves the file as it is (the same inode: no
 * new file renamed over it), also the save at quitting after a page
 * turn's checkpoint, which only syncs it; a visit to the place already
 * recorded is nothing new, and keeps the time of the move. */
static void a_save_with_nothing_new_writes_nothing(void **state)
{
	struct fx *fx = *state;
	struct progress p;
	struct stat before, after;

	open_session(&p, fx->state);
	progress_visit(&p, "in-the-blood", 40, 0.5, T0);
	assert_int_equal(progress_checkpoint(&p, T0), PROGRESS_OK);
	assert_true(p.unsynced);
	assert_int_equal(stat(fx_path(fx->state, "progress"), &before), 0);
	progress_visit(&p, "in-the-blood", 40, 0.5, T0 + 60);
	assert_false(progress_changed(&p));
	assert_int_equal(progress_page(&p, "in-the-blood")->at, T0);
	assert_int_equal(progress_save(&p, T0 + 60), PROGRESS_OK);
	assert_false(p.unsynced);
	assert_int_equal(stat(fx_path(fx->state, "progress"), &after), 0);
	assert_int_equal(before.st_ino, after.st_ino);
	/* A move is new: written again, as a new file. */
	progress_visit(&p, "in-the-blood", 41, 0.51, T0 + 61);
	assert_true(progress_changed(&p));
	assert_int_equal(progress_save(&p, T0 + 61), PROGRESS_OK);
	assert_int_equal(stat(fx_path(fx->state, "progress"), &after), 0);
	assert_true(before.st_ino != after.st_ino);
	progress_free(&p);
}

/* Loading a good file takes no lock (a save replaces the file whole, by a
 * rename): the lock file is not even created.  A bad one is set aside
 * under the lock, as before. */
static void loading_a_good_file_takes_no_lock(void **state)
{
	struct fx *fx = *state;
	struct progress p, q;

	open_session(&p, fx->state);
	progress_visit(&p, "letting-go", 3, 0.1, T0);
	assert_int_equal(progress_save(&p, T0), PROGRESS_OK);
	assert_int_equal(unlink(fx_path(fx->state, "progress.lock")), 0);
	open_session(&q, fx->state);
	assert_string_equal(progress_last_page(&q), "letting-go");
	assert_int_equal(fx_count(fx->state, "progress.lock"), 0);
	progress_free(&q);
	fx_write(fx->state, "progress", "not a progress file\n", 20);
	assert_int_equal(progress_init(&q, fx->state), PROGRESS_OK);
	assert_int_equal(progress_load(&q, T0), PROGRESS_SET_ASIDE);
	assert_int_equal(fx_count(fx->state, "progress.lock"), 1);
	assert_int_equal(fx_count(fx->state, "progress.bad-"), 1);
	progress_free(&q);
	progress_free(&p);
}

/* Two sessions started from the same file, answering different quizzes,
 * saving in turn: both answers survive, and each sees the other's. */
static void two_sessions_keep_each_others_answers(void **state)
{
	struct fx *fx = *state;
	struct progress a, b, c;

	open_session(&a, fx->state);
	open_session(&b, fx->state);
	progress_answer(&a, "letting-go", 0, 1, true, T0 + 1, NULL);
	progress_answer(&b, "in-the-blood", 2, 0, false, T0 + 2, NULL);
	assert_int_equal(progress_save(&a, T0 + 1), PROGRESS_OK);
	assert_int_equal(progress_save(&b, T0 + 2), PROGRESS_OK);
	assert_non_null(progress_quiz(&b, "letting-go", 0));   /* b sees a's */
	assert_int_equal(progress_save(&a, T0 + 3), PROGRESS_OK); /* nothing new: no harm */
	assert_non_null(progress_quiz(&a, "in-the-blood", 2)); /* a sees b's */
	open_session(&c, fx->state);
	assert_int_equal(c.nquizzes, 2);
	assert_true(progress_quiz(&c, "letting-go", 0)->first_right);
	assert_false(progress_quiz(&c, "in-the-blood", 2)->first_right);
	progress_free(&a);
	progress_free(&b);
	progress_free(&c);
}

static void a_first_answer_is_never_replaced(void **state)
{
	struct fx *fx = *state;
	struct progress a, b, c;
	const struct progress_quiz *q;

	open_session(&a, fx->state);
	open_session(&b, fx->state);
	/* a answers first (wrong) but saves last; b's first answer is saved
	 * first and is the one kept.  a's later answer is the latest. */
	progress_answer(&a, "p", 0, 0, false, T0 + 1, NULL);
	progress_answer(&b, "p", 0, 1, true, T0 + 2, NULL);
	progress_answer(&a, "p", 0, 2, false, T0 + 3, NULL);
	assert_int_equal(progress_save(&b, T0 + 2), PROGRESS_OK);
	assert_int_equal(progress_save(&a, T0 + 3), PROGRESS_OK);
	open_session(&c, fx->state);
	q = progress_quiz(&c, "p", 0);
	assert_int_equal(q->first, 1);
	assert_true(q->first_right);
	assert_int_equal(q->latest, 2);
	assert_int_equal(q->latest_at, T0 + 3);
	/* An older latest answer saved later does not win. */
	progress_answer(&b, "p", 0, 3, false, T0 + 2, NULL);
	assert_int_equal(progress_save(&b, T0 + 4), PROGRESS_OK);
	assert_int_equal(progress_quiz(&b, "p", 0)->latest, 2);
	progress_free(&a);
	progress_free(&b);
	progress_free(&c);
}

static void the_later_place_wins_and_sim_counts_add_up(void **state)
{
	struct fx *fx = *state;
	struct progress a, b;

	open_session(&a, fx->state);
	open_session(&b, fx->state);
	progress_visit(&a, "x", 10, 0.1, T0 + 10);
	progress_visit(&b, "x", 20, 0.2, T0 + 20);
	progress_visit(&b, "y", 0, 0, T0 + 5);
	for (int i = 0; i < 3; i++)
		progress_sim_opened(&a, "circulation", T0);
	for (int i = 0; i < 2; i++)
		progress_sim_opened(&b, "circulation", T0);
	assert_int_equal(progress_save(&b, T0 + 20), PROGRESS_OK);
	assert_int_equal(progress_save(&a, T0 + 21), PROGRESS_OK);
	assert_int_equal(progress_page(&a, "x")->line, 20);
	assert_int_equal(progress_page(&a, "x")->at, T0 + 20);
	assert_non_null(progress_page(&a, "y"));
	assert_int_equal(progress_sim_count(&a, "circulation"), 5);
	assert_string_equal(progress_last_page(&a), "x");
	/* Saving again adds nothing twice. */
	assert_int_equal(progress_save(&a, T0 + 22), PROGRESS_OK);
	assert_int_equal(progress_save(&b, T0 + 22), PROGRESS_OK);
	assert_int_equal(progress_sim_count(&b, "circulation"), 5);
	progress_free(&a);
	progress_free(&b);
}

static void reset_clears_and_others_bring_back_only_new_work(void **state)
{
	struct fx *fx = *state;
	struct progress a, b, c;
	char *text;

	open_session(&a, fx->state);
	progress_answer(&a, "p", 0, 0, false, T0, NULL);
	progress_visit(&a, "p", 3, 0.5, T0);
	assert_int_equal(progress_save(&a, T0), PROGRESS_OK);
	open_session(&b, fx->state);
	assert_int_equal(progress_reset(&b, T0 + 1), PROGRESS_OK);
	assert_int_equal(b.nquizzes + b.npages, 0);
	text = fx_read(fx->state, "progress", NULL);
	assert_string_equal(text, "cascade-progress 2\n"
	                    "# A cascade student's progress; see cascade(1), FILES.  Written whole by each save.\n"
	                    "end 0\n");
	free(text);
	/* a still holds its old answer, now saved and clean: answering again
	 * after the reset makes this answer the first one on disk, and the
	 * page, unchanged since, does not come back. */
	progress_answer(&a, "p", 0, 1, true, T0 + 3, NULL);
	assert_int_equal(progress_save(&a, T0 + 3), PROGRESS_OK);
	assert_int_equal(progress_quiz(&a, "p", 0)->first, 1);
	assert_true(progress_quiz(&a, "p", 0)->first_right);
	assert_null(progress_page(&a, "p"));
	open_session(&c, fx->state);
	assert_int_equal(c.nquizzes, 1);
	assert_int_equal(c.npages, 0);
	progress_free(&a);
	progress_free(&b);
	progress_free(&c);
}

/* A bad file is moved aside on load, with a message naming the new
 * file; the bytes are kept; the session starts empty and saves anew. */
static void check_set_aside(struct fx *fx, const char *text, size_t len, const char *why)
{
	struct progress p;
	const char *m;
	char *kept, name[64];
	size_t klen;
	int before;

	mkdir(fx_path(fx->top, "state"), 0700);
	mkdir(fx->state, 0700);
	before = fx_count(fx->state, "progress.bad-");
	fx_write(fx->state, "progress", text, len);
	assert_int_equal(progress_init(&p, fx->state), PROGRESS_OK);
	assert_int_equal(progress_load(&p, T0), PROGRESS_SET_ASIDE);
	assert_int_equal(p.npages + p.nquizzes + p.nsims, 0);
	assert_non_null(m = progress_message(&p));
	if (!strstr(m, why) || !strstr(m, "set aside as progress.bad-") || !strstr(m, fx->state))
		fail_msg("message '%s' does not name the file, '%s' and where it went", m, why);
	assert_null(progress_message(&p)); /* once */
	assert_null(fx_read(fx->state, "progress", NULL));
	assert_int_equal(fx_count(fx->state, "progress.bad-"), before + 1);
	/* The bytes are all there under the new name. */
	assert_int_equal(sscanf(strstr(m, "progress.bad-"), "%63[^,]", name), 1);
	assert_non_null(kept = fx_read(fx->state, name, &klen));
	assert_int_equal(klen, len);
	assert_memory_equal(kept, text, len);
	free(kept);
	progress_answer(&p, "p", 0, 0, true, T0, NULL);
	assert_int_equal(progress_save(&p, T0), PROGRESS_OK);
	progress_free(&p);
	open_session(&p, fx->state);
	assert_int_equal(p.nquizzes, 1);
	progress_free(&p);
	remove(fx_path(fx->state, "progress"));
}

static void damaged_files_are_set_aside(void **state)
{
	struct fx *fx = *state;
	static const char good[] = "cascade-progress 1\nlast p 1700000000\nend 1\n";
	char binary[300];

	for (size_t i = 0; i < sizeof binary; i++)
		binary[i] = (char)(i * 7 + 3);
	check_set_aside(fx, good, sizeof good - 5, "truncated");
	check_set_aside(fx, binary, sizeof binary, "not a cascade progress file");
	check_set_aside(fx, "cascade-progress 1\n\0\0\0\0\n", 24, "binary data");
	check_set_aside(fx, "cascade-progress 3\nstars 5\nend 1\n", 33, "newer cascade (format 3");
	check_set_aside(fx, "", 0, "empty");
	/* Five bad files in the same second: five names. */
	assert_int_equal(fx_count(fx->state, "progress.bad-"), 5);
}

static void odd_files_are_set_aside_too(void **state)
{
	struct fx *fx = *state;
	struct progress p;
	char *big = malloc(PROGRESS_MAX_BYTES + 2);

	mkdir(fx_path(fx->top, "state"), 0700);
	mkdir(fx->state, 0700);
	/* A directory where the file should be. */
	mkdir(fx_path(fx->state, "progress"), 0700);
	progress_init(&p, fx->state);
	assert_int_equal(progress_load(&p, T0), PROGRESS_SET_ASIDE);
	assert_non_null(strstr(progress_message(&p), "not a regular file"));
	assert_int_equal(progress_save(&p, T0), PROGRESS_OK);
	/* A file too large to be ours. */
	memset(big, '#', PROGRESS_MAX_BYTES + 1);
	memcpy(big, "cascade-progress 1\n", 19);
	fx_write(fx->state, "progress", big, PROGRESS_MAX_BYTES + 1);
	assert_int_equal(progress_load(&p, T0), PROGRESS_SET_ASIDE);
	assert_non_null(strstr(progress_message(&p), "larger than"));
	free(big);
	progress_free(&p);
}

/* A file damaged after this session loaded is caught when it saves. */
static void damage_found_when_saving_is_set_aside(void **state)
{
	struct fx *fx = *state;
	struct progress p;

	open_session(&p, fx->state);
	progress_answer(&p, "p", 0, 0, true, T0, NULL);
	assert_int_equal(progress_save(&p, T0), PROGRESS_OK);
	fx_write(fx->state, "progress", "cascade-progress 1\nquiz p 1 A", 29);
	progress_answer(&p, "p", 1, 0, true, T0, NULL);
	assert_int_equal(progress_save(&p, T0), PROGRESS_SET_ASIDE);
	assert_non_null(strstr(progress_message(&p), "truncated"));
	assert_int_equal(fx_count(fx->state, "progress.bad-"), 1);
	/* The file now holds this session's work as it stood on disk: the
	 * unsaved answer; the older one went with the damaged file. */
	progress_free(&p);
	open_session(&p, fx->state);
	assert_non_null(progress_quiz(&p, "p", 1));
	progress_free(&p);
}

/* The state directory cannot be made (a file is in the way): every save
 * fails the same way, reported once; the session keeps its work and
 * saves it once the way is clear. */
static void an_unusable_directory_is_reported_once(void **state)
{
	struct fx *fx = *state;
	struct progress p;
	const char *m;

	fx_write(fx->top, "state", "not a directory\n", 16);
	open_session(&p, fx->state);
	progress_answer(&p, "p", 0, 2, false, T0, NULL);
	assert_int_equal(progress_save(&p, T0), PROGRESS_NO_DIR);
	assert_non_null(m = progress_message(&p));
	assert_non_null(strstr(m, "cannot save progress in"));
	assert_non_null(strstr(m, "kept for this session only"));
	progress_answer(&p, "p", 1, 0, true, T0, NULL);
	assert_int_equal(progress_save(&p, T0), PROGRESS_NO_DIR);
	assert_null(progress_message(&p));
	assert_int_equal(progress_reset(&p, T0), PROGRESS_NO_DIR);
	assert_null(progress_message(&p));
	assert_non_null(progress_quiz(&p, "p", 0));
	assert_true(progress_quiz(&p, "p", 0)->first_dirty);
	remove(fx_path(fx->top, "state"));
	assert_int_equal(progress_save(&p, T0), PROGRESS_OK);
	assert_int_equal(p.nquizzes, 2);
	progress_free(&p);
	/* And no directory at all. */
	open_session(&p, "");
	progress_answer(&p, "p", 0, 2, false, T0, NULL);
	assert_int_equal(progress_save(&p, T0), PROGRESS_NO_DIR);
	assert_non_null(strstr(progress_message(&p), "no state directory"));
	progress_free(&p);
}

/* A read-only directory (permissions do not bind root: left out then,
 * by main(), since a TAP "not ok # SKIP" reads as a failure). */
static void a_read_only_directory_is_reported_once(void **state)
{
	struct fx *fx = *state;
	struct progress p;
	static const char bad[] = "cascade-progress 1\nnonsense\nend 1\n";
	char *kept;

	open_session(&p, fx->state);
	progress_answer(&p, "p", 0, 2, false, T0, NULL);
	assert_int_equal(progress_save(&p, T0), PROGRESS_OK);
	assert_int_equal(chmod(fx->state, 0500), 0);
	progress_answer(&p, "p", 1, 2, false, T0, NULL);
	assert_int_equal(progress_save(&p, T0), PROGRESS_READ_ONLY);
	assert_non_null(strstr(progress_message(&p), "not writable"));
	assert_int_equal(progress_save(&p, T0), PROGRESS_READ_ONLY);
	assert_null(progress_message(&p));
	/* Loading still works, without the lock. */
	assert_int_equal(progress_load(&p, T0), PROGRESS_OK);
	assert_int_equal(p.nquizzes, 1);
	/* A bad file that cannot be moved is not overwritten either. */
	chmod(fx->state, 0700);
	fx_write(fx->state, "progress", bad, sizeof bad - 1);
	chmod(fx->state, 0500);
	assert_int_equal(progress_load(&p, T0), PROGRESS_SET_ASIDE);
	assert_non_null(strstr(progress_message(&p), "could not be set aside"));
	assert_int_not_equal(progress_save(&p, T0), PROGRESS_OK);
	chmod(fx->state, 0700);
	assert_non_null(kept = fx_read(fx->state, "progress", NULL));
	assert_string_equal(kept, bad);
	free(kept);
	progress_free(&p);
}

/* A save waits for the lock another process holds. */
static void a_save_waits_for_the_lock(void **state)
{
	struct fx *fx = *state;
	struct progress p;
	int ready[2], status;
	pid_t pid;
	char c;

	open_session(&p, fx->state);
	assert_int_equal(progress_save(&p, T0), PROGRESS_OK); /* makes the directory */
	assert_int_equal(pipe(ready), 0);
	if ((pid = fork()) == 0) {
		int fd = open(fx_path(fx->state, "progress.lock"), O_RDWR);
		struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
		struct timespec hold = { 0, 300000000L };

		if (fd < 0 || fcntl(fd, F_SETLK, &fl) != 0)
			_exit(1);
		/* Write a first answer under the lock, as another cascade would. */
		{
			FILE *f = fopen(fx_path(fx->state, "progress"), "w");

			fputs("cascade-progress 1\nquiz other 1 C right 1700000000 C right 1700000000\nend 1\n", f);
			fclose(f);
		}
		(void)!write(ready[1], "x", 1);
		nanosleep(&hold, NULL);
		_exit(0);
	}
	close(ready[1]);
	assert_int_equal(read(ready[0], &c, 1), 1);
	progress_answer(&p, "mine", 0, 0, true, T0, NULL);
	assert_int_equal(progress_save(&p, T0), PROGRESS_OK);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_int_equal(WEXITSTATUS(status), 0);
	assert_non_null(progress_quiz(&p, "other", 0));
	assert_non_null(progress_quiz(&p, "mine", 0));
	close(ready[0]);
	progress_free(&p);
}

static void the_directory_comes_from_the_environment(void **state)
{
	char buf[64];

	(void)state;
	assert_int_equal(progress_dir(buf, sizeof buf, "/x/state", "/home/s"), 0);
	assert_string_equal(buf, "/x/state/cascade");
	assert_int_equal(progress_dir(buf, sizeof buf, "relative", "/home/s"), 0);
	assert_string_equal(buf, "/home/s/.local/state/cascade");
	assert_int_equal(progress_dir(buf, sizeof buf, "", "/home/s"), 0);
	assert_string_equal(buf, "/home/s/.local/state/cascade");
	assert_int_equal(progress_dir(buf, sizeof buf, NULL, NULL), -1);
	assert_int_equal(progress_dir(buf, sizeof buf, NULL, "home"), -1);
	assert_int_equal(progress_dir(buf, 10, "/x/state", NULL), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(save_creates_the_directory_and_loads_back, setup, teardown),
		cmocka_unit_test_setup_teardown(two_sessions_keep_each_others_answers, setup, teardown),
		cmocka_unit_test_setup_teardown(a_checkpoint_merges_and_writes_as_a_save_does, setup, teardown),
		cmocka_unit_test_setup_teardown(a_save_with_nothing_new_writes_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(loading_a_good_file_takes_no_lock, setup, teardown),
		cmocka_unit_test_setup_teardown(a_first_answer_is_never_replaced, setup, teardown),
		cmocka_unit_test_setup_teardown(the_later_place_wins_and_sim_counts_add_up, setup, teardown),
		cmocka_unit_test_setup_teardown(reset_clears_and_others_bring_back_only_new_work, setup, teardown),
		cmocka_unit_test_setup_teardown(damaged_files_are_set_aside, setup, teardown),
		cmocka_unit_test_setup_teardown(odd_files_are_set_aside_too, setup, teardown),
		cmocka_unit_test_setup_teardown(damage_found_when_saving_is_set_aside, setup, teardown),
		cmocka_unit_test_setup_teardown(an_unusable_directory_is_reported_once, setup, teardown),
		cmocka_unit_test_setup_teardown(a_save_waits_for_the_lock, setup, teardown),
		cmocka_unit_test(the_directory_comes_from_the_environment),
		/* last, so that root can leave it out */
		cmocka_unit_test_setup_teardown(a_read_only_directory_is_reported_once, setup, teardown),
	};
	size_t n = sizeof tests / sizeof *tests;

	if (geteuid() == 0) {
		printf("# a_read_only_directory_is_reported_once left out: root writes anyway\n");
		n--;
	}
	return _cmocka_run_group_tests("tests", tests, n, NULL, NULL);
}
