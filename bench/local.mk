# bench/local.mk — benchmarks (make bench).  Built on demand, never part of
# make check: timings vary with the machine.
EXTRA_PROGRAMS += bench/sim_bench
bench_sim_bench_SOURCES = bench/sim_bench.c
bench_sim_bench_CPPFLAGS = $(AM_CPPFLAGS) $(GSL_CFLAGS)
bench_sim_bench_LDADD = src/sim/libsim.a src/util/libutil.a $(GSL_LIBS) $(LIBS)
CLEANFILES += bench/sim_bench$(EXEEXT)

.PHONY: bench
bench: bench/sim_bench$(EXEEXT)
	bench/sim_bench$(EXEEXT)

# The search benchmark: whole-course searches, pattern to highlighted spans.
EXTRA_PROGRAMS += bench/search_bench
bench_search_bench_SOURCES = bench/search_bench.c
bench_search_bench_CPPFLAGS = $(AM_CPPFLAGS) $(PCRE2_CFLAGS)
bench_search_bench_LDADD = src/search/libsearch.a src/view/libview.a \
	src/lesson/liblesson.a src/libcontent.a src/sim/libsim.a src/util/libutil.a \
	$(PCRE2_LIBS) $(CMARK_LIBS) $(GSL_LIBS) $(LIBS)
CLEANFILES += bench/search_bench$(EXEEXT)

.PHONY: bench-search
bench: bench-search
bench-search: bench/search_bench$(EXEEXT)
	bench/search_bench$(EXEEXT)

# The class benchmark: how far followers lag their leader, for 1, 20 and
# 200 followers, each a process, as the leader moves and during a clicker
# round in which every follower answers a vote within a second.
EXTRA_PROGRAMS += bench/class_bench
bench_class_bench_SOURCES = bench/class_bench.c
bench_class_bench_LDADD = src/class/libclass.a
CLEANFILES += bench/class_bench$(EXEEXT)

.PHONY: bench-class
bench: bench-class
bench-class: bench/class_bench$(EXEEXT)
	bench/class_bench$(EXEEXT)

# The pty benchmark: cascade against less in a pseudo-terminal at 80x24
# and 200x60 (first frame, keys, bytes, memory, CPU), interleaved.
EXTRA_PROGRAMS += bench/pty_bench
bench_pty_bench_SOURCES = bench/pty_bench.c
bench_pty_bench_LDADD = -lutil
CLEANFILES += bench/pty_bench$(EXEEXT)

.PHONY: bench-pty
bench: bench-pty
bench-pty: bench/pty_bench$(EXEEXT) src/cascade$(EXEEXT)
	-@command -v less >/dev/null || { echo "bench-pty: less is not installed; skipped"; exit 0; }; \
	bench/pty_bench$(EXEEXT) src/cascade$(EXEEXT) 7 $(srcdir)/content
