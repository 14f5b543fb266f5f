#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# Builds and runs the messages and calls log benchmark: first page painted with a
# 1,000,000-row store (goal < 1 s), peak memory with the panel open (goal < 300 MB), filtered
# queries and scrolling to the end. The store is generated once and cached under
# ~/.cache/vortex-bench-log/.
# Usage: tests/bench/run-log-bench.sh [--rows N] [--store FILE] [--no-scroll]
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
cd "$src"
build=${VORTEX_BENCH_BUILD_DIR:-$src/build/release}
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset release
fi
cmake -S "$src" -B "$build" -DVORTEX_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target bench_log -j2
exec "$build/tests/bench/log/bench_log" "$@"
