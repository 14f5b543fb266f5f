#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# Builds and runs the relay benchmark (relay with durable group commit vs nginx "return 204").
# Usage: tests/bench/run-relay-bench.sh [--connections K] [--callbacks M] [--no-nginx]
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${VORTEX_BENCH_BUILD_DIR:-$src/build/relay}
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVORTEX_WARNINGS_AS_ERRORS=ON
fi
cmake --build "$build" --target bench_relay -j2
exec "$build/tests/bench/relay/bench_relay" "$@"
