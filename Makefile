# bilateral: build and install.
#   make                    release build
#   make install            installs under PREFIX (default /usr/local), staged in DESTDIR
#   make install PREFIX=/usr DESTDIR=/tmp/pkg
# The executable finds its resource bundles (the shipped lexicons) beside its
# real path, so both go to $(LIBDIR)/bilateral and $(BINDIR)/bilateral is a link.

PREFIX      ?= /usr/local
DESTDIR     ?=
BINDIR      ?= $(PREFIX)/bin
LIBDIR      ?= $(PREFIX)/lib
SYSCONFDIR  ?= /etc
UNITDIR     ?= $(PREFIX)/lib/systemd/system
SYSUSERSDIR ?= $(PREFIX)/lib/sysusers.d
TMPFILESDIR ?= $(PREFIX)/lib/tmpfiles.d
DOCDIR      ?= $(PREFIX)/share/doc/bilateral
SWIFT       ?= swift
CONFIG      ?= release
BUILDDIR     = $(shell $(SWIFT) build -c $(CONFIG) --show-bin-path)

.PHONY: all build install uninstall

all: build

build:
	$(SWIFT) build -c $(CONFIG) --product bilateral

install: build
	install -d "$(DESTDIR)$(LIBDIR)/bilateral" "$(DESTDIR)$(BINDIR)"
	install -m 0755 "$(BUILDDIR)/bilateral" "$(DESTDIR)$(LIBDIR)/bilateral/bilateral"
	for bundle in "$(BUILDDIR)"/*.resources; do \
		[ -d "$$bundle" ] || continue; \
		rm -rf "$(DESTDIR)$(LIBDIR)/bilateral/$$(basename "$$bundle")"; \
		cp -R "$$bundle" "$(DESTDIR)$(LIBDIR)/bilateral/"; \
		chmod -R u=rwX,go=rX "$(DESTDIR)$(LIBDIR)/bilateral/$$(basename "$$bundle")"; \
	done
	ln -sf "$(LIBDIR)/bilateral/bilateral" "$(DESTDIR)$(BINDIR)/bilateral"
	install -d "$(DESTDIR)$(UNITDIR)" "$(DESTDIR)$(SYSUSERSDIR)" "$(DESTDIR)$(TMPFILESDIR)" \
		"$(DESTDIR)$(SYSCONFDIR)/bilateral"
	sed 's#/usr/local/bin/bilateral#$(BINDIR)/bilateral#' systemd/bilateral.service \
		> "$(DESTDIR)$(UNITDIR)/bilateral.service"
	chmod 0644 "$(DESTDIR)$(UNITDIR)/bilateral.service"
	install -m 0644 systemd/bilateral.sysusers.conf "$(DESTDIR)$(SYSUSERSDIR)/bilateral.conf"
	install -m 0644 systemd/bilateral.tmpfiles.conf "$(DESTDIR)$(TMPFILESDIR)/bilateral.conf"
	install -d "$(DESTDIR)$(DOCDIR)"
	install -m 0644 README.md "$(DESTDIR)$(DOCDIR)/README.md"
	install -m 0644 Sources/BilateralClassifier/Lexicon/FORMAT.md "$(DESTDIR)$(DOCDIR)/lexicon-format.md"
	[ -e "$(DESTDIR)$(SYSCONFDIR)/bilateral/bilateral.yaml" ] || \
		install -m 0644 systemd/bilateral.yaml "$(DESTDIR)$(SYSCONFDIR)/bilateral/bilateral.yaml"
	@echo "installed; then: systemd-sysusers && systemd-tmpfiles --create && systemctl daemon-reload && systemctl enable --now bilateral"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/bilateral" "$(DESTDIR)$(UNITDIR)/bilateral.service" \
		"$(DESTDIR)$(SYSUSERSDIR)/bilateral.conf" "$(DESTDIR)$(TMPFILESDIR)/bilateral.conf"
	rm -rf "$(DESTDIR)$(LIBDIR)/bilateral" "$(DESTDIR)$(DOCDIR)"
