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

.PHONY: all deps configure build run test test-fast bench translations clean

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
	cmake --build $(BUILD_DIR)-bench -j$(JOBS) --target bench_dataset
	$(BUILD_DIR)-bench/benchmarks/bench_dataset

# Refreshes translations/*.ts from the sources (lupdate).
translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

clean:
	rm -rf $(BUILD_DIR)
