#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# Builds and runs the relay benchmark (relay with durable group commit vs nginx "return 204").
# Usage: tests/bench/run-relay-bench.sh [--connections K] [--callbacks M] [--no-nginx]
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
cd "$src"
build=${VORTEX_BENCH_BUILD_DIR:-$src/build/release}
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset release
fi
# A build dir configured without benchmarks gets them switched on.
cmake -S "$src" -B "$build" -DVORTEX_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target bench_relay -j2
exec "$build/tests/bench/relay/bench_relay" "$@"
