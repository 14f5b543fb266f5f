#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# Builds and runs the KPI benchmark: the initial rollup build and the dashboard refresh over
# 7 days of a 1,000,000-message store (goal < 150 ms).
# Usage: tests/bench/run-kpi-bench.sh [--messages N] [--refreshes N]
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
cd "$src"
build=${VORTEX_BENCH_BUILD_DIR:-$src/build/release}
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset release
fi
cmake -S "$src" -B "$build" -DVORTEX_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target bench_kpi -j2
exec "$build/tests/bench/kpi/bench_kpi" "$@"
