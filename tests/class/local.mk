# tests/class/local.mk — following an instructor: the wire format and the
# field limits (cmocka), leader and followers in one process over real
# sockets (cmocka), and shell tests with a headless leader driver, headless
# followers and a hostile peer: output format and notes, 200 followers,
# misbehaving peers and leaders, permissions, and followers on another
# machine through OpenSSH's socket forwarding (skipped without sshd).
CLASS_TEST_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
CLASS_TEST_LIBS = src/class/libclass.a $(CMOCKA_LIBS) $(LIBS)

check_PROGRAMS += tests/class/test_wire tests/class/test_state tests/class/test_session \
	tests/class/leader_driver tests/class/headless tests/class/hostile
CLASS_SHELL_TESTS = tests/class/session.sh tests/class/many.sh tests/class/hostile.sh \
	tests/class/perms.sh tests/class/ssh-forward.sh
TESTS += tests/class/test_wire tests/class/test_state tests/class/test_session \
	$(CLASS_SHELL_TESTS)
EXTRA_DIST += $(CLASS_SHELL_TESTS) tests/class/lib.sh

tests_class_test_wire_SOURCES = tests/class/test_wire.c
tests_class_test_wire_CPPFLAGS = $(CLASS_TEST_CPPFLAGS)
tests_class_test_wire_LDADD = $(CLASS_TEST_LIBS)
tests_class_test_state_SOURCES = tests/class/test_state.c
tests_class_test_state_CPPFLAGS = $(CLASS_TEST_CPPFLAGS)
tests_class_test_state_LDADD = $(CLASS_TEST_LIBS)
tests_class_test_session_SOURCES = tests/class/test_session.c
tests_class_test_session_CPPFLAGS = $(CLASS_TEST_CPPFLAGS)
tests_class_test_session_LDADD = $(CLASS_TEST_LIBS)

tests_class_leader_driver_SOURCES = tests/class/leader_driver.c
tests_class_leader_driver_LDADD = src/class/libclass.a
tests_class_hostile_SOURCES = tests/class/hostile.c
tests_class_headless_SOURCES = tests/class/headless.c
# cli.o's command table brings every command along.
tests_class_headless_LDADD = src/cli/libcli.a src/progress/libprogress.a src/class/libclass.a \
	src/search/libsearch.a $(PCRE2_LIBS) $(TEST_LIBS)
