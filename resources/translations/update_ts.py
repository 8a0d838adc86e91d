#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Refreshes mostrador_es.ts from the sources (run by hand, never at build time).

lupdate finds tr() and QCoreApplication::translate() by itself; the domain and service
messages go through trMsg("..."), whose context is always "mostrador", so this script
lists those literals as QT_TRANSLATE_NOOP("mostrador", ...) in a scratch file that
lupdate reads too. Usage: resources/translations/update_ts.py (from anywhere)."""
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
TS = ROOT / "resources/translations/mostrador_es.ts"
LUPDATE = "/usr/lib/qt6/bin/lupdate"
# trMsg( followed by one or more adjacent string literals.
TRMSG = re.compile(r'\btrMsg\(\s*((?:"(?:[^"\\\n]|\\.)*"\s*)+)\)')


def trmsg_literals():
    found = []
    for path in sorted((ROOT / "src").rglob("*.[ch]*")):
        text = path.read_text(encoding="utf-8")
        for match in TRMSG.finditer(text):
            found.append(match.group(1).strip())
    return found


def main():
    with tempfile.TemporaryDirectory() as scratch:
        noop = pathlib.Path(scratch) / "trmsg_strings.cpp"
        lines = [f'QT_TRANSLATE_NOOP("mostrador", {lit})' for lit in trmsg_literals()]
        noop.write_text("\n".join(lines) + "\n", encoding="utf-8")
        cmd = [LUPDATE, "-no-obsolete", "-locations", "none", "-target-language", "es_ES",
               str(ROOT / "src"), str(ROOT / "ui"), str(noop), "-ts", str(TS)]
        return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
