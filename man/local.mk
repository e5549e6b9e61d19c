# man/local.mk — manual pages.
dist_man_MANS += man/cascade.1 man/cascade-content.5
