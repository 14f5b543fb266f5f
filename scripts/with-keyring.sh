#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
#
# Runs a command with gnome-keyring's Secret Service unlocked in the current D-Bus session
# (call it under dbus-run-session). The keyring lives in a throw-away HOME.
set -euo pipefail
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
printf '%s' "${VORTEX_KEYRING_PASSWORD:-vortex}" \
    | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
export VORTEX_SECRET_SERVICE=available
"$@"
