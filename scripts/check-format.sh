#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# Fails when a tracked C++ file differs from what .clang-format asks for. `--fix` rewrites them.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
[ ${#files[@]} -gt 0 ] || exit 0
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
bad=()
for f in "${files[@]}"; do
    clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
    echo "Unformatted code in: ${bad[*]}" >&2
    echo "Run 'bash scripts/check-format.sh --fix' (or clang-format -i FILE)." >&2
    exit 1
fi
echo "clang-format: ${#files[@]} files clean"
