#!/usr/bin/env python3
"""Writes the hostile reader inputs of issue #14.6 (tests/data/hostile/). Run
from this folder; the files are committed, this script says how they were made.
Each one is small on disk and huge (or treacherous) once read."""
import struct
import zipfile

WORKBOOK = ('<?xml version="1.0"?><workbook xmlns:r="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/>'
            '</sheets></workbook>')
RELS = ('<?xml version="1.0"?><Relationships><Relationship Id="rId1" '
        'Target="worksheets/sheet1.xml"/></Relationships>')


def xlsx(name, sheet, shared=None):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)


HEADER_ROW = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c>'
              '<c r="B1" t="inlineStr"><is><t>Chức vụ</t></is></c></row>')

# 11 million empty shared strings: 0.15 MB zipped, 2.2 GB in memory before the cap.
xlsx("xlsx-shared-strings-bomb.xlsx",
     '<worksheet><sheetData>' + HEADER_ROW + '</sheetData></worksheet>',
     '<sst>' + '<si><t/></si>' * 11_000_000 + '</sst>')

# 1 048 575 data rows of one cell: every row a dossier before the cap.
xlsx("xlsx-million-rows.xlsx",
     '<worksheet><sheetData>' + HEADER_ROW
     + ''.join('<row><c t="inlineStr"><is><t>A</t></is></c></row>' for _ in range(1_048_575))
     + '</sheetData></worksheet>')

# One cell of 190 million characters.
xlsx("xlsx-huge-cell.xlsx",
     '<worksheet><sheetData>' + HEADER_ROW + '<row r="2"><c r="A2" t="inlineStr"><is><t>'
     + 'x' * 190_000_000 + '</t></is></c></row></sheetData></worksheet>')

# An external entity declared in a DTD (XXE): the text would silently lose it.
xlsx("xlsx-external-entity.xlsx",
     '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
     '<worksheet><sheetData>' + HEADER_ROW
     + '<row r="2"><c r="A2" t="inlineStr"><is><t>An&xxe;</t></is></c></row></sheetData></worksheet>')

# An entity used but never declared, in a shared string used by cell B3.
xlsx("xlsx-undeclared-entity.xlsx",
     '<worksheet><sheetData>' + HEADER_ROW
     + '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>0</v></c></row>'
     + '<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c></row></sheetData></worksheet>',
     '<sst><si><t>Nguyễn Văn An</t></si><si><t>Giáo &xxe; viên</t></si></sst>')


def cfb_with_streams(name, streams):
    """A minimal OLE compound file (v3, 512-byte sectors) whose directory holds
    the given empty streams: how Excel stores a password-protected XLSX
    ("EncryptionInfo" + "EncryptedPackage", [MS-OFFCRYPTO] 2.3.4.1)."""
    END, FREE, FATSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    header = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 16
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0)
    header += struct.pack("<I", 0) + struct.pack("<I", FREE) * 108
    fat = struct.pack("<II", FATSECT, END) + struct.pack("<I", FREE) * 126

    def entry(label, kind, child=FREE, right=FREE):
        encoded = (label + "\0").encode("utf-16-le")
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", FREE, right, child) + b"\0" * 16 + b"\0" * 4
                + b"\0" * 16 + struct.pack("<IQ", END, 0))

    directory = entry("Root Entry", 5, child=1)
    for i, stream in enumerate(streams):
        directory += entry(stream, 2, right=(i + 2) if i + 1 < len(streams) else FREE)
    directory = directory.ljust(512, b"\0")
    with open(name, "wb") as f:
        f.write(header + fat + directory)


cfb_with_streams("xlsx-password.xlsx", ["EncryptionInfo", "EncryptedPackage"])
