# completions/local.mk — the bash and zsh completions, installed where each
# shell finds them (configure's --with-bash-completion-dir and
# --with-zsh-completion-dir).  Both ask the program for their words.
bashcompletiondir = $(BASH_COMPLETION_DIR)
dist_bashcompletion_DATA = completions/bash/cascade
zshcompletiondir = $(ZSH_COMPLETION_DIR)
dist_zshcompletion_DATA = completions/zsh/_cascade
