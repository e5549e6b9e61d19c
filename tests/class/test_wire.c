/* test_wire.c — the class protocol's bytes: the exact text of each
 * message, round trips, the frame prefix (short, empty, oversized), the
 * version rules, every key's grammar and range, notes text, numbers in
 * every locale, and a fuzz of random and mutated payloads that must
 * decode or be refused, never crash. */
#include <locale.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "class/wire.h"

static unsigned char buf[CLASS_FRAME_HEAD + CLASS_FRAME_MAX];

static struct class_state full_state(void)
{
	struct class_state s;

	class_state_init(&s);
	s.seq = 12;
	strcpy(s.page, "in-the-blood");
	s.scroll = 250000;
	s.has_sim = true;
	strcpy(s.sim.model, "circulation");
	s.sim.nparams = 2;
	strcpy(s.sim.params[0].name, "platelets");
	s.sim.params[0].value = 0.8;
	strcpy(s.sim.params[1].name, "minutes");
	s.sim.params[1].value = 240;
	s.sim.seed = 42;
	s.sim.run = 3;
	s.has_quiz = true;
	s.quiz = 2;
	s.revealed = true;
	s.has_vote = true;
	s.vote = (struct class_vote){ .round = 5, .options = 4, .open = false };
	s.no_ahead = true;
	strcpy(s.furthest, "out-of-the-blood");
	return s;
}

static const char full_text[] =
	"cascade-class 1.2\nmsg state\nseq 12\npage in-the-blood\nscroll 250000\n"
	"sim circulation\nseed 42\nrun 3\nparam platelets 0.8\nparam minutes 240\n"
	"quiz 2 revealed\nvote 5 4 closed\nfurthest out-of-the-blood\n";

/* Decodes text as a payload. */
static enum class_wire decode_text(const char *text, struct class_msg *m,
                                   struct class_wire_err *e)
{
	return class_decode((const unsigned char *)text, strlen(text), m, e);
}

/* A state payload: the required lines, then extra. */
static enum class_wire decode_state(const char *extra, struct class_wire_err *e)
{
	static char text[CLASS_FRAME_MAX];
	struct class_msg m;

	snprintf(text, sizeof text, "cascade-class 1.0\nmsg state\nseq 1\npage p\nscroll 0\n%s",
	         extra);
	return decode_text(text, &m, e);
}

static void state_has_the_documented_text(void **unused)
{
	struct class_state s = full_state();
	size_t n = class_encode_state(&s, buf, sizeof buf);

	(void)unused;
	assert_int_equal(n, CLASS_FRAME_HEAD + strlen(full_text));
	assert_int_equal(buf[0], 0);
	assert_int_equal(buf[1], 0);
	assert_int_equal(buf[2] << 8 | buf[3], strlen(full_text));
	assert_memory_equal(buf + 4, full_text, strlen(full_text));
}

static void state_round_trips(void **unused)
{
	struct class_state s = full_state();
	struct class_wire_err e;
	struct class_msg m;
	size_t n = class_encode_state(&s, buf, sizeof buf), len;

	(void)unused;
	assert_int_equal(class_frame_peek(buf, n, CLASS_FRAME_MAX, &len), CLASS_WIRE_OK);
	assert_int_equal(len, n);
	assert_int_equal(class_decode(buf + 4, n - 4, &m, &e), CLASS_WIRE_OK);
	assert_int_equal(m.type, CLASS_MSG_STATE);
	assert_true(class_state_equal(&m.state, &s));
	assert_int_equal(m.state.seq, 12);
	/* Without the optional parts too. */
	s.has_sim = s.has_quiz = s.has_vote = s.no_ahead = false;
	n = class_encode_state(&s, buf, sizeof buf);
	assert_int_equal(class_decode(buf + 4, n - 4, &m, &e), CLASS_WIRE_OK);
	assert_true(class_state_equal(&m.state, &s));
	assert_false(m.state.has_sim || m.state.has_quiz || m.state.no_ahead);
	/* A vote needs the quiz it is on. */
	s.has_vote = true;
	assert_int_equal(class_encode_state(&s, buf, sizeof buf), 0);
}

static void hello_and_notes_round_trip(void **unused)
{
	struct class_hello h = { .role = CLASS_ROLE_NOTES, .user = "a.b_c-9" };
	const char *notes = "Ask: why do platelets help?\n\tPause — 30 s. 🩸\n";
	struct class_wire_err e;
	struct class_msg m;
	size_t n;

	(void)unused;
	n = class_encode_hello(&h, buf, sizeof buf);
	assert_true(n > 4 && n - 4 <= CLASS_HELLO_MAX);
	assert_int_equal(class_decode(buf + 4, n - 4, &m, &e), CLASS_WIRE_OK);
	assert_int_equal(m.type, CLASS_MSG_HELLO);
	assert_int_equal(m.hello.role, CLASS_ROLE_NOTES);
	assert_string_equal(m.hello.user, "a.b_c-9");

	n = class_encode_notes(notes, strlen(notes), buf, sizeof buf);
	assert_int_equal(class_decode(buf + 4, n - 4, &m, &e), CLASS_WIRE_OK);
	assert_int_equal(m.type, CLASS_MSG_NOTES);
	assert_int_equal(m.notes_len, strlen(notes));
	assert_memory_equal(m.notes, notes, strlen(notes));
	n = class_encode_notes("", 0, buf, sizeof buf);
	assert_int_equal(class_decode(buf + 4, n - 4, &m, &e), CLASS_WIRE_OK);
	assert_int_equal(m.notes_len, 0);
}

static void encoders_refuse_what_is_not_valid(void **unused)
{
	struct class_state s = full_state();
	struct class_hello h = { .role = CLASS_ROLE_FOLLOWER, .user = "bad user" };
	char big[CLASS_NOTES_MAX + 2];

	(void)unused;
	assert_int_equal(class_encode_hello(&h, buf, sizeof buf), 0);
	s.seq = 0;
	assert_int_equal(class_encode_state(&s, buf, sizeof buf), 0);
	s = full_state();
	strcpy(s.page, "In-The-Blood");
	assert_int_equal(class_encode_state(&s, buf, sizeof buf), 0);
	s = full_state();
	assert_int_equal(class_encode_state(&s, buf, 40), 0); /* does not fit */
	assert_int_equal(class_encode_notes("bell\a", 5, buf, sizeof buf), 0);
	memset(big, 'x', sizeof big);
	assert_int_equal(class_encode_notes(big, CLASS_NOTES_MAX + 1, buf, sizeof buf), 0);
	assert_true(class_encode_notes(big, CLASS_NOTES_MAX, buf, sizeof buf) > 0);
}

static void frames_short_empty_and_oversized(void **unused)
{
	unsigned char b[8] = { 0, 0, 0, 5, 'a', 'b' };
	size_t len = 99;

	(void)unused;
	for (size_t have = 0; have < 6; have++) {
		assert_int_equal(class_frame_peek(b, have, 100, &len), CLASS_WIRE_OK);
		assert_int_equal(len, 0);
	}
	b[6] = 'c', b[7] = 'd';
	assert_int_equal(class_frame_peek(b, 8, 100, &len), CLASS_WIRE_OK);
	assert_int_equal(len, 0);
	assert_int_equal(class_frame_peek(b, 9, 100, &len), CLASS_WIRE_OK);
	assert_int_equal(len, 9);
	b[3] = 0;
	assert_int_equal(class_frame_peek(b, 4, 100, &len), CLASS_WIRE_EMPTY);
	b[0] = 0xff;
	assert_int_equal(class_frame_peek(b, 4, CLASS_FRAME_MAX, &len), CLASS_WIRE_TOO_LONG);
	b[0] = 0, b[2] = (CLASS_HELLO_MAX + 1) >> 8, b[3] = (CLASS_HELLO_MAX + 1) & 0xff;
	assert_int_equal(class_frame_peek(b, 4, CLASS_HELLO_MAX, &len), CLASS_WIRE_TOO_LONG);
	b[3]--; /* exactly the limit is fine */
	assert_int_equal(class_frame_peek(b, 4, CLASS_HELLO_MAX, &len), CLASS_WIRE_OK);
	/* A payload too long for the decoder, even if the prefix was not checked. */
	{
		struct class_msg m;
		struct class_wire_err e;
		static unsigned char huge[CLASS_FRAME_MAX + 1];

		assert_int_equal(class_decode(huge, sizeof huge, &m, &e), CLASS_WIRE_TOO_LONG);
		assert_int_equal(class_decode(huge, 0, &m, &e), CLASS_WIRE_EMPTY);
	}
}

static void versions(void **unused)
{
	struct class_wire_err e;
	struct class_msg m;

	(void)unused;
	assert_int_equal(decode_text("cascade-class 2.0\nmsg hello\nrole follower\nuser a\n", &m, &e),
	                 CLASS_WIRE_VERSION);
	assert_int_equal(decode_text("cascade-class 0.9\nmsg hello\nrole follower\nuser a\n", &m, &e),
	                 CLASS_WIRE_VERSION);
	for (const char *const *v = (const char *const[]){ "cascade-class 1\n", "cascade-klass 1.0\n",
	     "cascade-class 1.\n", "cascade-class .0\n", "cascade-class 01.0\n",
	     "cascade-class 1.0 \n", "cascade-class 1.0", "cascade-class 1234.0\n",
	     "Cascade-class 1.0\n", NULL }; *v; v++)
		assert_int_equal(decode_text(*v, &m, &e), CLASS_WIRE_NO_VERSION);
	/* A newer minor: unknown keys and types are skipped, known ones checked. */
	assert_int_equal(decode_text("cascade-class 1.7\nmsg hello\nrole follower\nuser a\n"
	                             "colour blue\n", &m, &e), CLASS_WIRE_OK);
	assert_string_equal(m.hello.user, "a");
	assert_int_equal(m.minor, 7);
	assert_int_equal(decode_text("cascade-class 1.7\nmsg poll\nquestion 1\n", &m, &e),
	                 CLASS_WIRE_OK);
	assert_int_equal(m.type, CLASS_MSG_OTHER);
	assert_int_equal(decode_text("cascade-class 1.7\nmsg hello\nrole leader\nuser a\n", &m, &e),
	                 CLASS_WIRE_BAD_VALUE);
	/* The same minor: they are errors. */
	assert_int_equal(decode_text("cascade-class 1.0\nmsg hello\nrole follower\nuser a\n"
	                             "colour blue\n", &m, &e), CLASS_WIRE_UNKNOWN_KEY);
	assert_int_equal(e.line, 5);
	assert_string_equal(e.key, "colour");
	assert_int_equal(decode_text("cascade-class 1.0\nmsg poll\n", &m, &e), CLASS_WIRE_BAD_TYPE);
}

static void garbled_headers(void **unused)
{
	struct class_wire_err e;
	struct class_msg m;
	char text[128];

	(void)unused;
	assert_int_equal(decode_text("cascade-class 1.0\nmsg hello\nrole follower\nuser a", &m, &e),
	                 CLASS_WIRE_NO_NEWLINE);
	assert_int_equal(e.line, 4);
	assert_int_equal(class_decode((const unsigned char *)"cascade-class 1.0\nmsg hello\nro\0e "
	                              "follower\nuser a\n", 44, &m, &e), CLASS_WIRE_NOT_TEXT);
	assert_int_equal(decode_text("cascade-class 1.0\nmsg hello\nrole follower\nuser \xc3\xa9\n",
	                             &m, &e), CLASS_WIRE_NOT_TEXT);
	assert_int_equal(decode_text("cascade-class 1.0\nrole follower\n", &m, &e), CLASS_WIRE_NO_TYPE);
	assert_int_equal(decode_text("cascade-class 1.0\n", &m, &e), CLASS_WIRE_NO_TYPE);
	for (const char *const *l = (const char *const[]){ "role\n", "role \n", "Role follower\n",
	     "\n", " role follower\n", "role-follower\n", "thisisaverylongkey x\n", NULL }; *l; l++) {
		snprintf(text, sizeof text, "cascade-class 1.0\nmsg hello\n%suser a\n", *l);
		assert_int_equal(decode_text(text, &m, &e), CLASS_WIRE_BAD_LINE);
	}
	assert_int_equal(decode_text("cascade-class 1.0\nmsg hello\nrole follower\nuser a\nuser b\n",
	                             &m, &e), CLASS_WIRE_TWICE);
	assert_int_equal(decode_text("cascade-class 1.0\nmsg hello\nrole follower\n", &m, &e),
	                 CLASS_WIRE_MISSING);
	assert_string_equal(e.key, "user");
	assert_int_equal(decode_text("cascade-class 1.0\nmsg hello\nrole  follower\nuser a\n", &m,
	                             &e), CLASS_WIRE_BAD_VALUE);
	/* A key of another message type is unknown here. */
	assert_int_equal(decode_text("cascade-class 1.0\nmsg hello\nrole follower\nuser a\n"
	                             "page x\n", &m, &e), CLASS_WIRE_UNKNOWN_KEY);
}

static void state_keys_and_limits(void **unused)
{
	struct class_wire_err e;
	char params[17 * 24 + 32] = "sim m\nseed 1\nrun 1\n";

	(void)unused;
	assert_int_equal(decode_state("", &e), CLASS_WIRE_OK);
	assert_int_equal(decode_state("scroll 5\n", &e), CLASS_WIRE_TWICE);
	assert_int_equal(decode_state("sim circulation\n", &e), CLASS_WIRE_MISSING);
	assert_string_equal(e.key, "seed");
	assert_int_equal(decode_state("seed 1\n", &e), CLASS_WIRE_MISSING);
	assert_string_equal(e.key, "sim");
	assert_int_equal(decode_state("param a 1\n", &e), CLASS_WIRE_MISSING);
	assert_int_equal(decode_state("sim a\nseed 18446744073709551615\nrun 4294967295\n", &e),
	                 CLASS_WIRE_OK);
	assert_int_equal(decode_state("sim a\nseed 18446744073709551616\nrun 1\n", &e),
	                 CLASS_WIRE_BAD_VALUE);
	assert_int_equal(decode_state("sim a\nseed 1\nrun 4294967296\n", &e), CLASS_WIRE_BAD_VALUE);
	assert_int_equal(decode_state("sim a\nseed 01\nrun 1\n", &e), CLASS_WIRE_BAD_VALUE);
	assert_int_equal(decode_state("sim a\nseed +1\nrun 1\n", &e), CLASS_WIRE_BAD_VALUE);
	assert_int_equal(decode_state("sim Circulation\nseed 1\nrun 1\n", &e), CLASS_WIRE_BAD_VALUE);
	assert_int_equal(decode_state("sim a\nseed 1\nrun 1\nparam x 1\nparam x 2\n", &e),
	                 CLASS_WIRE_TWICE);
	assert_int_equal(decode_state("sim a\nseed 1\nrun 1\nparam x\n", &e), CLASS_WIRE_BAD_VALUE);
	assert_int_equal(decode_state("sim a\nseed 1\nrun 1\nparam x2 1\n", &e),
	                 CLASS_WIRE_BAD_VALUE);
	for (int i = 0; i < 16; i++)
		sprintf(params + strlen(params), "param %c 1\n", 'a' + i);
	assert_int_equal(decode_state(params, &e), CLASS_WIRE_OK);
	strcat(params, "param z 1\n");
	assert_int_equal(decode_state(params, &e), CLASS_WIRE_BAD_VALUE);
	assert_int_equal(decode_state("quiz 1 hidden\n", &e), CLASS_WIRE_OK);
	assert_int_equal(decode_state("quiz 999 revealed\n", &e), CLASS_WIRE_OK);
	assert_int_equal(decode_state("quiz 0 hidden\n", &e), CLASS_WIRE_BAD_VALUE);
	assert_int_equal(decode_state("quiz 1000 hidden\n", &e), CLASS_WIRE_BAD_VALUE);
	assert_int_equal(decode_state("quiz 2 maybe\n", &e), CLASS_WIRE_BAD_VALUE);
	assert_int_equal(decode_state("quiz 2\n", &e), CLASS_WIRE_BAD_VALUE);
	assert_int_equal(decode_state("furthest ../etc\n", &e), CLASS_WIRE_BAD_VALUE);
	assert_int_equal(decode_state("furthest /tmp/x\n", &e), CLASS_WIRE_BAD_VALUE);
	{
		struct class_msg m;

		assert_int_equal(decode_text("cascade-class 1.0\nmsg state\nseq 0\npage p\nscroll 0\n",
		                             &m, &e), CLASS_WIRE_BAD_VALUE);
		assert_int_equal(decode_text("cascade-class 1.0\nmsg state\nseq 1\npage p\n"
		                             "scroll 1000001\n", &m, &e), CLASS_WIRE_BAD_VALUE);
		assert_int_equal(decode_text("cascade-class 1.0\nmsg state\nseq 1\npage p\n"
		                             "scroll -1\n", &m, &e), CLASS_WIRE_BAD_VALUE);
		assert_int_equal(decode_text("cascade-class 1.0\nmsg state\nseq 1\npage p\n"
		                             "scroll 1000000\n", &m, &e), CLASS_WIRE_OK);
		assert_int_equal(decode_text("cascade-class 1.0\nmsg state\nseq 1\npage "
		                             "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"
		                             "scroll 0\n", &m, &e), CLASS_WIRE_BAD_VALUE);
	}
}

static void parameter_values(void **unused)
{
	static const char *const bad[] = { "nan", "inf", "-inf", "1e999", "0x10", "1.", ".5", "1,5",
		"+1", "1e", "--1", "01", "1 ", "", "1e+", "123456789012345678901234567890123", NULL };
	static const char *const good[] = { "0", "-0", "0.8", "1e-300", "1E5", "-1.5e-07",
		"1.7976931348623157e308", "17976931348623157000000000000000", NULL };
	struct class_wire_err e;
	char text[128];

	(void)unused;
	for (const char *const *v = bad; *v; v++) {
		snprintf(text, sizeof text, "sim a\nseed 1\nrun 1\nparam x %s\n", *v);
		assert_int_equal(decode_state(text, &e), CLASS_WIRE_BAD_VALUE);
	}
	for (const char *const *v = good; *v; v++) {
		double d;

		snprintf(text, sizeof text, "sim a\nseed 1\nrun 1\nparam x %s\n", *v);
		assert_int_equal(decode_state(text, &e), CLASS_WIRE_OK);
		assert_int_equal(class_parse_double(*v, strlen(*v), &d), 0);
	}
}

static void numbers_are_shortest_and_locale_free(void **unused)
{
	static const double vals[] = { 0.8, 240, 1e-7, 1.0 / 3, -0.0, 1e21, 5e-324,
		1.7976931348623157e308, -2.5, 123456.789 };
	const char *locales[] = { "C", "de_DE.UTF-8", "fr_FR.UTF-8", "C.UTF-8" };
	char out[40];

	(void)unused;
	assert_int_equal(class_format_double(0.8, out, sizeof out), 3);
	assert_string_equal(out, "0.8");
	class_format_double(1e-7, out, sizeof out);
	assert_string_equal(out, "1e-07");
	class_format_double(240, out, sizeof out);
	assert_string_equal(out, "240");
	assert_int_equal(class_format_double(NAN, out, sizeof out), 0);
	assert_int_equal(class_format_double(INFINITY, out, sizeof out), 0);
	assert_int_equal(class_format_double(0.8, out, 3), 0);
	for (size_t k = 0; k < sizeof locales / sizeof *locales; k++) {
		if (!setlocale(LC_NUMERIC, locales[k]))
			continue;
		for (size_t i = 0; i < sizeof vals / sizeof *vals; i++) {
			double back;
			size_t n = class_format_double(vals[i], out, sizeof out);

			assert_true(n > 0);
			assert_null(strchr(out, ','));
			assert_int_equal(class_parse_double(out, n, &back), 0);
			assert_memory_equal(&back, &vals[i], sizeof back);
		}
	}
	setlocale(LC_NUMERIC, "C");
}

static uint64_t rng = 0x2545f4914f6cdd1du;

static uint64_t next(void)
{
	rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
	return rng;
}

/* Whatever decodes must be a valid message. */
static void decode_any(const unsigned char *p, size_t n)
{
	struct class_wire_err e;
	struct class_msg m;

	if (class_decode(p, n, &m, &e) != CLASS_WIRE_OK)
		return;
	if (m.type == CLASS_MSG_STATE)
		assert_int_equal(class_state_check(&m.state), CLASS_FIELD_NONE);
	if (m.type == CLASS_MSG_HELLO)
		assert_true(class_valid_user(m.hello.user));
	if (m.type == CLASS_MSG_NOTES)
		assert_true(class_valid_notes(m.notes, m.notes_len));
}

static void fuzz_random_and_mutated(void **unused)
{
	static unsigned char p[CLASS_FRAME_MAX];
	struct class_state s = full_state();
	size_t base = class_encode_state(&s, buf, sizeof buf) - 4;
	size_t len;

	(void)unused;
	for (int i = 0; i < 20000; i++) { /* random bytes, random lengths */
		size_t n = next() % 600 + 1;

		for (size_t k = 0; k < n; k++)
			p[k] = (unsigned char)next();
		decode_any(p, n);
		class_frame_peek(p, n, CLASS_FRAME_MAX, &len);
	}
	for (int i = 0; i < 50000; i++) { /* a valid state with a few bytes changed */
		size_t n = base;

		memcpy(p, buf + 4, base);
		for (int k = 0; k < 1 + (int)(next() % 4); k++) {
			uint64_t r = next();

			p[r % base] = (r >> 32) & 1 ? (unsigned char)(r >> 40)
			                            : "\n 0-9az.e+"[(r >> 40) % 10];
		}
		if (next() % 4 == 0)
			n = next() % base + 1; /* and cut short */
		decode_any(p, n);
	}
}

/* 1.1: the pinned run and the explorer's panel (the parameter selected,
 * all listed) cross with the state, and come back equal. */
static void a_pinned_run_round_trips(void **state)
{
	struct class_state s, back;
	struct class_msg m;
	struct class_wire_err e;
	size_t n;

	(void)state;
	class_state_init(&s);
	s.seq = 5;
	strcpy(s.page, "in-the-blood");
	s.has_sim = true;
	strcpy(s.sim.model, "circulation");
	s.sim.seed = 7;
	s.sim.run = 2;
	s.sim.has_pin = true;
	s.sim.pin_seed = 1;
	s.sim.npins = 2;
	strcpy(s.sim.pins[0].name, "platelets");
	s.sim.pins[0].value = 0.8;
	strcpy(s.sim.pins[1].name, "nk");
	s.sim.pins[1].value = 1;
	strcpy(s.sim.selected, "platelets");
	s.sim.all_params = true;
	n = class_encode_state(&s, buf, sizeof buf);
	assert_true(n > CLASS_FRAME_HEAD);
	assert_int_equal(class_decode(buf + CLASS_FRAME_HEAD, n - CLASS_FRAME_HEAD, &m, &e),
	                 CLASS_WIRE_OK);
	back = m.state;
	back.seq = s.seq;
	assert_true(class_state_equal(&s, &back));
	assert_int_equal(decode_text("cascade-class 1.1\nmsg state\nseq 1\npage p\nscroll 0\n"
	                             "sim circulation\nseed 1\nrun 1\npin-param nk 1\n", &m, &e),
	                 CLASS_WIRE_MISSING);
	assert_string_equal(e.key, "pin-seed");
}

/* 1.1: a follower says it paused following, or rejoined. */
static void pause_round_trips(void **state)
{
	struct class_msg m;
	struct class_wire_err e;
	size_t n;

	(void)state;
	for (int paused = 0; paused < 2; paused++) {
		n = class_encode_pause(paused, buf, sizeof buf);
		assert_true(n > CLASS_FRAME_HEAD);
		assert_int_equal(class_decode(buf + CLASS_FRAME_HEAD, n - CLASS_FRAME_HEAD, &m, &e),
		                 CLASS_WIRE_OK);
		assert_int_equal(m.type, CLASS_MSG_PAUSE);
		assert_int_equal(m.paused, paused);
	}
	assert_int_equal(decode_text("cascade-class 1.1\nmsg pause\npaused maybe\n", &m, &e),
	                 CLASS_WIRE_BAD_VALUE);
	assert_int_equal(decode_text("cascade-class 1.1\nmsg pause\n", &m, &e), CLASS_WIRE_MISSING);
	assert_int_equal(class_encode_pause(true, buf, 8), 0); /* too small */
}

static void answers_and_votes(void **state)
{
	struct class_msg m;
	struct class_wire_err e;
	size_t n;

	(void)state;
	n = class_encode_answer(7, 2, buf, sizeof buf);
	assert_true(n > CLASS_FRAME_HEAD);
	assert_memory_equal(buf + CLASS_FRAME_HEAD,
	                    "cascade-class 1.2\nmsg answer\nvote 7\nchoice 3\n", n - CLASS_FRAME_HEAD);
	assert_int_equal(class_decode(buf + CLASS_FRAME_HEAD, n - CLASS_FRAME_HEAD, &m, &e),
	                 CLASS_WIRE_OK);
	assert_int_equal(m.type, CLASS_MSG_ANSWER);
	assert_int_equal(m.round, 7);
	assert_int_equal(m.choice, 2);
	/* Z is the last option; round 0 is no round. */
	assert_true(class_encode_answer(1, CLASS_VOTE_OPTIONS_MAX - 1, buf, sizeof buf) > 0);
	assert_int_equal(class_encode_answer(1, CLASS_VOTE_OPTIONS_MAX, buf, sizeof buf), 0);
	assert_int_equal(class_encode_answer(0, 1, buf, sizeof buf), 0);
	for (const char *const *bad = (const char *const[]){ "vote 0\nchoice 1\n",
	     "vote 1\nchoice 0\n", "vote 1\nchoice 27\n", "vote 1\nchoice B\n",
	     "vote -1\nchoice 1\n", "vote 4294967296\nchoice 1\n", NULL }; *bad; bad++) {
		char text[128];

		snprintf(text, sizeof text, "cascade-class 1.2\nmsg answer\n%s", *bad);
		assert_int_equal(decode_text(text, &m, &e), CLASS_WIRE_BAD_VALUE);
	}
	assert_int_equal(decode_text("cascade-class 1.2\nmsg answer\nvote 1\n", &m, &e),
	                 CLASS_WIRE_MISSING);
	assert_string_equal(e.key, "choice");
	assert_int_equal(decode_text("cascade-class 1.2\nmsg answer\nvote 1\nchoice 1\nvote 2\n",
	                             &m, &e), CLASS_WIRE_TWICE);
	/* A vote is on the quiz in focus; its values are checked. */
	assert_int_equal(decode_state("vote 1 4 open\n", &e), CLASS_WIRE_MISSING);
	assert_string_equal(e.key, "quiz");
	assert_int_equal(decode_state("quiz 1 hidden\nvote 1 4 open\n", &e), CLASS_WIRE_OK);
	for (const char *const *bad = (const char *const[]){ "vote 0 4 open\n", "vote 1 1 open\n",
	     "vote 1 27 open\n", "vote 1 4 ajar\n", "vote 1 4\n", "vote 1\n", "vote 1  4 open\n",
	     NULL }; *bad; bad++) {
		char extra[64];

		snprintf(extra, sizeof extra, "quiz 1 hidden\n%s", *bad);
		assert_int_equal(decode_state(extra, &e), CLASS_WIRE_BAD_VALUE);
	}
	/* A 1.1 peer skips what it does not know. */
	assert_int_equal(decode_text("cascade-class 1.3\nmsg answer\nvote 1\nchoice 1\nwhy 2\n",
	                             &m, &e), CLASS_WIRE_OK);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(pause_round_trips),
		cmocka_unit_test(answers_and_votes),
		cmocka_unit_test(a_pinned_run_round_trips),
		cmocka_unit_test(state_has_the_documented_text),
		cmocka_unit_test(state_round_trips),
		cmocka_unit_test(hello_and_notes_round_trip),
		cmocka_unit_test(encoders_refuse_what_is_not_valid),
		cmocka_unit_test(frames_short_empty_and_oversized),
		cmocka_unit_test(versions),
		cmocka_unit_test(garbled_headers),
		cmocka_unit_test(state_keys_and_limits),
		cmocka_unit_test(parameter_values),
		cmocka_unit_test(numbers_are_shortest_and_locale_free),
		cmocka_unit_test(fuzz_random_and_mutated),
	};

	return cmocka_run_group_tests_name("class wire format", tests, NULL, NULL);
}
