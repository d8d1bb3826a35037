# Thin wrapper around CMake. `make run` and `make test` install what is missing, configure and build.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= 2
CMAKE_FLAGS ?=
# ccache hits across checkouts in different folders (CI builds a fresh clone).
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1
ifneq ($(CI),)
CMAKE_FLAGS += -DCROSSWALK_WARNINGS_AS_ERRORS=ON
endif

.PHONY: all deps configure build run test test-fast bench translations brief clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD_DIR) -j$(JOBS)

# Launches the desktop program on the sample database (created on first start in the user's
# application data folder). Pass ARGS="--database FILE" to open another file.
run: build
	$(BUILD_DIR)/app/crosswalk $(ARGS)

# Every test suite (unit, cli, gui) through CTest.
test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j$(JOBS)

# Everything but the suites labelled slow.
test-fast: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j$(JOBS) -LE slow

# Speed and memory at scale (see benchmarks/); not part of `make test`.
bench: deps
	cmake -S . -B $(BUILD_DIR)-bench -DCMAKE_BUILD_TYPE=Release -DCROSSWALK_BUILD_TESTS=OFF -DCROSSWALK_BUILD_BENCHMARKS=ON
	cmake --build $(BUILD_DIR)-bench -j$(JOBS) --target bench_dataset bench_exchange
	$(BUILD_DIR)-bench/benchmarks/bench_dataset
	$(BUILD_DIR)-bench/benchmarks/bench_exchange

# Refreshes translations/*.ts from the sources (lupdate).
translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

# The sample dialogue brief: a fresh sample database in the build folder, then the brief of the next
# Japan-NATO Cyber Dialogue (JP-NATO-CD2) as PDF in English, Japanese and both, and in English as ODT
# and HTML, all in $(BUILD_DIR)/brief/.
BRIEF_DATABASE = $(BUILD_DIR)/brief-sample.db
BRIEF_DIR = $(BUILD_DIR)/brief
BRIEF_CLI = $(BUILD_DIR)/app/crosswalk-cli --database $(BRIEF_DATABASE) brief --dialogue JP-NATO-CD2
brief: configure
	cmake --build $(BUILD_DIR) -j$(JOBS) --target crosswalk-cli
	rm -f $(BRIEF_DATABASE) $(BRIEF_DATABASE)-wal $(BRIEF_DATABASE)-shm
	$(BUILD_DIR)/app/crosswalk-cli --database $(BRIEF_DATABASE) init --sample
	mkdir -p $(BRIEF_DIR)
	$(BRIEF_CLI) --lang en --out $(BRIEF_DIR)/sample-brief-en.pdf
	$(BRIEF_CLI) --lang ja --out $(BRIEF_DIR)/sample-brief-ja.pdf
	$(BRIEF_CLI) --lang en+ja --out $(BRIEF_DIR)/sample-brief-en+ja.pdf
	$(BRIEF_CLI) --lang en --out $(BRIEF_DIR)/sample-brief-en.odt
	$(BRIEF_CLI) --lang en --out $(BRIEF_DIR)/sample-brief-en.html

clean:
	rm -rf $(BUILD_DIR)
