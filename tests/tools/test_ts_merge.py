#!/usr/bin/env python3
"""scripts/ts-merge.py (the .ts merge driver): two branches that each add a
message merge into one file holding both, and the text of every <source> keeps
its own leading spaces (a multi-line help text whose lines lost their indent
would no longer match its source and show as unfinished in Qt Linguist)."""
import pathlib
import subprocess
import sys
import tempfile

HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">\n'
HELP = "Cách dùng:\n    vinhdanh-cli --db TỆP\n        postgresql://máy/csdl"


def ts(*messages):
    body = "".join(
        f"    <message>\n        <source>{s}</source>\n        <translation>{t}</translation>\n    </message>\n"
        for s, t in messages)
    return HEAD + f"<context>\n    <name>Cli</name>\n{body}</context>\n</TS>\n"


def main(script):
    with tempfile.TemporaryDirectory() as d:
        d = pathlib.Path(d)
        base = ts((HELP, "Usage"))
        (d / "o.ts").write_text(base, encoding="utf-8")
        (d / "a.ts").write_text(ts((HELP, "Usage"), ("Mở", "Open")), encoding="utf-8")
        (d / "b.ts").write_text(ts((HELP, "Usage"), ("Lưu", "Save")), encoding="utf-8")
        subprocess.run([sys.executable, script, d / "o.ts", d / "a.ts", d / "b.ts"], check=True)
        merged = (d / "a.ts").read_text(encoding="utf-8")
        for needle in (f"<source>{HELP}</source>", "<source>Mở</source>", "<source>Lưu</source>",
                       "\n<context>\n    <name>Cli</name>\n    <message>\n        <source>"):
            if needle not in merged:
                print(f"ts-merge: missing {needle!r} in\n{merged}")
                return 1
        # A file merged with itself comes out unchanged.
        (d / "a.ts").write_text(base, encoding="utf-8")
        subprocess.run([sys.executable, script, d / "o.ts", d / "a.ts", d / "o.ts"], check=True)
        if (d / "a.ts").read_text(encoding="utf-8") != base:
            print("ts-merge: a file merged with itself changed")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
