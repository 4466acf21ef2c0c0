#!/usr/bin/env python3
"""Writes the "real unit file" fixtures of issue #21 (tests/data/units/): the
same 12 valid nominees laid out the ways units send them. Flat OpenDocument
(.fods/.fodt) is written here, then LibreOffice converts it once:

    python3 make_unit_files.py && soffice --headless --convert-to xlsx *.fods ...

(run.sh at the end of this file does both). The converted files are committed."""
from xml.sax.saxutils import escape

NOMINEES = [
    # name, gender, birth year, CCCD, position, unit, bloc
    ("Nguyễn Thị Ánh", "Nữ", 1985, "031185001201", "Giáo viên", "Trường Mầm non Hoa Sen", "MN"),
    ("Trần Thị Bích", "Nữ", 1990, "031190001202", "Giáo viên", "Trường Mầm non Hoa Sen", "MN"),
    ("Lê Văn Cường", "Nam", 1982, "031082001203", "Giáo viên", "Trường Tiểu học An Hòa", "TH"),
    ("Phạm Thị Dung", "Nữ", 1988, "031188001204", "Tổ trưởng chuyên môn", "Trường Tiểu học An Hòa", "TH"),
    ("Hoàng Văn Em", "Nam", 1979, "031079001205", "Giáo viên", "Trường THCS An Đồng", "THCS"),
    ("Vũ Thị Giang", "Nữ", 1992, "031192001206", "Giáo viên", "Trường THCS An Đồng", "THCS"),
    ("Đặng Văn Hải", "Nam", 1986, "031086001207", "Công chức Văn phòng - Thống kê", "UBND xã An Hồng", "XA"),
    ("Bùi Thị Hạnh", "Nữ", 1991, "031191001208", "Công chức Tư pháp - Hộ tịch", "UBND xã An Hồng", "XA"),
    ("Đỗ Văn Khánh", "Nam", 1984, "031084001209", "Chuyên viên", "Phòng Nội vụ", "HCSN"),
    ("Ngô Thị Lan", "Nữ", 1987, "031187001210", "Chuyên viên", "Phòng Tài chính - Kế hoạch", "HCSN"),
    ("Dương Văn Minh", "Nam", 1983, "031083001211", "Công nhân", "Công ty CP May An Dương", "DN"),
    ("Lý Thị Nga", "Nữ", 1989, "031189001212", "Tổ trưởng sản xuất", "Công ty CP May An Dương", "DN"),
]

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')


def cell(value, cols=1, rows=1):
    span = ""
    if cols > 1:
        span += ' table:number-columns-spanned="%d"' % cols
    if rows > 1:
        span += ' table:number-rows-spanned="%d"' % rows
    if value is None or value == "":
        return '<table:table-cell%s/>' % span
    if isinstance(value, int):
        return ('<table:table-cell%s office:value-type="float" office:value="%d"><text:p>%d</text:p>'
                '</table:table-cell>' % (span, value, value))
    return ('<table:table-cell%s office:value-type="string"><text:p>%s</text:p></table:table-cell>'
            % (span, escape(value)))


def covered(n=1):
    return '<table:covered-table-cell/>' * n


def row(*cells):
    return '<table:table-row>' + ''.join(cells) + '</table:table-row>'


def table(name, rows):
    return '<table:table table:name="%s">%s</table:table>' % (escape(name), ''.join(rows))


def fods(path, tables):
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?><office:document %s office:version="1.2" '
                'office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body>'
                '<office:spreadsheet>%s</office:spreadsheet></office:body></office:document>'
                % (NS, ''.join(tables)))


HEADER = ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Số CCCD", "Chức vụ", "Đơn vị", "Khối",
          "Đoàn viên công đoàn"]


def plain_rows(nominees, start=1):
    return [row(*[cell(v) for v in (i, n[0], n[1], n[2], n[3], n[4], n[5], n[6], "Có")])
            for i, n in enumerate(nominees, start)]


def signature_rows():
    return [
        row(cell("")),
        row(*[cell("")] * 6, cell("An Dương, ngày 05 tháng 7 năm 2024", cols=3), covered(2)),
        row(cell(""), cell("Người lập biểu"), *[cell("")] * 4, cell("TM. BAN CHẤP HÀNH", cols=3), covered(2)),
        row(*[cell("")] * 6, cell("CHỦ TỊCH", cols=3), covered(2)),
        row(cell(""), cell("(Ký, ghi rõ họ tên)"), *[cell("")] * 4, cell("(Ký tên, đóng dấu)", cols=3), covered(2)),
        row(cell(""), cell("Trần Thị Lập"), *[cell("")] * 4, cell("Nguyễn Văn Chủ", cols=3), covered(2)),
    ]


def title_rows(width):
    return [
        row(cell("CĐCS TRƯỜNG MẦM NON HOA SEN", cols=4), covered(3)),
        row(cell("DANH SÁCH TRÍCH NGANG ĐỀ NGHỊ BIỂU DƯƠNG LAO ĐỘNG GIỎI NĂM 2024", cols=width),
            covered(width - 1)),
        row(cell("")),
    ]


# 1. Title above the header (header at row 4), an STT column, a signature block below.
fods("unit-title-signature.fods", [table("Danh sách", title_rows(9) + [row(*[cell(h) for h in HEADER])]
                                         + plain_rows(NOMINEES) + signature_rows())])

# 2. "Năm sinh" over "Nam" / "Nữ": the birth year under one of them gives the gender.
namnu_header = [
    row(cell("STT", rows=2), cell("Họ và tên", rows=2), cell("Năm sinh", cols=2), covered(),
        cell("Số CCCD", rows=2), cell("Chức vụ", rows=2), cell("Đơn vị", rows=2), cell("Khối", rows=2),
        cell("Đoàn viên công đoàn", rows=2)),
    row(covered(2), cell("Nam"), cell("Nữ"), covered(5)),
    row(*[cell("(%d)" % i) for i in range(1, 10)]),
]
namnu_rows = [row(cell(i), cell(n[0]), cell(n[2] if n[1] == "Nam" else ""), cell(n[2] if n[1] == "Nữ" else ""),
                  cell(n[3]), cell(n[4]), cell(n[5]), cell(n[6]), cell("x"))
              for i, n in enumerate(NOMINEES, 1)]
fods("unit-nam-nu.fods", [table("DS", title_rows(9) + namnu_header + namnu_rows + signature_rows())])

# 3. An instructions sheet first, then one sheet per bloc group.
instructions = table("Hướng dẫn", [row(cell("Hướng dẫn điền danh sách")),
                                   row(cell("Mỗi khối một trang; không sửa dòng tiêu đề.")),
                                   row(cell("Hạn gửi: 08/7/2024"))])
fods("unit-sheets.fods", [instructions,
                          table("Giáo dục", [row(*[cell(h) for h in HEADER])] + plain_rows(NOMINEES[:6])),
                          table("Khác", [row(*[cell(h) for h in HEADER])] + plain_rows(NOMINEES[6:]))])

# 4. The list as a table in a Word document: a layout table for the heading
#    first (unit | national motto), then the list, a line break inside a cell,
#    a merged heading cell, and the signature lines as paragraphs.
TEXT_NS = NS + ' xmlns:office2="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'


def tcell(value, cols=1):
    span = ' table:number-columns-spanned="%d"' % cols if cols > 1 else ""
    lines = str(value).split("\n")
    body = "".join("<text:p>%s</text:p>" % escape(line) for line in lines)
    return '<table:table-cell office:value-type="string"%s>%s</table:table-cell>' % (span, body)


def ttable(name, columns, rows):
    return ('<table:table table:name="%s"><table:table-column table:number-columns-repeated="%d"/>%s'
            '</table:table>' % (name, columns, "".join(rows)))


heading = ttable("Heading", 2, [
    row(tcell("LĐLĐ HUYỆN AN DƯƠNG\nCĐCS TRƯỜNG MẦM NON HOA SEN"),
        tcell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"))])
word_header = [row(tcell("DANH SÁCH TRÍCH NGANG", cols=9), covered(8)),
               row(*[tcell(h) for h in HEADER])]
word_rows = [row(tcell(i), tcell(n[0]), tcell(n[1]), tcell(n[2]), tcell(n[3]),
                 tcell(n[4] if i != 3 else n[4] + "\nTổ trưởng"), tcell(n[5]), tcell(n[6]), tcell("Có"))
             for i, n in enumerate(NOMINEES, 1)]
with open("unit-word.fodt", "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?><office:document %s office:version="1.2" '
            'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>'
            '%s<text:p>DANH SÁCH TRÍCH NGANG ĐỀ NGHỊ BIỂU DƯƠNG LAO ĐỘNG GIỎI NĂM 2024</text:p>%s'
            '<text:p>An Dương, ngày 05 tháng 7 năm 2024</text:p><text:p>TM. BAN CHẤP HÀNH</text:p>'
            '<text:p>CHỦ TỊCH</text:p><text:p>Nguyễn Văn Chủ</text:p></office:text></office:body>'
            '</office:document>' % (NS, heading, ttable("List", 9, word_header + word_rows)))

# 5. "Chức vụ, đơn vị công tác" in one column (split only with the user's
#    consent: --split-position-unit, the wizard's check box). One cell cut at
#    " - " (no comma), one whose position has " - " before the comma.
PU_HEADER = ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Số CCCD", "Chức vụ, đơn vị công tác", "Khối",
             "Đoàn viên công đoàn"]


def position_unit(i, n):
    return "%s - %s" % (n[4], n[5]) if i == 11 else "%s, %s" % (n[4], n[5])


pu_rows = [row(*[cell(v) for v in (i, n[0], n[1], n[2], n[3], position_unit(i, n), n[6], "Có")])
           for i, n in enumerate(NOMINEES, 1)]
fods("unit-position-unit.fods", [table("Danh sách", title_rows(8) + [row(*[cell(h) for h in PU_HEADER])]
                                       + pu_rows + signature_rows())])

# Converted once (LibreOffice 7.4):
#   soffice --headless --convert-to xlsx *.fods; --convert-to xls *.fods;
#   --convert-to ods *.fods; --convert-to docx unit-word.fodt
# The pictures of docs/import-format.md are rendered from these files by
# scripts/import-layout-pictures.sh.
