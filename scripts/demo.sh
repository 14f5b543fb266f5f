#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
#
# README command (a): install what is missing, build (Release) and open the console in demo mode:
# a Twilio twin and the relay start in-process on free loopback ports.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release -DVORTEX_BUILD_TESTS=OFF
cmake --build --preset release --target vortex-console
exec build/release/app/vortex-console/vortex-console --demo "$@"
