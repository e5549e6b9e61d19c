# etc/local.mk — the site's settings file, installed with every setting
# commented out, and the example walkthrough and README as documentation.
cascadeconfdir = $(sysconfdir)/cascade
dist_cascadeconf_DATA = etc/cascade/config
examplesdir = $(docdir)/examples
dist_examples_DATA = examples/intro-lecture.walk
dist_doc_DATA = README
