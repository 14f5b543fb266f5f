#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
"""Builds resources/twilio/error-codes.json from shared/twilio-errors/twilio-error-codes.json.

Keeps what the console shows and the twin answers with: code, message, causes, solutions,
product and log level. Run it again when the shared dictionary changes.
"""
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
source = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared/twilio-errors/twilio-error-codes.json"
entries = json.loads(source.read_text(encoding="utf-8"))
out = {}
for e in sorted(entries, key=lambda e: e["code"]):
    out[str(e["code"])] = {
        "message": (e.get("message") or "").strip(),
        "causes": (e.get("causes") or "").strip(),
        "solutions": (e.get("solutions") or "").strip(),
        "product": (e.get("product") or "").strip(),
        "level": (e.get("log_level") or "").strip(),
    }
target = root / "resources/twilio/error-codes.json"
target.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
print(f"{len(out)} codes -> {target.relative_to(root)} ({target.stat().st_size} bytes)")
