#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# Builds and runs the paging benchmark: status events applied per second and the lag from an
# inbound ACK at the relay to the incident's state change in the engine.
# Usage: tests/bench/run-paging-bench.sh [--deliveries N] [--acks N]
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
cd "$src"
build=${VORTEX_BENCH_BUILD_DIR:-$src/build/release}
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset release
fi
cmake -S "$src" -B "$build" -DVORTEX_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target bench_paging -j2
exec "$build/tests/bench/paging/bench_paging" "$@"
