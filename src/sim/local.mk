# src/sim/local.mk — the shared simulation core (libc, libm, GSL only).
noinst_LIBRARIES += src/sim/libsim.a
src_sim_libsim_a_SOURCES = \
	src/sim/sim.h src/sim/sim_impl.h \
	src/sim/registry.c src/sim/params.c src/sim/series.c \
	src/sim/rng.c src/sim/stats.c src/sim/stepper.c src/sim/suggest.c \
	src/sim/validate.c \
	src/sim/model_detachment.c src/sim/model_intravasation.c \
	src/sim/model_circulation.c src/sim/model_arrest.c \
	src/sim/model_organs.c src/sim/model_colonisation.c \
	src/sim/model_cascade.c
# GSL_CFLAGS is pkg-config's -I list: preprocessor flags.
src_sim_libsim_a_CPPFLAGS = $(AM_CPPFLAGS) $(GSL_CFLAGS)
