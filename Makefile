# Build and install weekboard like any other tool:
#   make install [PREFIX=/usr/local] [DESTDIR=]     make uninstall
# installs the fully static release binary (stripped), its man page and bash, zsh and fish completions.
PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
# Extra flags for the release build (the install test passes --ignore-lock: see InstallTests.swift).
SWIFT_BUILD_FLAGS ?=

BIN := .build/release/weekboard
GENERATE_MANUAL := .build/checkouts/swift-argument-parser/.build/release/generate-manual
MAN_OUT := .build/man

bindir := $(DESTDIR)$(PREFIX)/bin
man1dir := $(DESTDIR)$(PREFIX)/share/man/man1
bashdir := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: all build man install uninstall
all: build

# The README's recommended build: a fully static executable (Swift runtime, FoundationEssentials, ncurses and
# glibc linked in; no dynamic loader at start-up). Why, and what it gives up: docs/performance.md.
RELEASE_FLAGS := -c release --static-swift-stdlib -Xswiftc -static-executable -Xlinker -ltinfo
build:
	$(SWIFT) build $(RELEASE_FLAGS) --product weekboard $(SWIFT_BUILD_FLAGS)

# swift-argument-parser's manual generator, then the dashboard's keys, files, environment and exit status.
man: build
	$(SWIFT) build -c release --package-path .build/checkouts/swift-argument-parser --product generate-manual
	mkdir -p $(MAN_OUT)
	$(GENERATE_MANUAL) $(BIN) --section 1 --output-directory $(MAN_OUT)
	# The generic exit status gives way to weekboard's own (in man/weekboard-sections.1).
	# A blank line is not mdoc (man warns "Empty input line"): paragraphs become .Pp.
	sed -e '/^\.Sh "EXIT STATUS"/,/^\.Ex -std/d' -e 's/^$$/.Pp/' $(MAN_OUT)/weekboard.1 > $(MAN_OUT)/weekboard.1.tmp
	# --store, --person, --read-only and --help are described once, under GLOBAL OPTIONS (man/weekboard-sections.1),
	# not under every command; the dashboard's keys are printed from its key map.
	awk -f man/global-options.awk $(MAN_OUT)/weekboard.1.tmp > $(MAN_OUT)/weekboard.1.body
	$(BIN) manual-section keys > $(MAN_OUT)/keys.1
	cat $(MAN_OUT)/weekboard.1.body $(MAN_OUT)/keys.1 man/weekboard-sections.1 > $(MAN_OUT)/weekboard.1
	rm $(MAN_OUT)/weekboard.1.tmp $(MAN_OUT)/weekboard.1.body $(MAN_OUT)/keys.1

install: build man
	install -d "$(bindir)" "$(man1dir)" "$(bashdir)" "$(zshdir)" "$(fishdir)"
	install -m 755 $(BIN) "$(bindir)/weekboard"
	strip "$(bindir)/weekboard"
	install -m 644 $(MAN_OUT)/weekboard.1 "$(man1dir)/weekboard.1"
	$(BIN) --generate-completion-script bash > "$(bashdir)/weekboard"
	$(BIN) --generate-completion-script zsh > "$(zshdir)/_weekboard"
	$(BIN) --generate-completion-script fish > "$(fishdir)/weekboard.fish"

uninstall:
	rm -f "$(bindir)/weekboard" "$(man1dir)/weekboard.1" "$(bashdir)/weekboard" "$(zshdir)/_weekboard" \
		"$(fishdir)/weekboard.fish"
