#!/usr/bin/env python3
"""Renders the pictures of docs/import-format.md (docs/screenshots/import-layouts/):
each layout of tests/data/units/make_unit_files.py as a unit would open it.

    python3 scripts/import-layout-pictures.py

The flat OpenDocument files of make_unit_files.py are written in a temporary
folder, given column widths, a printed grid and a page header naming the file
and the sheet; LibreOffice saves them as the format shown (.xlsx, .xls, .ods,
.docx) and prints that file to PDF, one page per sheet
(each sheet fitted on one landscape page); pdftoppm renders it at 80 dpi in grey, and the page is
cropped to what is printed and written as a 4-bit grey PNG (small files
without ImageMagick). Needs soffice (LibreOffice 7.4+) and pdftoppm."""
import os
import re
import runpy
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from xml.sax.saxutils import unescape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
UNITS = os.path.join(ROOT, 'tests', 'data', 'units')
OUT = os.path.join(ROOT, 'docs', 'screenshots', 'import-layouts')

# picture name: (source written by make_unit_files.py, format shown)
PICTURES = {
    'title-signature': ('unit-title-signature.fods', 'xlsx'),
    'nam-nu': ('unit-nam-nu.fods', 'xlsx'),
    'sheets': ('unit-sheets.fods', 'xlsx'),
    'xls': ('unit-nam-nu.fods', 'xls'),
    'ods': ('unit-title-signature.fods', 'ods'),
    'word': ('unit-word.fodt', 'docx'),
    'position-unit': ('unit-position-unit.fods', 'xlsx'),
}

# A landscape A4 page, each sheet fitted on one page, a header naming the file
# and the sheet (as a unit's file is printed); "cb" is a cell with borders.
PAGE_STYLES = (
    '<office:automatic-styles>%s'
    '<style:style style:name="cb" style:family="table-cell"><style:table-cell-properties '
    'fo:border="0.6pt solid #000000"/></style:style>'
    '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" '
    'fo:page-height="21cm" style:print-orientation="landscape" fo:margin="1cm" style:scale-to-X="1" '
    'style:scale-to-Y="1"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" '
    'fo:margin-bottom="0.3cm"/></style:header-style></style:page-layout>'
    '</office:automatic-styles><office:master-styles><style:master-page style:name="Default" '
    'style:page-layout-name="pm1"><style:header><style:region-left><text:p>[<text:file-name '
    'text:display="name-and-extension"/>] <text:sheet-name/></text:p></style:region-left></style:header>'
    '<style:footer style:display="false"/></style:master-page></office:master-styles>')


def bordered(table_xml):
    """Borders on the list itself: rows of four cells or more with text, and a
    sub-header row between two of them; not the title or signature rows."""
    rows = re.findall(r'<table:table-row>.*?</table:table-row>', table_xml, re.S)
    full = [len(re.findall(r'<text:p>', r)) >= 4 for r in rows]
    for i, row in enumerate(rows):
        if full[i] or (0 < i < len(rows) - 1 and full[i - 1] and full[i + 1]):
            table_xml = table_xml.replace(row, re.sub(r'<table:(table-cell|covered-table-cell)',
                                                      r'<table:\1 table:style-name="cb"', row), 1)
    return table_xml


def widths(table_xml):
    """Per column, in characters: the longest text of a cell that is not merged
    across columns; a merged cell's text widens the last of its columns."""
    longest, merged = {}, []
    for row in re.findall(r'<table:table-row>(.*?)</table:table-row>', table_xml, re.S):
        column = 0
        for cell in re.finditer(r'<table:(table-cell|covered-table-cell)([^>]*?)(/>|>(.*?)</table:table-cell>)',
                                row, re.S):
            attrs, body = cell.group(2), cell.group(4) or ''
            span = re.search(r'number-columns-spanned="(\d+)"', attrs)
            text = max((unescape(t) for t in re.findall(r'<text:p>(.*?)</text:p>', body)), key=len, default='')
            if span:
                merged.append((column, int(span.group(1)), len(text)))
            else:
                longest[column] = max(longest.get(column, 0), len(text))
            column += 1  # a merged cell is followed by its covered cells
    count = max(list(longest) + [c + n - 1 for c, n, _ in merged], default=-1) + 1
    result = [longest.get(c, 0) for c in range(count)]
    for first, span, chars in merged:
        covered = sum(max(4, result[c]) for c in range(first, first + span))
        if chars > covered and span < count:  # not a title across the whole table
            result[first + span - 1] += chars - covered
    return result


def styled_spreadsheet(xml):
    """Column widths from the content, the page style of PAGE_STYLES."""
    styles = []

    def columns(match):
        table = match.group(0)
        head = []
        for chars in widths(table):
            name = 'co%d' % len(styles)
            styles.append('<style:style style:name="%s" style:family="table-column"><style:table-column-properties '
                          'style:column-width="%.2fcm"/></style:style>' % (name, max(0.9, 0.19 * chars + 0.3)))
            head.append('<table:table-column table:style-name="%s"/>' % name)
        return re.sub(r'(<table:table [^>]*>)', lambda m: m.group(1) + ''.join(head), bordered(table), count=1)

    xml = re.sub(r'<table:table [^>]*>.*?</table:table>', columns, xml, flags=re.S)
    return xml.replace('<office:body>', PAGE_STYLES % ''.join(styles) + '<office:body>', 1)


def styled_text(xml):
    """A landscape page and a table with borders for the Word document."""
    styles = ('<office:automatic-styles><style:style style:name="cb" style:family="table-cell">'
              '<style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>'
              '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" '
              'fo:page-height="21cm" style:print-orientation="landscape" fo:margin="1cm"/></style:page-layout>'
              '</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" '
              'style:page-layout-name="pm1"/></office:master-styles>')
    xml = xml.replace('<table:table-cell office:value-type="string"',
                      '<table:table-cell table:style-name="cb" office:value-type="string"')
    return xml.replace('<office:body>', styles + '<office:body>', 1)


def soffice(args, folder):
    subprocess.run(['soffice', '--headless', *args], cwd=folder, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def read_pgm(path):
    with open(path, 'rb') as f:
        data = f.read()
    magic, width, height, maxval, pixels = re.match(rb'(P5)\s+(\d+)\s+(\d+)\s+(\d+)\s(.*)', data, re.S).groups()
    width, height = int(width), int(height)
    return width, height, [pixels[y * width:(y + 1) * width] for y in range(height)]


def crop(rows, margin=8):
    """The rows and columns holding anything darker than white, in a white margin."""
    dark = [y for y, r in enumerate(rows) if min(r) < 200]
    if not dark:
        return rows
    left = min(next(x for x, v in enumerate(r) if v < 200) for r in rows if min(r) < 200)
    right = max(len(r) - next(x for x, v in enumerate(reversed(r)) if v < 200) for r in rows if min(r) < 200)
    blank = b'\xff' * (right - left + 2 * margin)
    side = b'\xff' * margin
    return ([blank] * margin + [side + r[left:right] + side for r in rows[dark[0]:dark[-1] + 1]]
            + [blank] * margin)


def write_png(path, rows):
    """4-bit grey: 16 levels are plenty for black text on white."""
    width, height = max(len(r) for r in rows), len(rows)
    raw = bytearray()
    for r in rows:
        r = r + b'\xff' * (width - len(r))
        raw.append(0)
        levels = [v * 15 // 255 for v in r] + [15]
        raw.extend((levels[x] << 4) | levels[x + 1] for x in range(0, width, 2))

    def chunk(kind, data):
        body = kind + data
        return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body))

    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 4, 0, 0, 0, 0))
                + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))


def main():
    for tool in ('soffice', 'pdftoppm'):
        if not shutil.which(tool):
            sys.exit('import-layout-pictures: %s not found' % tool)
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        cwd = os.getcwd()
        os.chdir(work)
        try:
            runpy.run_path(os.path.join(UNITS, 'make_unit_files.py'))
        finally:
            os.chdir(cwd)
        for picture, (source, kind) in PICTURES.items():
            folder = os.path.join(work, picture)
            os.makedirs(folder)
            with open(os.path.join(work, source), encoding='utf-8') as f:
                xml = f.read()
            styled = styled_text(xml) if source.endswith('.fodt') else styled_spreadsheet(xml)
            stem = source.rsplit('.', 1)[0]
            with open(os.path.join(folder, source), 'w', encoding='utf-8') as f:
                f.write(styled)
            soffice(['--convert-to', kind, source], folder)
            os.makedirs(os.path.join(folder, 'pdf'))
            soffice(['--convert-to', 'pdf', '--outdir', 'pdf', '%s.%s' % (stem, kind)], folder)
            pdf = os.path.join(folder, 'pdf', stem + '.pdf')
            subprocess.run(['pdftoppm', '-gray', '-r', '80', pdf, os.path.join(folder, 'page')], check=True)
            rows = []
            for page in sorted(p for p in os.listdir(folder) if p.startswith('page')):
                width, height, pixels = read_pgm(os.path.join(folder, page))
                if pixels and min(min(r) for r in pixels) < 200:  # an empty page says nothing
                    rows += crop(pixels)
            widest = max(len(r) for r in rows)
            rows = [r + b'\xff' * (widest - len(r)) for r in rows]
            path = os.path.join(OUT, picture + '.png')
            write_png(path, crop(rows))
            print('%s: %d bytes' % (os.path.relpath(path, ROOT), os.path.getsize(path)))


if __name__ == '__main__':
    main()
