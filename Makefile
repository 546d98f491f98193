# Liaison — the two commands of the README: `make demo` and `make test`.
SWIFT      ?= swift
OUT        ?= out
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN_DEBUG   = .build/debug/liaison
BIN_RELEASE = .build/release/liaison
# Where `make completions` installs the shell completion scripts (override any of them).
COMPLETIONS_PREFIX ?= $(HOME)/.local/share
BASH_COMPLETIONS   ?= $(COMPLETIONS_PREFIX)/bash-completion/completions
ZSH_COMPLETIONS    ?= $(COMPLETIONS_PREFIX)/zsh/site-functions
FISH_COMPLETIONS   ?= $(COMPLETIONS_PREFIX)/fish/vendor_completions.d

.PHONY: all deps browser-deps browser-test build release test demo bench bench-quick spark-deps spark-test spark-check fuzz fuzz-build clean completions

all: build

# The Graphviz C library (with its headers and pkg-config file), zlib's headers (gzip input) and
# fonts for PNG/PDF drawings: DejaVu (Latin, Cyrillic, Greek), WenQuanYi Zen Hei (Chinese, Japanese
# kana and Korean Hangul in one 16 MB package; fonts-droid-fallback is 7 MB but draws Hangul as
# boxes, the Korean packages are 28-33 MB, Noto CJK over 100 MB) and Symbola (emoji as monochrome
# outlines, 3 MB, which scale in PDF like any text; Noto Color Emoji is 10 MB of colour bitmaps).
# Pango falls back to them per glyph.
FONT_PACKAGES = fonts-dejavu-core fonts-wqy-zenhei fonts-symbola fontconfig
deps:
	@if ! pkg-config --exists libgvc zlib 2>/dev/null || ! fc-list 2>/dev/null | grep -qi dejavu \
		|| ! fc-list 2>/dev/null | grep -qi "wenquanyi zen hei" || ! fc-list 2>/dev/null | grep -qi symbola; then \
		echo "Installing libgraphviz-dev, zlib1g-dev, pkg-config and fonts ($(FONT_PACKAGES))…"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libgraphviz-dev zlib1g-dev pkg-config $(FONT_PACKAGES) >/dev/null; \
	fi

# Debian's Chromium for the browser tests of the HTML report (Tests/Browser, ReportBrowserTests):
# `make test` skips them with a message when it is missing; this target installs it and runs them.
browser-deps:
	@command -v chromium >/dev/null || { echo "Installing chromium…"; $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

browser-test: browser-deps deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --filter ReportBrowser

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The main job on the bundled sample network: summary, bridge contacts, weak-tie reach, the
# introduction plan, the drawings and the HTML report.
demo: release
	@mkdir -p $(OUT)
	@$(BIN_RELEASE) summary data/demo
	@echo
	@$(BIN_RELEASE) bridges data/demo --top 5 2>/dev/null
	@echo
	@$(BIN_RELEASE) reach data/demo 2>/dev/null | head -20
	@echo
	@$(BIN_RELEASE) plan data/demo --draw $(OUT)/plan.svg 2>/dev/null
	@$(BIN_RELEASE) render data/demo -o $(OUT)/network.svg 2>/dev/null
	@$(BIN_RELEASE) render data/demo --view ego -o $(OUT)/ego.svg 2>/dev/null
	@$(BIN_RELEASE) report data/demo -o $(OUT)/report.html 2>/dev/null
	@$(BIN_RELEASE) render data/demo --format png -o $(OUT)/network.png 2>/dev/null
	@$(BIN_RELEASE) render data/demo --view ego --format png -o $(OUT)/ego.png 2>/dev/null
	@$(BIN_RELEASE) plan data/demo --draw $(OUT)/plan.png >/dev/null 2>&1
	@if command -v chromium >/dev/null; then \
		chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,900 \
			--screenshot=$(abspath $(OUT))/report.png file://$(abspath $(OUT))/report.html >/dev/null 2>&1 || true; \
		for v in network ego plan; do \
			printf '<!DOCTYPE html><meta charset="utf-8"><body style="margin:0;background:#fff"><img src="%s.svg" style="width:100vw;height:100vh;object-fit:contain">\n' $$v > $(OUT)/.preview-$$v.html; \
			chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,1000 \
				--screenshot=$(abspath $(OUT))/$$v-small.png file://$(abspath $(OUT))/.preview-$$v.html >/dev/null 2>&1 || true; \
			rm -f $(OUT)/.preview-$$v.html; \
		done; \
	else echo "(no chromium: out/report.png and out/*-small.png not written; make browser-deps installs it)"; fi
	@echo
	@echo "Bringing your own network in: the sample exports of data/samples (LinkedIn, vCard, Google"
	@echo "Contacts, mbox, iCalendar) imported into $(OUT)/from-exports, then its report:"
	@rm -rf $(OUT)/from-exports
	@$(BIN_RELEASE) log $(OUT)/from-exports contact --name "Me Myself" --kind me --email me@example.com >/dev/null
	@$(BIN_RELEASE) import auto $(addprefix data/samples/,Connections.csv contacts.vcf google-contacts.csv mail.mbox calendar.ics) \
		--into $(OUT)/from-exports --skip-bad 2>/dev/null
	@$(BIN_RELEASE) report $(OUT)/from-exports -o $(OUT)/from-exports.html 2>/dev/null
	@echo
	@echo "Wrote $(OUT)/report.html, $(OUT)/network.svg, $(OUT)/ego.svg, $(OUT)/plan.svg and $(OUT)/from-exports.html,"
	@echo "and pictures: $(OUT)/network.png, ego.png, plan.png (full size), and for the README (docs/images)"
	@echo "$(OUT)/network-small.png, ego-small.png, plan-small.png and report.png"

# Liaison vs python-igraph, NetworkX, NetworKit and rustworkx (bench/README.md): creates bench/.venv,
# writes the seeded inputs, builds the bench package (bench/Package.swift, its own build folder
# bench/.build) in release, prints the tables (also in bench/results.md): the graph workloads, then
# approximate betweenness on W against exact values (computed once and cached in bench/inputs).
# About half an hour on 2 cores, most of it the peers and the exact values on W.
bench: deps
	python3 bench/run.py

# The same on small inputs (bench/results-quick.md): a minute or two.
bench-quick: deps
	python3 bench/run.py --quick

# The Spark job (scale/spark, docs/scale.md) against the Swift output on data/demo and on a synthetic
# workspace of 20,000 contacts and 10^6 interactions, in local[2] mode. Installs a Java 17 runtime
# (Debian's openjdk-17-jre-headless) when none is there, and pyspark + networkx into scale/.venv (a
# large download, hence not part of `make test`). About an hour on 2 cores shared with builds (nice 19).
SPARK_VENV ?= scale/.venv
spark-deps:
	@if ! java -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])'; then \
		echo "Installing openjdk-17-jre-headless…"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq openjdk-17-jre-headless >/dev/null; \
	fi
	@test -x $(SPARK_VENV)/bin/python || python3 -m venv $(SPARK_VENV)
	@$(SPARK_VENV)/bin/python -c "import pyspark, networkx" 2>/dev/null || \
		{ echo "Installing pyspark and networkx into $(SPARK_VENV)…"; $(SPARK_VENV)/bin/pip install -q pyspark networkx; }

# The job's unit tests (scale/spark/tests: liaison.toml, dates, one pair's tie by hand, multi-party
# sharing, embeddedness, components, PageRank against NetworkX) in a local Spark; part of spark-check.
spark-test: spark-deps
	$(SPARK_VENV)/bin/python -m unittest discover -s scale/spark/tests -v

spark-check: spark-deps release spark-test
	$(SPARK_VENV)/bin/python scale/spark/check.py --liaison $(BIN_RELEASE) --work scale/work

# Completion scripts for bash, zsh and fish (swift-argument-parser's --generate-completion-script):
# workspaces complete as folders, --edges as files. bash-completion and fish find the default
# places by themselves; zsh needs the folder in $$fpath (README, "Shell completion").
completions: release
	@mkdir -p "$(BASH_COMPLETIONS)" "$(ZSH_COMPLETIONS)" "$(FISH_COMPLETIONS)"
	@$(BIN_RELEASE) --generate-completion-script bash > "$(BASH_COMPLETIONS)/liaison"
	@$(BIN_RELEASE) --generate-completion-script zsh > "$(ZSH_COMPLETIONS)/_liaison"
	@$(BIN_RELEASE) --generate-completion-script fish > "$(FISH_COMPLETIONS)/liaison.fish"
	@echo "installed $(BASH_COMPLETIONS)/liaison, $(ZSH_COMPLETIONS)/_liaison, $(FISH_COMPLETIONS)/liaison.fish"

# libFuzzer over Liaison's readers (docs/robustness.md). The targets are compiled with swiftc
# directly, not through SwiftPM: with -O and whole-module optimisation, the objects SwiftPM built
# for the library modules carried no coverage counters, so libFuzzer mutated blind. Here each
# module (LiaisonGraph, Liaison, the entry points) is one swiftc invocation with the fuzzer and
# address sanitizers and explicit -sanitize-coverage (which -O drops from -sanitize=fuzzer alone);
# every Swift function of the readers is instrumented. Each target then runs FUZZ_SECONDS at
# nice 19 on one core, from fuzz/corpus/<target> with fuzz/dict/<target>.dict when there is one
# (new inputs go to fuzz/.work/<target>, crashes to fuzz/.work/crashes/). A crash input belongs in
# fuzz/regressions/<target>/, which `make test` replays.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= csv workspace edges-csv edges-snap edges-graphml edges-gml edges-pajek date toml \
                vcard mbox ics linkedin google-csv
# Leak detection is off: FoundationXML leaks a CFString per GraphML parse error (docs/robustness.md).
# Crashes, overflows and use-after-free are still reported.
FUZZ_FLAGS   ?= -max_len=4096 -timeout=10 -rss_limit_mb=2048 -detect_leaks=0
# malloc_context_size=0: ASan records no stack per allocation (a heap report then lacks the
# allocation's stack, not the fault's); the allocation-heavy readers run ~1.6 times as fast.
FUZZ_ASAN    ?= detect_leaks=0:malloc_context_size=0
FUZZ_OUT      = fuzz/.build/coverage
FUZZ_SWIFTC   = swiftc -O -wmo -swift-version 6 -parse-as-library -sanitize=fuzzer,address \
                -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table -I $(FUZZ_OUT) -I Sources/CZlib

$(FUZZ_OUT)/LiaisonGraph.o: $(shell find Sources/LiaisonGraph -name '*.swift')
	@mkdir -p $(FUZZ_OUT)
	nice -n 19 $(FUZZ_SWIFTC) -module-name LiaisonGraph -emit-module -emit-module-path $(FUZZ_OUT)/LiaisonGraph.swiftmodule -c $^ -o $@

$(FUZZ_OUT)/Liaison.o: $(shell find Sources/Liaison -name '*.swift') $(FUZZ_OUT)/LiaisonGraph.o
	nice -n 19 $(FUZZ_SWIFTC) -module-name Liaison -emit-module -emit-module-path $(FUZZ_OUT)/Liaison.swiftmodule -c $(filter %.swift,$^) -o $@

$(FUZZ_OUT)/FuzzEntryPoints.o: fuzz/Sources/FuzzEntryPoints/FuzzEntryPoints.swift $(FUZZ_OUT)/Liaison.o
	nice -n 19 $(FUZZ_SWIFTC) -module-name FuzzEntryPoints -emit-module -emit-module-path $(FUZZ_OUT)/FuzzEntryPoints.swiftmodule -c $< -o $@

# The objects linked are prerequisites too: swiftc leaves an object whose bytes would not change
# untouched, so FuzzEntryPoints.o keeps its old date when only Liaison.o changed.
$(FUZZ_OUT)/fuzz-%: fuzz/Sources/fuzz-%/FuzzTarget.swift $(FUZZ_OUT)/FuzzEntryPoints.o $(FUZZ_OUT)/Liaison.o $(FUZZ_OUT)/LiaisonGraph.o
	nice -n 19 $(FUZZ_SWIFTC) -module-name fuzz_target $< $(FUZZ_OUT)/FuzzEntryPoints.o $(FUZZ_OUT)/Liaison.o $(FUZZ_OUT)/LiaisonGraph.o -lz -o $@

fuzz-build: deps $(addprefix $(FUZZ_OUT)/fuzz-,$(FUZZ_TARGETS))

fuzz: fuzz-build
	@mkdir -p fuzz/.work/crashes
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p fuzz/.work/$$t; \
		dict=; [ -f fuzz/dict/$$t.dict ] && dict=-dict=fuzz/dict/$$t.dict; \
		echo "== fuzz-$$t for $(FUZZ_SECONDS) s"; \
		ASAN_OPTIONS=$(FUZZ_ASAN) nice -n 19 $(FUZZ_OUT)/fuzz-$$t fuzz/.work/$$t fuzz/corpus/$$t $$dict $(FUZZ_FLAGS) \
			-max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
			-artifact_prefix=fuzz/.work/crashes/$$t- 2>&1 | grep -E "^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::number_of_executed_units|stat::peak_rss|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)" ; \
	done
	@ls fuzz/.work/crashes | sed 's/^/crash: /'; true

clean:
	rm -rf .build bench/.build fuzz/.build fuzz/.work $(OUT)
