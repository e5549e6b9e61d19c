# tests/fuzz/local.mk — libFuzzer harnesses, one per parser of outside
# input (fuzz_*.c).  `make check` links each with replay.c and replays the
# crashers kept in tests/fuzz/regress/NAME/ and the seed corpora, under
# whatever sanitizers the build has.  `make fuzz FUZZ_SECONDS=N` runs each
# harness under libFuzzer for N seconds, one at a time; it needs a build
# configured with `CC=clang ./configure --enable-fuzzers`.
FUZZ_NAMES = page search glossary walk progress class conf
FUZZ_COMMON = tests/fuzz/fuzz.h tests/fuzz/fuzz_util.c
FUZZ_LIBS = src/progress/libprogress.a src/class/libclass.a src/search/libsearch.a \
	src/view/libview.a src/lesson/liblesson.a src/libcontent.a src/sim/libsim.a \
	src/util/libutil.a $(PCRE2_LIBS) $(CMARK_LIBS) $(GSL_LIBS) $(LIBS)
FUZZ_CPPFLAGS = $(AM_CPPFLAGS) $(PCRE2_CFLAGS) $(CMARK_CFLAGS)

check_PROGRAMS += tests/fuzz/replay_page tests/fuzz/replay_search \
	tests/fuzz/replay_glossary tests/fuzz/replay_walk tests/fuzz/replay_progress \
	tests/fuzz/replay_class tests/fuzz/replay_conf
TESTS += tests/fuzz/replay.sh
EXTRA_DIST += tests/fuzz/replay.sh tests/fuzz/regress tests/fuzz/seeds \
	tests/fuzz/spec-examples.awk

tests_fuzz_replay_page_SOURCES = tests/fuzz/fuzz_page.c tests/fuzz/replay.c $(FUZZ_COMMON)
tests_fuzz_replay_page_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_replay_page_LDADD = $(FUZZ_LIBS)
tests_fuzz_replay_search_SOURCES = tests/fuzz/fuzz_search.c tests/fuzz/replay.c $(FUZZ_COMMON)
tests_fuzz_replay_search_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_replay_search_LDADD = $(FUZZ_LIBS)
tests_fuzz_replay_glossary_SOURCES = tests/fuzz/fuzz_glossary.c tests/fuzz/replay.c $(FUZZ_COMMON)
tests_fuzz_replay_glossary_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_replay_glossary_LDADD = $(FUZZ_LIBS)
tests_fuzz_replay_walk_SOURCES = tests/fuzz/fuzz_walk.c tests/fuzz/replay.c $(FUZZ_COMMON)
tests_fuzz_replay_walk_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_replay_walk_LDADD = $(FUZZ_LIBS)
tests_fuzz_replay_progress_SOURCES = tests/fuzz/fuzz_progress.c tests/fuzz/replay.c $(FUZZ_COMMON)
tests_fuzz_replay_progress_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_replay_progress_LDADD = $(FUZZ_LIBS)
tests_fuzz_replay_class_SOURCES = tests/fuzz/fuzz_class.c tests/fuzz/replay.c $(FUZZ_COMMON)
tests_fuzz_replay_class_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_replay_class_LDADD = $(FUZZ_LIBS)
# The settings reader is linked from its source: libcli.a would bring the
# whole program.
tests_fuzz_replay_conf_SOURCES = tests/fuzz/fuzz_conf.c src/cli/settings.c tests/fuzz/replay.c \
	$(FUZZ_COMMON)
tests_fuzz_replay_conf_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_replay_conf_LDADD = $(FUZZ_LIBS)

# The harnesses under libFuzzer: built only by `make fuzz`.
EXTRA_PROGRAMS += tests/fuzz/fuzz_page tests/fuzz/fuzz_search tests/fuzz/fuzz_glossary \
	tests/fuzz/fuzz_walk tests/fuzz/fuzz_progress tests/fuzz/fuzz_class tests/fuzz/fuzz_conf
CLEANFILES += tests/fuzz/fuzz_page tests/fuzz/fuzz_search tests/fuzz/fuzz_glossary \
	tests/fuzz/fuzz_walk tests/fuzz/fuzz_progress tests/fuzz/fuzz_class tests/fuzz/fuzz_conf
tests_fuzz_fuzz_page_SOURCES = tests/fuzz/fuzz_page.c $(FUZZ_COMMON)
tests_fuzz_fuzz_page_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_page_LDADD = $(FUZZ_LIBS)
tests_fuzz_fuzz_page_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_search_SOURCES = tests/fuzz/fuzz_search.c $(FUZZ_COMMON)
tests_fuzz_fuzz_search_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_search_LDADD = $(FUZZ_LIBS)
tests_fuzz_fuzz_search_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_glossary_SOURCES = tests/fuzz/fuzz_glossary.c $(FUZZ_COMMON)
tests_fuzz_fuzz_glossary_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_glossary_LDADD = $(FUZZ_LIBS)
tests_fuzz_fuzz_glossary_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_walk_SOURCES = tests/fuzz/fuzz_walk.c $(FUZZ_COMMON)
tests_fuzz_fuzz_walk_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_walk_LDADD = $(FUZZ_LIBS)
tests_fuzz_fuzz_walk_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_progress_SOURCES = tests/fuzz/fuzz_progress.c $(FUZZ_COMMON)
tests_fuzz_fuzz_progress_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_progress_LDADD = $(FUZZ_LIBS)
tests_fuzz_fuzz_progress_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_class_SOURCES = tests/fuzz/fuzz_class.c $(FUZZ_COMMON)
tests_fuzz_fuzz_class_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_class_LDADD = $(FUZZ_LIBS)
tests_fuzz_fuzz_class_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_conf_SOURCES = tests/fuzz/fuzz_conf.c src/cli/settings.c $(FUZZ_COMMON)
tests_fuzz_fuzz_conf_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_conf_LDADD = $(FUZZ_LIBS)
tests_fuzz_fuzz_conf_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_LDFLAGS)

# Each harness's seeds: the work corpus (tests/fuzz/work/NAME, in the
# build tree) first, where libFuzzer adds what it finds (the course's
# glossary and the CommonMark spec's examples, as pages, are put there),
# then the crashers and the read-only seeds.
# Crashers land in tests/fuzz/found/.
FUZZ_SECONDS = 60
FUZZ_SEEDS_page = $(srcdir)/content $(srcdir)/tests/lint/broken
FUZZ_SEEDS_search = $(srcdir)/tests/fuzz/seeds/search
FUZZ_SEEDS_glossary = $(srcdir)/tests/fuzz/seeds/glossary
FUZZ_SEEDS_walk = $(srcdir)/examples $(srcdir)/tests/walk/broken
FUZZ_SEEDS_progress = $(srcdir)/tests/fuzz/seeds/progress
FUZZ_SEEDS_class = $(srcdir)/tests/fuzz/seeds/class
FUZZ_SEEDS_conf = $(srcdir)/tests/fuzz/seeds/conf

.PHONY: fuzz
fuzz:
	@test -n "$(FUZZ_LDFLAGS)" || { \
	  echo "make fuzz: configure with 'CC=clang ./configure --enable-fuzzers' first" >&2; \
	  exit 2; }
	$(MAKE) $(AM_MAKEFLAGS) $(FUZZ_NAMES:%=tests/fuzz/fuzz_%$(EXEEXT))
	@for name in $(FUZZ_NAMES); do \
	  mkdir -p tests/fuzz/work/$$name tests/fuzz/found || exit 1; \
	  case $$name in \
	  glossary) cp $(srcdir)/content/glossary.md tests/fuzz/work/glossary/course.md;; \
	  page) $(AWK) -f $(srcdir)/tests/fuzz/spec-examples.awk -v dir=tests/fuzz/work/page \
	          $(srcdir)/tests/corpus/commonmark-spec.txt;; \
	  esac; \
	  echo "== fuzz_$$name for $(FUZZ_SECONDS) s"; \
	  case $$name in \
	  page) seeds="$(FUZZ_SEEDS_page)";; search) seeds="$(FUZZ_SEEDS_search)";; \
	  glossary) seeds="$(FUZZ_SEEDS_glossary)";; walk) seeds="$(FUZZ_SEEDS_walk)";; \
	  progress) seeds="$(FUZZ_SEEDS_progress)";; class) seeds="$(FUZZ_SEEDS_class)";; \
	  conf) seeds="$(FUZZ_SEEDS_conf)";; \
	  esac; \
	  regress=$(srcdir)/tests/fuzz/regress/$$name; test -d $$regress || regress=; \
	  tests/fuzz/fuzz_$$name -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	    -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix=tests/fuzz/found/$$name- \
	    tests/fuzz/work/$$name $$regress $$seeds || exit 1; \
	done
clean-local: clean-fuzz
clean-fuzz:
	-rm -rf tests/fuzz/work tests/fuzz/found
