#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
#
# README command (b): install what is missing, check formatting, build (Release, warnings are
# errors) and run every test with CTest. Credential tests talk to a real Secret Service: the
# suite runs inside a private D-Bus session with an unlocked gnome-keyring.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
bash scripts/check-format.sh

cmake --preset ci
cmake --build --preset ci

export VORTEX_KEYRING_PASSWORD=vortex-test-keyring
dbus-run-session -- bash scripts/with-keyring.sh \
    ctest --preset ci --parallel 2 "$@"
