# bench/local.mk — benchmarks (make bench).  Built on demand, never part of
# make check: timings vary with the machine.
EXTRA_PROGRAMS = bench/sim_bench
bench_sim_bench_SOURCES = bench/sim_bench.c
bench_sim_bench_CPPFLAGS = $(AM_CPPFLAGS) $(GSL_CFLAGS)
bench_sim_bench_LDADD = src/sim/libsim.a $(GSL_LIBS) -lm
CLEANFILES += bench/sim_bench$(EXEEXT)

.PHONY: bench
bench: bench/sim_bench$(EXEEXT)
	bench/sim_bench$(EXEEXT)
