/* test_walkthrough.c — the walkthrough parser (lesson/walkthrough.h) on
 * good files, read back field by field, and on every error it knows, each
 * with its line and its exact message.  Hostile input is test_hostile.c's. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"
#include "lesson/simblock.h"

/* Parses text, which must succeed with no message. */
static void parse_ok(struct walkthrough *w, const char *text)
{
	char *msgs;
	int rc = walk_parse(w, text, &msgs);

	if (*msgs)
		fprintf(stderr, "# for:\n%s# unexpected:\n%s", text, msgs);
	assert_string_equal(msgs, "");
	assert_int_equal(rc, 0);
	free(msgs);
}

static double param(const struct walk_stop *s, const char *name)
{
	size_t i;

	assert_non_null(sim_param_find(s->sim.model, name, &i));
	return s->sim.values[i];
}

/* ---- good files ---- */

static void minimal_file(void **state)
{
	struct walkthrough w;

	(void)state;
	parse_ok(&w, "walkthrough 1\nstop in-the-blood\n");
	assert_string_equal(w.path, "t.walk");
	assert_int_equal(w.nstops, 1);
	assert_int_equal(w.stops[0].page, walk_page("in-the-blood"));
	assert_null(w.stops[0].heading);
	assert_false(w.stops[0].has_sim);
	assert_false(w.stops[0].has_seed);
	assert_int_equal(w.stops[0].seed, SIMBLOCK_SEED);
	assert_false(w.stops[0].run);
	assert_null(w.stops[0].notes);
	assert_int_equal(w.stops[0].line, 2);
	walkthrough_free(&w);
	/* Freeing twice is harmless: free leaves w empty. */
	walkthrough_free(&w);
}

static const char lecture[] =
	"# Lecture 3: into and out of the blood\n"
	"walkthrough 1\n"
	"\n"
	"stop into-the-blood\n"
	"  note: Start with the rat experiment. Ask how many cells a 1 g tumour sheds.\n"
	"  note: Remind them the number is per day.\n"
	"\n"
	"stop in-the-blood#travelling-in-groups\n"
	"  sim circulation platelets=0.8 seed=42\n"
	"  note: Pin the run, set nk=0, compare.\n"
	"stop 9#dormancy\n"
	"\tsim colonisation preset=luzzi1998 run days=20\n";

static void lecture_file(void **state)
{
	struct walkthrough w;
	const struct walk_stop *s;

	(void)state;
	parse_ok(&w, lecture);
	assert_int_equal(w.nstops, 3);

	s = &w.stops[0];
	assert_int_equal(s->line, 4);
	assert_int_equal(s->page, walk_page("into-the-blood"));
	assert_null(s->heading);
	assert_false(s->has_sim);
	assert_string_equal(s->notes, "Start with the rat experiment. Ask how many cells a 1 g "
	                    "tumour sheds.\nRemind them the number is per day.");

	s = &w.stops[1];
	assert_int_equal(s->line, 8);
	assert_int_equal(s->page, walk_page("in-the-blood"));
	assert_string_equal(s->heading, "travelling-in-groups");
	assert_true(s->has_sim);
	assert_string_equal(s->sim.model->name, "circulation");
	assert_null(s->sim.preset);
	assert_true(param(s, "platelets") == 0.8);
	assert_true(s->has_seed);
	assert_int_equal(s->seed, 42);
	assert_false(s->run);
	assert_string_equal(s->notes, "Pin the run, set nk=0, compare.");

	s = &w.stops[2];
	assert_int_equal(s->line, 11);
	assert_int_equal(s->page, walk_page("growing-there"));
	assert_string_equal(s->heading, "dormancy");
	assert_true(s->has_sim);
	assert_string_equal(s->sim.model->name, "colonisation");
	assert_non_null(s->sim.preset);
	assert_string_equal(s->sim.preset->name, "luzzi1998");
	assert_true(param(s, "days") == 20);
	assert_false(s->has_seed);
	assert_int_equal(s->seed, SIMBLOCK_SEED);
	assert_true(s->run);
	assert_null(s->notes);
	walkthrough_free(&w);
}

/* A page by number or by id is the same page; a heading's anchor is the
 * doc_slug of its text, punctuation and all. */
static void pages_and_anchors(void **state)
{
	struct walkthrough w;

	(void)state;
	parse_ok(&w, "walkthrough 1\nstop 2\nstop the-cascade\nstop 02\n"
	         "stop the-cascade#do-metastases-cause-90-of-cancer-deaths\n"
	         "stop 6#platelets-an-escort-not-just-a-clot\n");
	assert_int_equal(w.nstops, 5);
	for (size_t i = 0; i < 4; i++)
		assert_int_equal(w.stops[i].page, walk_page("the-cascade"));
	assert_string_equal(w.stops[3].heading, "do-metastases-cause-90-of-cancer-deaths");
	assert_int_equal(w.stops[4].page, walk_page("6"));
	walkthrough_free(&w);
}

/* What editors write: CRLF, a byte-order mark, tabs, trailing blanks,
 * indented comments, no newline at the end. */
static void editors_habits(void **state)
{
	struct walkthrough w;

	(void)state;
	parse_ok(&w, "\xef\xbb\xbfwalkthrough 1  \r\n"
	         "stop 5\t\r\n"
	         "\t# a comment under a stop\r\n"
	         " \tnote:  first line \r\n"
	         "\tnote:\r\n"
	         "  note:\tsecond\tparagraph\r\n"
	         "stop 6");
	assert_int_equal(w.nstops, 2);
	assert_string_equal(w.stops[0].notes, "first line\n\nsecond paragraph");
	assert_int_equal(w.stops[1].line, 7);
	assert_null(w.stops[1].notes);
	walkthrough_free(&w);
}

static void notes_in_any_script(void **state)
{
	struct walkthrough w;

	(void)state;
	parse_ok(&w, "walkthrough 1\nstop 6\n  note: Plättchen schützen — 血小板 🩸\n"
	         "  note:no space after the colon\n");
	assert_string_equal(w.stops[0].notes,
	                    "Plättchen schützen — 血小板 🩸\nno space after the colon");
	walkthrough_free(&w);
}

static void seeds(void **state)
{
	struct walkthrough w;

	(void)state;
	parse_ok(&w, "walkthrough 1\n"
	         "stop 6\n  sim circulation seed=0\n"
	         "stop 6\n  sim circulation seed=18446744073709551615 run\n"
	         "stop 6\n  sim run seed=7 circulation nk=0\n");
	assert_true(w.stops[0].has_seed);
	assert_int_equal(w.stops[0].seed, 0);
	assert_true(w.stops[1].seed == UINT64_MAX);
	assert_true(w.stops[1].run);
	/* seed and run may stand anywhere on the line. */
	assert_int_equal(w.stops[2].seed, 7);
	assert_true(w.stops[2].run);
	assert_true(param(&w.stops[2], "nk") == 0);
	walkthrough_free(&w);
}

/* Exactly at the limits is fine. */
static void notes_at_the_limits(void **state)
{
	char note[WALK_MAX_NOTE_BYTES + 1], *text;
	struct walkthrough w;
	size_t n = 0, size = 8 * WALK_MAX_NOTE_BYTES;

	(void)state;
	memset(note, 'a', WALK_MAX_NOTE_BYTES);
	note[WALK_MAX_NOTE_BYTES] = '\0';
	text = malloc(size);
	assert_non_null(text);
	n += (size_t)snprintf(text + n, size - n, "walkthrough 1\nstop 6\n  note: %s\n", note);
	/* 1000 + 3 * (1 + 999) = 4000 bytes with the newlines. */
	note[WALK_MAX_NOTE_BYTES - 1] = '\0';
	for (int i = 0; i < 3; i++)
		n += (size_t)snprintf(text + n, size - n, "  note: %s\n", note);
	parse_ok(&w, text);
	assert_int_equal(strlen(w.stops[0].notes), WALK_MAX_STOP_NOTES_BYTES);
	walkthrough_free(&w);
	free(text);
}

/* ---- errors, one by one ---- */

static void version_errors(void **state)
{
	(void)state;
	walk_expect("stop 6\n",
	            "1: the first line must be 'walkthrough 1', the format version\n");
	walk_expect("  note: hello\nstop 6\n",
	            "1: the first line must be 'walkthrough 1', the format version\n"
	            "1: 'note:' before any stop: start with 'stop PAGE'\n");
	walk_expect("walkthrough 2\nstop 6\n",
	            "1: unsupported walkthrough version '2': this cascade reads version 1\n");
	walk_expect("walkthrough one\nstop 6\n",
	            "1: unsupported walkthrough version 'one': this cascade reads version 1\n");
	walk_expect("walkthrough 00001\nstop 6\n",
	            "1: unsupported walkthrough version '00001': this cascade reads version 1\n");
	walk_expect("walkthrough\nstop 6\n",
	            "1: 'walkthrough' needs the format version: 'walkthrough 1'\n");
	walk_expect("walkthrough 1 please\nstop 6\n",
	            "1: unexpected 'please' after 'walkthrough 1'\n");
	walk_expect("  walkthrough 1\nstop 6\n",
	            "1: 'walkthrough' is indented: it starts at the beginning of the line\n");
	walk_expect("# c\n\nstop 6\nwalkthrough 1\n",
	            "3: the first line must be 'walkthrough 1', the format version\n"
	            "4: 'walkthrough' comes first, before any other line\n");
	walk_expect("walkthrough 1\nstop 6\nwalkthrough 1\n",
	            "3: 'walkthrough' again: the version line comes once, first (line 1)\n");
}

static void empty_files(void **state)
{
	(void)state;
	walk_expect("", "0: empty walkthrough: write 'walkthrough 1', then 'stop PAGE' lines\n");
	walk_expect("# only\n\n   \n\t# comments\n",
	            "0: empty walkthrough: write 'walkthrough 1', then 'stop PAGE' lines\n");
	walk_expect("walkthrough 1\n# nothing yet\n",
	            "0: no stops: a walkthrough lists at least one 'stop PAGE'\n");
}

static void directive_errors(void **state)
{
	(void)state;
	walk_expect("walkthrough 1\nstop 6\nstpo 7\n",
	            "3: unknown directive 'stpo' (did you mean 'stop'?)\n");
	walk_expect("walkthrough 1\nstop 6\nslide 3\n",
	            "3: unknown directive 'slide': a line is 'stop PAGE', an indented 'sim', "
	            "'quiz' or 'note:', or a '#' comment\n");
	walk_expect("walkthrough 1\nstop 6\n  Remind them it is per day.\n",
	            "3: unknown directive 'Remind': the lines under a stop are 'sim ...', "
	            "'quiz N' and 'note: ...'\n");
	walk_expect("walkthrough 1\nstop 6\n  note Remind them.\n",
	            "3: unknown directive 'note' (did you mean 'note:'?)\n");
	walk_expect("walkthrough 1\nstop 6\n  notes: Remind them.\n",
	            "3: unknown directive 'notes:' (did you mean 'note:'?)\n");
	walk_expect("walkthrough 1\nstop 6\n  Note:Remind them.\n",
	            "3: unknown directive 'Note:Remind' (did you mean 'note:'?)\n");
	walk_expect("walkthrough 1\nstop 6\n  simm circulation\n",
	            "3: unknown directive 'simm' (did you mean 'sim'?)\n");
	walk_expect("walkthroug 1\nstop 6\n",
	            "1: the first line must be 'walkthrough 1', the format version\n"
	            "1: unknown directive 'walkthroug' (did you mean 'walkthrough'?)\n");
}

static void indentation_errors(void **state)
{
	(void)state;
	walk_expect("walkthrough 1\n  stop 6\n",
	            "2: 'stop' is indented: a stop starts at the beginning of the line\n");
	walk_expect("walkthrough 1\nstop 6\nsim circulation\nnote: x\n",
	            "3: 'sim' must be indented under its stop\n"
	            "4: 'note:' must be indented under its stop\n");
	walk_expect("walkthrough 1\n  sim circulation\n  note: x\nstop 6\n",
	            "2: 'sim' before any stop: start with 'stop PAGE'\n"
	            "3: 'note:' before any stop: start with 'stop PAGE'\n");
}

static void stop_errors(void **state)
{
	struct course *c = walk_course();
	char want[256];

	(void)state;
	walk_expect("walkthrough 1\nstop\n",
	            "2: 'stop' needs a page: 'stop PAGE' or 'stop PAGE#heading'\n");
	walk_expect("walkthrough 1\nstop 6 # platelets\n",
	            "2: unexpected '#' after the stop's page (comments go on lines of their own)\n");
	walk_expect("walkthrough 1\nstop in-teh-blood\n",
	            "2: no page 'in-teh-blood' (did you mean 'in-the-blood'?)\n");
	walk_expect("walkthrough 1\nstop lymph-nodes\n", "2: no page 'lymph-nodes'\n");
	snprintf(want, sizeof want, "2: no page 999 (the pages are numbered %d to %d)\n",
	         c->pages[0].number, c->pages[c->npages - 1].number);
	walk_expect("walkthrough 1\nstop 999\n", want);
	walk_expect("walkthrough 1\nstop glossary\n",
	            "2: the glossary cannot be a stop: name a lesson page\n");
	walk_expect("walkthrough 1\nstop in-the-blood#travelling-in-group\n",
	            "2: page 'in-the-blood' has no heading '#travelling-in-group' "
	            "(did you mean '#travelling-in-groups'?)\n");
	walk_expect("walkthrough 1\nstop 6#xyz\n", "2: page 'in-the-blood' has no heading '#xyz'\n");
	walk_expect("walkthrough 1\nstop 5#Travelling-in-groups\n",
	            "2: page 'into-the-blood' has no heading '#Travelling-in-groups'\n");
	walk_expect("walkthrough 1\nstop 6#\n",
	            "2: nothing after '#': name a heading's anchor, or leave out the '#'\n");
	walk_expect("walkthrough 1\nstop #dormancy\n",
	            "2: 'stop #dormancy' names no page: write 'stop PAGE#heading'\n");
}

static void sim_errors(void **state)
{
	(void)state;
	walk_expect("walkthrough 1\nstop 6\n  sim circulation\n  sim arrest\n",
	            "4: a stop opens one sim: this stop's is on line 3\n");
	walk_expect("walkthrough 1\nstop 6\n  sim\n",
	            "3: 'sim' needs a model: 'sim MODEL [param=value ...] [seed=N] [run] [pin]'\n");
	walk_expect("walkthrough 1\nstop 6\n  sim seed=3 run\n",
	            "3: 'sim' needs a model: 'sim MODEL [param=value ...] [seed=N] [run] [pin]'\n");
	walk_expect("walkthrough 1\nstop 6\n  sim circulaton\n",
	            "3: unknown sim model 'circulaton' (did you mean 'circulation'?)\n");
	walk_expect("walkthrough 1\nstop 6\n  sim circulation platelets=1.5\n",
	            "3: sim parameter platelets=1.5 is out of range: platelets takes a number from 0 to 1 (fraction)\n");
	walk_expect("walkthrough 1\nstop 6\n  sim circulation platlets=0.8\n",
	            "3: unknown sim parameter 'platlets' of 'circulation' (did you mean "
	            "'platelets'?)\n");
	walk_expect("walkthrough 1\nstop 8\n  sim organs preset=brest\n",
	            "3: model 'organs' has no preset 'brest' (did you mean 'breast'?)\n");
	walk_expect("walkthrough 1\nstop 6\n  sim circulation nk\n",
	            "3: sim block: 'nk' is not param=value\n");
}

static void quizzes(void **state)
{
	struct walkthrough w;

	(void)state;
	parse_ok(&w, "walkthrough 1\nstop in-the-blood\n  quiz 3\n  note: Q puts it to the vote.\n"
	             "stop 6\n");
	assert_int_equal(w.stops[0].quiz, 3);
	assert_int_equal(w.stops[1].quiz, 0);
	walkthrough_free(&w);
	walk_expect("walkthrough 1\nstop 6\n  quiz 1\n  quiz 2\n",
	            "4: a stop selects one quiz: this stop's is on line 3\n");
	walk_expect("walkthrough 1\nstop 6\n  quiz\n",
	            "3: 'quiz' takes one number: 'quiz 2' selects the page's second quiz\n");
	walk_expect("walkthrough 1\nstop 6\n  quiz 1 2\n",
	            "3: 'quiz' takes one number: 'quiz 2' selects the page's second quiz\n");
	for (const char *const *bad = (const char *const[]){ "0", "-1", "+1", "01", "1.5", "x",
	     "1000", "99999999999999999999", NULL }; *bad; bad++) {
		char text[128], want[128];

		snprintf(text, sizeof text, "walkthrough 1\nstop 6\n  quiz %s\n", *bad);
		snprintf(want, sizeof want, "3: quiz '%s' is not a number from 1 to 999\n", *bad);
		walk_expect(text, want);
	}
	walk_expect("walkthrough 1\nstop in-the-blood\n  quiz 9\n",
	            "3: page 'in-the-blood' has 3 quizzes: there is no quiz 9\n");
	/* A wrong page is said once; its quiz is not checked against it. */
	walk_expect("walkthrough 1\nstop lymph-nodes\n  quiz 9\n", "2: no page 'lymph-nodes'\n");
	walk_expect("walkthrough 1\n  quiz 1\nstop 6\n",
	            "2: 'quiz' before any stop: start with 'stop PAGE'\n");
}

static void seed_errors(void **state)
{
	static const char *const bad[] = {
		"abc", "-1", "+1", "1.5", "", "1e3", "0x10", "18446744073709551616",
		"99999999999999999999999999",
	};
	char text[256], want[256];

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		snprintf(text, sizeof text, "walkthrough 1\nstop 6\n  sim circulation seed=%s\n", bad[i]);
		snprintf(want, sizeof want, "3: seed '%s' is not a whole number from 0 to "
		         "18446744073709551615\n", bad[i]);
		walk_expect(text, want);
	}
	walk_expect("walkthrough 1\nstop 6\n  sim circulation seed=1 seed=2\n",
	            "3: seed given twice\n");
}

static void note_errors(void **state)
{
	char *text = malloc(16 * WALK_MAX_NOTE_BYTES), note[WALK_MAX_NOTE_BYTES + 2];
	size_t n = 0, size = 16 * WALK_MAX_NOTE_BYTES;
	struct walkthrough w;

	(void)state;
	assert_non_null(text);
	memset(note, 'x', WALK_MAX_NOTE_BYTES + 1);
	note[WALK_MAX_NOTE_BYTES + 1] = '\0';
	snprintf(text, size, "walkthrough 1\nstop 6\n  note: %s\n", note);
	walk_expect(text, "3: note is 1001 bytes long: at most 1000 (split it over several "
	            "'note:' lines)\n");
	/* 999 bytes each: the fifth goes over 4000, and is the only one told. */
	note[WALK_MAX_NOTE_BYTES - 1] = '\0';
	n = (size_t)snprintf(text, size, "walkthrough 1\nstop 6\n");
	for (int i = 0; i < 7; i++)
		n += (size_t)snprintf(text + n, size - n, "  note: %s\n", note);
	walk_expect(text, "7: the stop's notes are over 4000 bytes: move some to another stop\n");
	/* The limit is per stop. */
	n = (size_t)snprintf(text, size, "walkthrough 1\n");
	for (int i = 0; i < 8; i++)
		n += (size_t)snprintf(text + n, size - n, "%s  note: %s\n", i % 4 ? "" : "stop 6\n",
		                      note);
	parse_ok(&w, text);
	assert_int_equal(w.nstops, 2);
	walkthrough_free(&w);
	free(text);
}

static void text_errors(void **state)
{
	(void)state;
	walk_expect("walkthrough 1\nstop 6\n  note: caf\xe9\n", "3: invalid UTF-8\n");
	walk_expect("walkthrough 1\nstop 6\n  note: \xed\xa0\x80 surrogate\n", "3: invalid UTF-8\n");
	walk_expect("walkthrough 1\nstop 6\n  note: \x1b[31mred\n",
	            "3: control character U+001B: a walkthrough is text\n");
	walk_expect("walkthrough 1\nstop 6\n  note: \xc2\x9b" "31mred\n",
	            "3: control character U+009B: a walkthrough is text\n");
	walk_expect("walkthrough 1\nstop 6\n  note: a\x7f\n",
	            "3: control character U+007F: a walkthrough is text\n");
	walk_expect("walkthrough 1\nstop 6\n  note: carriage\rreturn\n",
	            "3: control character U+000D: a walkthrough is text\n");
}

/* Every error of a file, each at its own line, in file order. */
static void many_errors_at_their_lines(void **state)
{
	(void)state;
	walk_expect("# a lecture\n"
	            "walkthrough 1\n"
	            "\n"
	            "stop 6#platelet\n"
	            "  sim circulation platelets=2 seed=x\n"
	            "\n"
	            "  # aside\n"
	            "  nte: hello\n"
	            "stop lymph\n"
	            "sim arrest\n"
	            "stop 9\n"
	            "  sim colonisation\n"
	            "  sim colonisation\n",
	            "4: page 'in-the-blood' has no heading '#platelet' (did you mean '#platelets-an-escort-not-just-a-clot'?)\n"
	            "5: seed 'x' is not a whole number from 0 to 18446744073709551615\n"
	            "5: sim parameter platelets=2 is out of range: platelets takes a number from 0 to 1 (fraction)\n"
	            "8: unknown directive 'nte:' (did you mean 'note:'?)\n"
	            "9: no page 'lymph'\n"
	            "10: 'sim' must be indented under its stop\n"
	            "13: a stop opens one sim: this stop's is on line 12\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(minimal_file),
		cmocka_unit_test(lecture_file),
		cmocka_unit_test(pages_and_anchors),
		cmocka_unit_test(editors_habits),
		cmocka_unit_test(notes_in_any_script),
		cmocka_unit_test(seeds),
		cmocka_unit_test(notes_at_the_limits),
		cmocka_unit_test(version_errors),
		cmocka_unit_test(empty_files),
		cmocka_unit_test(directive_errors),
		cmocka_unit_test(indentation_errors),
		cmocka_unit_test(stop_errors),
		cmocka_unit_test(sim_errors),
		cmocka_unit_test(seed_errors),
		cmocka_unit_test(note_errors),
		cmocka_unit_test(quizzes),
		cmocka_unit_test(text_errors),
		cmocka_unit_test(many_errors_at_their_lines),
	};

	return cmocka_run_group_tests_name("walkthrough", tests, walk_setup, walk_teardown);
}
