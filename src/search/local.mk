# src/search/local.mk — PCRE2 search over laid-out pages.
