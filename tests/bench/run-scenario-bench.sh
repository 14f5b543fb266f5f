#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# Builds and runs the scenario benchmark: one simulated day (resources/twin/scenarios/one-day.json)
# twice with the same seed; prints wall time, counts, events and both event-log digests.
# Usage: tests/bench/run-scenario-bench.sh [SCENARIO.json] [--runs N] [--json]
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
cd "$src"
build=${VORTEX_BENCH_BUILD_DIR:-$src/build/release}
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset release
fi
# A build dir configured without benchmarks gets them switched on.
cmake -S "$src" -B "$build" -DVORTEX_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target bench_scenario -j2
exec "$build/tests/bench/scenario/bench_scenario" "$@"
