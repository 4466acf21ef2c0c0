#!/usr/bin/env python3
"""Three-way merge of Qt Linguist .ts files, message by message.

Used as a git merge driver for resources/translations/*.ts (see
docs/architecture.md, "Vietnamese"), so that two branches that each add strings
and their translations merge without a textual conflict:

    git config merge.tsunion.driver 'python3 scripts/ts-merge.py %O %A %B'

A message is identified by its context, source text and disambiguation comment.
The result keeps every message of either side that the other side did not
delete; where both sides changed a translation, ours wins. After a merge, run
`cmake --build build --target update_translations` to drop strings no source
uses any more. Exit status 0: merged into OURS (the %A file).
"""
import sys
import xml.etree.ElementTree as ET


def key_of(msg):
    src = msg.findtext("source") or ""
    comment = msg.findtext("comment") or ""
    return (src, comment, msg.get("numerus", ""))


def load(path):
    try:
        tree = ET.parse(path)
    except (ET.ParseError, FileNotFoundError):
        return None, {}
    messages = {}
    for ctx in tree.getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            messages[(name, *key_of(msg))] = msg
    return tree, messages


def translation_of(msg):
    tr = msg.find("translation")
    if tr is None:
        return ("", "unfinished")
    forms = [f.text or "" for f in tr.findall("numerusform")]
    return ("\x1f".join(forms) if forms else (tr.text or ""), tr.get("type", ""))


def main(base_path, ours_path, theirs_path):
    _, base = load(base_path)
    ours_tree, ours = load(ours_path)
    theirs_tree, theirs = load(theirs_path)
    if ours_tree is None or theirs_tree is None:
        return 1
    root = ours_tree.getroot()
    contexts = {ctx.findtext("name") or "": ctx for ctx in root.findall("context")}

    # Deleted on their side (present in base, untouched here, gone there).
    for k, msg in list(ours.items()):
        if k in base and k not in theirs and translation_of(msg) == translation_of(base[k]):
            contexts[k[0]].remove(msg)
            del ours[k]

    for k, msg in theirs.items():
        if k in ours:
            mine = ours[k]
            changed_here = k not in base or translation_of(mine) != translation_of(base[k])
            if not changed_here and translation_of(msg) != translation_of(mine):
                mine.remove(mine.find("translation"))
                mine.append(msg.find("translation"))
            continue
        if k in base:  # we deleted it
            continue
        ctx = contexts.get(k[0])
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = k[0]
            contexts[k[0]] = ctx
        ctx.append(msg)

    for ctx in list(root.findall("context")):
        if not ctx.findall("message"):
            root.remove(ctx)
    # lupdate's layout: <context> at the margin, its children indented by four
    # spaces. Only whitespace between elements is touched: the text of a
    # <source> (multi-line help texts keep their leading spaces) stays as is.
    root.text = "\n"
    for ctx in root.findall("context"):
        ET.indent(ctx, space="    ", level=0)
        ctx.tail = "\n"
    text = ET.tostring(root, encoding="unicode")
    with open(ours_path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(text + "\n")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.stderr.write("usage: ts-merge.py BASE OURS THEIRS\n")
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
