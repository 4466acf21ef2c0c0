#!/usr/bin/env python3
"""Writes the seed corpora fuzz/corpus/csv and fuzz/corpus/xlsx: small valid
inputs and broken ones. Run from anywhere; the output is committed."""
import io, os, shutil, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'tests', 'data')
CSV = os.path.join(HERE, 'corpus', 'csv')
XLSX = os.path.join(HERE, 'corpus', 'xlsx')
os.makedirs(CSV, exist_ok=True)
os.makedirs(XLSX, exist_ok=True)

def put(folder, name, data):
    with open(os.path.join(folder, name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))

# --- CSV: the import fixtures and broken files ---------------------------------
for name in sorted(os.listdir(DATA)):
    if name.endswith('.csv'):
        shutil.copy(os.path.join(DATA, name), os.path.join(CSV, name))
header = 'Họ và tên,Đơn vị,Khối,Ngày sinh,Số CCCD\n'
put(CSV, 'small-comma.csv', header + 'Nguyễn Văn An,Phòng Nội vụ,HCSN,01/02/1980,031080001234\n')
put(CSV, 'small-tab-crlf.csv', header.replace(',', '\t').replace('\n', '\r\n') + 'Lê Thị Hà\tUBND xã\tXA\t1985\t\r\n')
put(CSV, 'cr-only.csv', 'a;b;c\rx;y;z\r')
put(CSV, 'quoted-multiline.csv', 'a,b\n"x\ny","say ""hi"""\n" spaced",  "q"\n')
put(CSV, 'unterminated-quote.csv', 'a,b\n"never closed,1\n')
put(CSV, 'nul-byte.csv', b'a,b\n1,\x002\n')
put(CSV, 'bad-utf8.csv', b'a,b\n\xc3\x28,\xff\xfe\n')
put(CSV, 'utf16le-odd.csv', b'\xff\xfea\x00,\x00b')
put(CSV, 'utf16be.csv', '\ufeffa;b\nĐ;ư\n'.encode('utf-16-be'))
put(CSV, 'bom-only.csv', b'\xef\xbb\xbf')
put(CSV, 'only-separators.csv', ',,,\n;;;\n\t\t\n')
put(CSV, 'quote-mid-field.csv', 'a,b\nx"y,"z"w\n')

# --- XLSX -----------------------------------------------------------------------
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<workbookPr date1904="0"/><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>')
SHEET = ('<?xml version="1.0" encoding="UTF-8"?>'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Ngày sinh</t></is></c>'
         '<c r="D1" t="str"><v>Số CCCD</v></c></row>'
         '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" s="1"><v>29221</v></c>'
         '<c r="D3" t="d"><v>1980-02-01T00:00:00</v></c><c r="F3"><v>031080001234</v></c></row>'
         '<row><c t="e"><v>#N/A</v></c><c s="2"><v>60</v></c></row>'
         '</sheetData></worksheet>')
SHARED = ('<?xml version="1.0" encoding="UTF-8"?>'
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">'
          '<si><t>Họ và tên</t></si><si><t>Đơn vị</t></si>'
          '<si><r><t>Nguyễn </t></r><r><rPr><b/></rPr><t>Thị Ánh</t></r><rPh><t>ignored</t></rPh></si></sst>')
STYLES = ('<?xml version="1.0" encoding="UTF-8"?>'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;[Red]&quot;d&quot;"/></numFmts>'
          '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>')
PARTS = [('xl/workbook.xml', WORKBOOK), ('xl/_rels/workbook.xml.rels', RELS),
         ('xl/worksheets/sheet1.xml', SHEET), ('xl/sharedStrings.xml', SHARED), ('xl/styles.xml', STYLES)]

def zipped(parts, method=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', method) as z:
        for name, text in parts:
            z.writestr(name, text)
    return buf.getvalue()

# Raw mode (starts with "PK"): whole workbooks.
valid = zipped(PARTS)
put(XLSX, 'raw-valid.xlsx', valid)
put(XLSX, 'raw-stored.xlsx', zipped(PARTS, zipfile.ZIP_STORED))
put(XLSX, 'raw-truncated.xlsx', valid[: len(valid) // 2])
put(XLSX, 'raw-no-workbook.xlsx', zipped(PARTS[1:]))
put(XLSX, 'raw-empty-zip.xlsx', zipped([]))
put(XLSX, 'raw-bad-crc.xlsx', zipped(PARTS, zipfile.ZIP_STORED).replace('Ngày sinh'.encode(), 'Ngày sinX'.encode()))
template = os.path.join(HERE, '..', 'resources', 'templates', 'danh-sach-trich-ngang.xlsx')
if os.path.exists(template):
    shutil.copy(template, os.path.join(XLSX, 'raw-template.xlsx'))

# Parts mode: the five XML parts separated by NUL (see fuzz_xlsx.cpp).
def parts_mode(*texts):
    return b'\0'.join(t.encode('utf-8') for t in texts)
put(XLSX, 'parts-valid', parts_mode(WORKBOOK, RELS, SHEET, SHARED, STYLES))
put(XLSX, 'parts-no-shared', parts_mode(WORKBOOK, RELS, SHEET.replace('t="s"', 't="n"')))
put(XLSX, 'parts-bad-ref', parts_mode(WORKBOOK, RELS, SHEET.replace('r="A3"', 'r="AAAAA99999999999"'), SHARED))
put(XLSX, 'parts-shared-out-of-range', parts_mode(WORKBOOK, RELS, SHEET.replace('<v>2</v>', '<v>77</v>'), SHARED))
put(XLSX, 'parts-broken-xml', parts_mode(WORKBOOK, RELS, SHEET[:200], SHARED, STYLES))
put(XLSX, 'parts-entities', parts_mode(WORKBOOK, RELS,
    '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    '<worksheet><sheetData><row><c t="inlineStr"><is><t>&b;&b;</t></is></c></row></sheetData></worksheet>'))
put(XLSX, 'parts-date1904', parts_mode(WORKBOOK.replace('date1904="0"', 'date1904="true"'), RELS, SHEET, SHARED, STYLES))

# --- XLS, ODS, DOCX: the unit files of the import tests -------------------------
UNITS = os.path.join(DATA, 'units')
HOSTILE = os.path.join(DATA, 'hostile')
for kind in ('xls', 'ods', 'docx'):
    os.makedirs(os.path.join(HERE, 'corpus', kind), exist_ok=True)
XLS = os.path.join(HERE, 'corpus', 'xls')
ODS = os.path.join(HERE, 'corpus', 'ods')
DOCX = os.path.join(HERE, 'corpus', 'docx')
for name in sorted(os.listdir(UNITS)):
    path = os.path.join(UNITS, name)
    if name.endswith('.xls'):
        shutil.copy(path, os.path.join(XLS, name))
    elif name.endswith('.ods') or name.endswith('.docx'):
        folder, part = (ODS, 'content.xml') if name.endswith('.ods') else (DOCX, 'word/document.xml')
        shutil.copy(path, os.path.join(folder, 'raw-' + name))
        # Parts mode (fuzzfiles.h): the one XML part the reader parses.
        with zipfile.ZipFile(path) as z:
            put(folder, 'parts-' + name.rsplit('.', 1)[0], z.read(part))
shutil.copy(os.path.join(HOSTILE, 'xls-password.xls'), os.path.join(XLS, 'xls-password.xls'))
with open(os.path.join(UNITS, 'unit-sheets.xls'), 'rb') as f:
    xls = f.read()
put(XLS, 'truncated.xls', xls[: len(xls) // 2])
put(XLS, 'header-only.xls', xls[:512])
put(ODS, 'parts-entities', '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:spreadsheet>'
    '<table:table table:name="DS"><table:table-row><table:table-cell table:number-columns-repeated="16384">'
    '<text:p xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">&a;</text:p></table:table-cell>'
    '</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>')
put(DOCX, 'parts-nested-table', '<?xml version="1.0"?><w:document '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr><w:tc>'
    '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Họ và tên</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc>'
    '<w:tc><w:tcPr><w:gridSpan w:val="99999"/><w:vMerge/></w:tcPr><w:p><w:r><w:t>Đơn vị</w:t><w:br/></w:r></w:p>'
    '</w:tc></w:tr></w:tbl></w:body></w:document>')
