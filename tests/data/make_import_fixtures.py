#!/usr/bin/env python3
"""Writes the import fixtures (tests/data/import-*.csv). Run from this folder;
the generated files are committed, this script documents how they were made."""
import unicodedata

HEAD = ["Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Chức vụ", "Đơn vị", "Khối", "Loại",
        "Đoàn viên công đoàn", "Danh hiệu thi đua", "Sáng kiến", "Quyết định công nhận sáng kiến",
        "Khen thưởng", "Năm khen thưởng", "Đề tài lao động sáng tạo", "Tóm tắt thành tích",
        "Ngày nhận hồ sơ", "Ý kiến cấp ủy, chính quyền", "Hồ sơ kèm theo", "Số bộ hồ sơ", "File mềm",
        "Ghi chú"]


def quote(cell, sep):
    if any(c in cell for c in (sep, '"', "\n", "\r")):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def csv(rows, sep, eol):
    return eol.join(sep.join(quote(c, sep) for c in r) for r in rows) + eol


def row(**kw):
    keys = ["name", "gender", "birth", "cccd", "position", "unit", "bloc", "category", "member",
            "title", "initiative", "decision", "merit", "merit_year", "topic", "achievements",
            "received", "endorsed", "documents", "copies", "soft", "notes"]
    return [kw.get(k, "") for k in keys]


SERIAL = [1000]


def good(**kw):
    SERIAL[0] += 1    # a different valid CCCD on every row (no duplicate warnings)
    base = dict(name="Nguyễn Văn Tốt", gender="Nam", birth="15/03/1985", cccd="031085%06d" % SERIAL[0],
                position="Giáo viên", unit="Trường Tiểu học An Hòa", bloc="TH", member="Có",
                title="Chiến sĩ thi đua cơ sở", initiative="Đổi mới dạy đọc",
                decision="QĐ 12/QĐ-PGD ngày 05/6/2023", received="01/07/2024", endorsed="Có",
                documents="TO_TRINH; BIEN_BAN; TRICH_NGANG", copies="2", soft="Có")
    base.update(kw)
    return row(**base)


# 1. Vietnamese-locale Excel CSV: BOM, ';', CRLF, dd/mm/yyyy, an STT column,
#    a quoted cell with ';', doubled quotes and a line break, an empty record.
excel = [["STT"] + HEAD,
         ["1"] + row(name="Nguyễn Thị Ánh", gender="Nữ", birth="15/03/1985", cccd="031185001234",
                     position="Giáo viên", unit="Trường Mầm non Hoa Sen", bloc="MN", category="Lao động giỏi",
                     member="Có", title="Chiến sĩ thi đua cơ sở", initiative="Ứng dụng trò chơi dân gian",
                     decision="QĐ 45/QĐ-PGDĐT ngày 20/5/2023",
                     achievements='Giáo viên dạy giỏi cấp huyện; "xuất sắc"\r\nnăm học 2022-2023',
                     received="05/07/2024", endorsed="x", documents="TO_TRINH; BIEN_BAN; TRICH_NGANG",
                     copies="2", soft="✓"),
         ["2"] + row(name="  Phạm   Văn Nam ", gender="Nam", birth="1/2/1990", cccd="031090123456",
                     position="Tổ trưởng sản xuất", unit="Công ty CP May An Dương", bloc="Doanh nghiệp",
                     category="LDG", member="1", initiative="Cải tiến dây chuyền",
                     decision="Giấy xác nhận ngày 10/6/2023", merit="Giấy khen của Giám đốc Công ty",
                     merit_year="2023", received="2024-07-06", endorsed="có",
                     documents="Tờ trình đề nghị;Biên bản họp bình bầu của BCH CĐCS;"
                               "Danh sách trích ngang thành tích có xác nhận",
                     copies="2", soft="không"),
         [""] * (len(HEAD) + 1),
         ["3"] + row(name="Lê Văn Hùng", gender="nam", position="Kỹ sư", unit="công ty cp may an dương",
                     bloc="DN", category="Lao động sáng tạo", member="yes",
                     topic="Cải tiến máy cắt vải tự động", copies="0", notes="Hồ sơ bổ sung sau"),
         ["4"] + row(name="Trần Thị Bích", gender="Nữ", birth="09/09/2001", cccd="031301000123",
                     position="Văn thư", unit="UBND xã An Hòa", bloc="Xã, thị trấn", member="x",
                     received="03/07/2024", endorsed="1", copies="1")]
open("import-excel-vi.csv", "wb").write(b"\xef\xbb\xbf" + csv(excel, ";", "\r\n").encode("utf-8"))

# 2. Excel "Unicode text": UTF-16 LE with BOM, tab separated, CRLF.
utf16 = [HEAD,
         row(name="Đỗ Thị Hương", gender="Nữ", birth="20/11/1979", cccd="031179004567", position="Kế toán",
             unit="Trường THCS An Dương", bloc="THCS", member="Có", received="02/07/2024", copies="2"),
         row(name="Vũ Đức Thắng", gender="Nam", position="Công nhân", unit="Công ty TNHH Cơ khí Tân Tiến",
             bloc="DN", member="Có")]
open("import-utf16.csv", "wb").write(b"\xff\xfe" + csv(utf16, "\t", "\r\n").encode("utf-16-le"))

# 3. NFD text everywhere (headers, names, vocabularies), comma, LF, no BOM.
nfd = [HEAD,
       row(name="Nguyễn Thị Hồng Nhung", gender="Nữ", birth="1984-04-30", cccd="031184007777",
           position="Phó trưởng phòng", unit="Phòng Giáo dục và Đào tạo", bloc="Cơ quan HCSN",
           category="Lao động giỏi", member="Có", endorsed="Không",
           documents="Tờ trình đề nghị; Biên bản họp bình bầu của BCH CĐCS", soft="Có")]
text = csv(nfd, ",", "\n")
open("import-nfd.csv", "wb").write(unicodedata.normalize("NFD", text).encode("utf-8"))

# 4. Every kind of bad cell (one per row, rows 2..), plus an unknown column.
bad = [HEAD + ["Số điện thoại"],
       good(name="") + [""],                                    # 2 Họ và tên empty
       good(gender="Khác") + [""],                              # 3 Giới tính
       good(birth="31/02/2024") + [""],                         # 4 Ngày sinh impossible
       good(birth="01/01/2030") + [""],                         # 5 Ngày sinh future
       good(cccd="12345") + [""],                               # 6 CCCD length
       good(cccd="999085001234") + [""],                        # 7 CCCD province
       good(cccd="031585001234") + [""],                        # 8 CCCD century digit
       good(cccd="031090001234") + [""],                        # 9 CCCD year vs birth date
       good(cccd="031185001234") + [""],                        # 10 CCCD sex vs gender
       good(position="") + [""],                                # 11 Chức vụ empty
       good(unit="   ") + [""],                                 # 12 Đơn vị empty
       good(bloc="ZZ") + [""],                                  # 13 Khối unknown
       good(category="Khác") + [""],                            # 14 Loại
       good(member="maybe") + [""],                             # 15 Đoàn viên
       good(merit_year="abc") + [""],                           # 16 Năm khen thưởng
       good(received="hôm qua") + [""],                         # 17 Ngày nhận hồ sơ
       good(documents="TO_TRINH; GIAY_LA") + [""],              # 18 Hồ sơ kèm theo
       good(copies="-1") + [""],                                # 19 Số bộ hồ sơ negative
       good(copies="2.5") + [""],                               # 20 Số bộ hồ sơ not integer
       good(soft="ok?") + [""],                                 # 21 File mềm
       good(name="A" * 201) + [""],                             # 22 Họ và tên too long
       good(endorsed="có lẽ") + [""],                           # 23 Ý kiến
       good(cccd="31085009999") + ["0912345678"],               # 24 CCCD 11 digits: warning only
       good(name="Hoàng Văn Đúng") + [""],                      # 25 valid
       good(bloc="", gender="X") + [""]]                        # 26 two errors in one row
open("import-bad.csv", "wb").write(csv(bad, ",", "\r\n").encode("utf-8"))

# 5. English keys, comma, no BOM.
english = [["full_name", "gender", "birth_date", "citizen_id", "position", "unit", "bloc", "category",
            "union_member", "documents", "copies", "soft_copy"],
           ["Bùi Thị Lan", "Nữ", "02/02/1992", "031192000321", "Giáo viên", "Trường Tiểu học Lê Lợi", "TH",
            "LDG", "true", "TO_TRINH;BIEN_BAN;TRICH_NGANG", "2", "yes"]]
open("import-english-keys.csv", "wb").write(csv(english, ",", "\n").encode("utf-8"))

# 6. Missing required columns (Khối, Đoàn viên công đoàn).
missing = [["Họ và tên", "Chức vụ", "Đơn vị"], ["Ngô Văn Thiếu", "Giáo viên", "Trường Tiểu học An Hòa"]]
open("import-missing-column.csv", "wb").write(csv(missing, ",", "\n").encode("utf-8"))
