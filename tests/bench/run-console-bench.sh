#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# Builds and runs the whole-console benchmark: console start to first paint with a
# 1,000,000-message store (goal < 1 s) and peak memory with the console open (goal < 300 MB).
# The store is the log benchmark's (generated once and cached under ~/.cache/vortex-bench-log/).
# Usage: tests/bench/run-console-bench.sh [--rows N] [--store FILE]
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
cd "$src"
build=${VORTEX_BENCH_BUILD_DIR:-$src/build/release}
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset release
fi
cmake -S "$src" -B "$build" -DVORTEX_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target bench_console -j2
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec "$build/tests/bench/console/bench_console" "$@"
