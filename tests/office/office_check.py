#!/usr/bin/env python3
"""Documents as an office suite shows them (issue 15; docs/documents.md).

  office_check.py prepare --cli CLI --datagen DATAGEN --out DIR
      A database of 300 generated nominees with 95 approved (every bloc at its
      quota), every document written by vinhdanh-cli in each of its formats,
      then every DOCX, ODT and XLSX converted to PDF by LibreOffice in ONE
      `soffice --headless --convert-to pdf` call (a private profile per run).
  office_check.py render --out DIR --png PNGDIR [--page N] [--dpi D]
      Pictures for docs/documents.md (scripts/screenshots.sh): page N of
      each document, the program's PDF beside LibreOffice's renderings.
  office_check.py check --out DIR NAME
      Checks the document NAME (a key of DOCUMENTS):
        - LibreOffice's PDF of each DOCX/ODT against the program's own PDF:
          quốc hiệu and tiêu ngữ present, >= 97 % of the words, main text
          >= 12 pt and nothing under 10.5 pt, page count within 25 %, the same
          paper, Times New Roman or Liberation Serif only, the signatures and
          "Nơi nhận" of the last page, no table row split across pages,
          nothing within 20 mm of the bottom edge;
        - the program's PDF measured (Nghị định 30/2020, Phụ lục I, as in
          docs/documents.md): A4, quốc hiệu 12-13 pt bold, tiêu ngữ 13-14 pt
          bold, body text 13-14 pt, margins (left 30, right 15, top and bottom
          20 mm), page numbers centred in the top margin from page 2, no split
          rows;
        - the XLSX as LibreOffice prints it: every honoree, the title and date
          in the page header, page numbers in the footer, text >= 11 pt.
Needs python3-fitz (PyMuPDF) and LibreOffice (scripts/install-deps.sh).
A document added to the program gets a line in DOCUMENTS.
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

try:
    import fitz  # PyMuPDF, Debian python3-fitz
except ImportError:
    sys.exit("office_check: python3-fitz is missing (scripts/install-deps.sh installs it)")

MM = 72 / 25.4
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
DATE = "2024-07-20"

# name -> how vinhdanh-cli writes it, its formats, and lines of body text
# (the Body style, 13-14 pt) to measure in the program's PDF.
DOCUMENTS = {
    "list": {
        "args": ["export", "--approved", "--date", DATE],
        "formats": ["pdf", "docx", "odt", "xlsx"],
        "body": ["Tổng cộng:"],
    },
    "programme": {
        "args": ["programme"],
        "formats": ["pdf", "docx", "odt"],
        "body": ["Thời gian:", "Địa điểm:", "Văn nghệ chào mừng"],
    },
    "decision": {
        "args": ["decision", "--amount", "1500000", "--date", DATE],
        "formats": ["pdf", "docx", "odt"],
        "body": ["Căn cứ", "Điều 1."],
    },
    "invitations": {
        "args": ["invitations", "--date", DATE],
        "formats": ["pdf", "docx", "odt"],
        "body": ["Đơn vị:", "Địa điểm:", "Rất mong được đón tiếp!"],
    },
    "report": {
        "args": ["report", "--date", DATE],
        "formats": ["pdf", "docx", "odt"],
        "body": ["Căn cứ Kế hoạch", "Hạn nhận hồ sơ"],
    },
    "budget": {
        "args": ["budget", "--amount", "1500000", "--date", DATE],
        "formats": ["pdf", "docx", "odt"],
        "body": ["(Bằng chữ:"],
    },
    "ballots": {
        "args": ["council", "ballots", "--date", DATE],
        "formats": ["pdf", "docx", "odt"],
        "body": ["Thành viên Hội đồng cùng đơn vị"],
    },
    "script": {
        "args": ["script", "--date", DATE],
        "formats": ["pdf", "docx", "odt"],
        "body": ["Thời gian:", "Địa điểm:", "Lời dẫn:"],
    },
}

# Delegates for the running script: who is introduced, who presents each batch.
DELEGATES = """Họ và tên;Chức vụ;Cơ quan;Thành phần;Hàng ghế;Trao thưởng
Lương Thế Quý;Phó Chủ tịch;UBND huyện;Lãnh đạo huyện;Hàng 1;1
Lê Văn Thịnh;Chủ tịch;LĐLĐ huyện;Thường trực LĐLĐ huyện;Hàng 1;2
Phạm Thị Hương;Phó Chủ tịch;LĐLĐ huyện;Thường trực LĐLĐ huyện;Hàng 1;3
Nguyễn Văn Đông;Chủ tịch CĐCS;Công ty CP May An Dương;Chủ tịch CĐCS;Hàng 3;
"""


def env():
    e = dict(os.environ)
    e.update(QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", VINHDANH_TODAY=DATE)
    return e


def run(cmd, **kw):
    r = subprocess.run(cmd, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       stdin=subprocess.DEVNULL, **kw)
    if r.returncode != 0:
        sys.exit("office_check: %s failed (%d):\n%s" % (" ".join(cmd), r.returncode,
                                                          r.stderr.decode(errors="replace")))
    return r.stdout


def soffice():
    for name in ("soffice", "libreoffice"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("office_check: LibreOffice (soffice) is missing; scripts/install-deps.sh installs "
             "libreoffice-writer-nogui and libreoffice-calc-nogui")


def prepare(args):
    out = os.path.abspath(args.out)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "lo"))
    db = os.path.join(out, "vinhdanh.sqlite")
    run([args.datagen, "--db", db, "--count", "300", "--seed", "2023"])
    cli = [args.cli, "--db", db]
    check = json.loads(run(cli + ["check", "--json"]))
    quota = {b["code"]: b["quota"] for b in check["blocs"]}
    taken = collections.Counter()
    ids = []
    for n in check["nominees"]:
        if n["verdict"] == "eligible" and taken[n["bloc"]] < quota[n["bloc"]]:
            taken[n["bloc"]] += 1
            ids.append(str(n["id"]))
    run(cli + ["approve"] + ids)
    delegates = os.path.join(out, "dai-bieu.csv")
    with open(delegates, "w", encoding="utf-8") as f:
        f.write(DELEGATES)
    run(cli + ["delegates", "import", delegates])
    with open(os.path.join(out, "approved.json"), "w", encoding="utf-8") as f:
        json.dump([n["full_name"] for n in check["nominees"] if str(n["id"]) in ids], f,
                  ensure_ascii=False)
    converted = []
    for name, doc in DOCUMENTS.items():
        for fmt in doc["formats"]:
            # Distinct base names: LibreOffice names its PDF after the input.
            path = os.path.join(out, name + ("" if fmt == "pdf" else "-" + fmt) + "." + fmt)
            run(cli + doc["args"] + ["--format", fmt, "-o", path])
            if fmt != "pdf":
                converted.append(path)
    profile = tempfile.mkdtemp(prefix="vinhdanh-lo-")
    try:
        # One soffice process for every file: starting LibreOffice is the slow part.
        run([soffice(), "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", os.path.join(out, "lo")] + converted, timeout=540)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    missing = [p for p in converted if not os.path.exists(lo_pdf(out, p))]
    if missing:
        sys.exit("office_check: LibreOffice wrote no PDF for " + ", ".join(missing))
    print("office_check: %d approved; %d files converted by LibreOffice in %s"
          % (len(ids), len(converted), out))


def lo_pdf(out, path):
    base = os.path.splitext(os.path.basename(path))[0]
    return os.path.join(out, "lo", base + ".pdf")


# ---------------------------------------------------------------- PDF reading

def norm(text):
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text)).strip()


def words(doc):
    found = collections.Counter()
    for page in doc:
        # Underscores split words: finding codes break after them (NO_|ENDORSEMENT).
        found.update(re.findall(r"[^\W_]+", norm(page.get_text()).lower()))
    return found


def spans(page):
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            for s in line["spans"]:
                s["size"] = round(s["size"], 2)  # 12.999999 is 13 pt
                if s["text"].strip():
                    yield s, line


def line_text(line):
    return norm("".join(s["text"] for s in line["spans"]))


def is_bold(span):
    return bool(span["flags"] & 16) or "Bold" in span["font"]


def lines_with(page, text):
    return [line for block in page.get_text("dict")["blocks"] for line in block.get("lines", [])
            if text in line_text(line)]


def main_size(doc):
    sizes = collections.Counter()
    for page in doc:
        for s, _ in spans(page):
            sizes[round(s["size"] * 2) / 2] += len(s["text"].strip())
    return sizes.most_common(1)[0][0] if sizes else 0


def table_rows(page):
    """Bands between the full-width horizontal rules of ruled tables, as
    (top, bottom, first column's right edge)."""
    horizontal = collections.defaultdict(list)
    vertical = []
    for d in page.get_drawings():
        for item in d["items"]:
            if item[0] == "l":
                a, b = item[1], item[2]
                if abs(a.y - b.y) < 0.3:
                    horizontal[round(a.y, 0)].append((min(a.x, b.x), max(a.x, b.x)))
                elif abs(a.x - b.x) < 0.3:
                    vertical.append((a.x, min(a.y, b.y), max(a.y, b.y)))
            elif item[0] == "re":
                r = item[1]
                if r.height < 1:
                    horizontal[round(r.y0, 0)].append((r.x0, r.x1))
                elif r.width < 1:
                    vertical.append((r.x0, r.y0, r.y1))
    width = page.rect.width - 45 * MM
    rules = []
    for y, segs in horizontal.items():
        covered, end = 0.0, -1e9
        for x0, x1 in sorted(segs):
            if x1 > end:
                covered += x1 - max(x0, end)
                end = x1
        if covered >= 0.9 * width:
            rules.append((y, min(x for x, _ in segs), max(x for _, x in segs)))
    rules.sort()
    bands = []
    for (top, left, right), (bottom, _, _) in zip(rules, rules[1:]):
        mid = (top + bottom) / 2
        inside = sorted(x for x, y0, y1 in vertical if y0 <= mid <= y1 and left + 2 < x < right - 2)
        edges = [x for x, y0, y1 in vertical if y0 <= mid <= y1]
        if not edges:
            continue  # between two tables
        bands.append((top, bottom, inside[0] if inside else right))
    return bands


def split_rows(doc):
    """Table rows continued from the page before: a ruled row with text but
    none in its first column (STT, or a group heading spanning the row)."""
    found = []
    for index, page in enumerate(doc):
        ws = page.get_text("words")
        for top, bottom, first_right in table_rows(page):
            inside = [w for w in ws if top < (w[1] + w[3]) / 2 < bottom]
            if inside and not any(w[0] < first_right for w in inside):
                found.append("page %d, row at %.0f mm: %s" % (
                    index + 1, top / MM, " ".join(w[4] for w in inside)[:60]))
    return found


def below_bottom_margin(doc, margin_mm=20):
    found = []
    for index, page in enumerate(doc):
        limit = page.rect.height - margin_mm * MM + 0.5
        for s, _ in spans(page):
            if s["bbox"][3] > limit + 2:  # glyph boxes include the descent
                found.append("page %d: %r ends %.1f mm from the bottom" % (
                    index + 1, s["text"][:30], (page.rect.height - s["bbox"][3]) / MM))
        for d in page.get_drawings():
            if d["rect"].y1 > limit:
                found.append("page %d: a line %.1f mm from the bottom" % (
                    index + 1, (page.rect.height - d["rect"].y1) / MM))
    return found


# ---------------------------------------------------------------- checks

class Checks:
    def __init__(self, name):
        self.name = name
        self.failed = 0

    def check(self, ok, what, detail=""):
        print("%s %s: %s%s" % ("ok  " if ok else "FAIL", self.name, what,
                                ("\n      " + detail) if detail and not ok else ""))
        if not ok:
            self.failed += 1


def measure_program_pdf(c, doc, body):
    first = doc[0]
    w, h = first.rect.width / MM, first.rect.height / MM
    c.check(abs(min(w, h) - 210) < 1 and abs(max(w, h) - 297) < 1, "A4 (%.0f x %.0f mm)" % (w, h))
    titles = mottos = 0
    for index, page in enumerate(doc):
        for s, line in spans(page):
            text = line_text(line)
            if text == NATIONAL_TITLE:
                titles += 1
                c.check(12 <= s["size"] <= 13 and is_bold(s),
                        "quốc hiệu 12-13 pt bold on page %d" % (index + 1),
                        "%.2f pt %s" % (s["size"], s["font"]))
            elif text == MOTTO:
                mottos += 1
                c.check(13 <= s["size"] <= 14 and is_bold(s),
                        "tiêu ngữ 13-14 pt bold on page %d" % (index + 1),
                        "%.2f pt %s" % (s["size"], s["font"]))
            if titles + mottos > 6:
                break
    c.check(titles > 0 and mottos > 0, "the program's PDF has the quốc hiệu and the tiêu ngữ")
    for prefix in body:
        lines = [line for page in doc for line in lines_with(page, prefix)]
        sizes = sorted({round(s["size"], 1) for line in lines for s in line["spans"]
                        if s["text"].strip()})
        c.check(bool(sizes) and all(13 <= v <= 14 for v in sizes),
                "body text %r at 13-14 pt" % prefix, "sizes %s" % sizes)

    left, right, top = 30 * MM - 0.5, 15 * MM - 0.5, 20 * MM - 0.5
    outside = []
    numbers = []
    for index, page in enumerate(doc):
        pw = page.rect.width
        for s, line in spans(page):
            x0, y0, x1, y1 = s["bbox"]
            if y1 < top + 2 and re.fullmatch(r"\d+", line_text(line)):
                numbers.append((index, int(line_text(line)), (x0 + x1) / 2, s["size"], y0))
                continue
            if x0 < left or x1 > pw - right or y0 < top - 1:
                outside.append("page %d: %r at x %.1f-%.1f mm, y %.1f mm" % (
                    index + 1, s["text"][:30], x0 / MM, x1 / MM, y0 / MM))
        for d in page.get_drawings():
            r = d["rect"]
            if r.x0 < left or r.x1 > pw - right or r.y0 < top:
                outside.append("page %d: a line at x %.1f-%.1f mm, y %.1f mm" % (
                    index + 1, r.x0 / MM, r.x1 / MM, r.y0 / MM))
    c.check(not outside, "margins left 30, right 15, top 20 mm", "; ".join(outside[:5]))
    bottom = below_bottom_margin(doc)
    c.check(not bottom, "nothing within 20 mm of the bottom edge", "; ".join(bottom[:5]))
    if len(doc) > 1 and numbered(doc):
        centre = (first.rect.width + 15 * MM) / 2  # the text area's centre: (30 + 195) / 2 mm
        wrong = [n for n in numbers if n[1] != n[0] + 1 or n[0] == 0 or abs(n[2] - centre) > 3 * MM
                 or not 13 <= n[3] <= 14]
        pages = {n[0] for n in numbers}
        c.check(not wrong and pages == set(range(1, len(doc))),
                "page numbers 2..%d centred in the top margin, 13-14 pt, none on page 1" % len(doc),
                "numbers %s on pages %s" % ([(n[0] + 1, n[1]) for n in wrong], sorted(pages)))
    splits = split_rows(doc)
    c.check(not splits, "no table row split across pages", "; ".join(splits[:5]))


def numbered(doc):
    # Invitations are single sheets: no page numbers.
    return "GIẤY MỜI" not in norm(doc[0].get_text())


def compare_office_pdf(c, fmt, program, office):
    text = norm("".join(page.get_text() for page in office))
    c.check(NATIONAL_TITLE in text, "%s in LibreOffice: quốc hiệu present" % fmt)
    c.check(MOTTO in text, "%s in LibreOffice: tiêu ngữ present" % fmt)
    want, got = words(program), words(office)
    total = sum(want.values())
    kept = sum(min(n, got[w]) for w, n in want.items())
    lost = [w for w, n in want.items() if got[w] < n]
    c.check(total and kept / total >= 0.97, "%s in LibreOffice: %.1f %% of the PDF's %d words"
            % (fmt, 100.0 * kept / max(total, 1), total), "missing e.g. %s" % lost[:15])
    size = main_size(office)
    c.check(size >= 12, "%s in LibreOffice: main text %.1f pt (>= 12)" % (fmt, size))
    small = sorted({round(s["size"], 1) for page in office for s, _ in spans(page)
                    if s["size"] < 10.5})
    c.check(not small, "%s in LibreOffice: no text under 10.5 pt" % fmt, "sizes %s" % small)
    for title in (NATIONAL_TITLE, MOTTO):
        sizes = [s["size"] for page in office for s, line in spans(page) if line_text(line) == title]
        c.check(sizes and all(12 <= v <= 14 for v in sizes),
                "%s in LibreOffice: %r at 12-14 pt" % (fmt, title[:12]), "sizes %s" % sizes[:5])
    page = office[0].rect
    c.check(abs(page.width - program[0].rect.width) < 3 and abs(page.height - program[0].rect.height) < 3,
            "%s in LibreOffice: the same paper (%.0f x %.0f mm)" % (fmt, page.width / MM, page.height / MM))
    fonts = sorted({s["font"] for page in office for s, _ in spans(page)})
    c.check(all(re.match(r"(TimesNewRoman|Times|LiberationSerif)", f.split("+")[-1]) for f in fonts),
            "%s in LibreOffice: Times New Roman or its metric twin throughout" % fmt, "fonts %s" % fonts)
    # The closing as the program prints it: signers' titles and names, "Nơi nhận:".
    last = program[len(program) - 1]
    closing = [line_text(line) for block in last.get_text("dict")["blocks"]
               for line in block.get("lines", [])
               if line_text(line) and all(is_bold(s) for s in line["spans"] if s["text"].strip())]
    lost = [t for t in closing if t not in text]
    c.check(not lost, "%s in LibreOffice: the last page's bold lines (signatures, Nơi nhận)" % fmt,
            "missing %s" % lost[:5])
    p, o = len(program), len(office)
    c.check(abs(o - p) <= 0.25 * p, "%s in LibreOffice: %d pages, the PDF %d (within 25 %%)"
            % (fmt, o, p))
    splits = split_rows(office)
    c.check(not splits, "%s in LibreOffice: no table row split across pages" % fmt,
            "; ".join(splits[:5]))
    bottom = below_bottom_margin(office)
    c.check(not bottom, "%s in LibreOffice: nothing within 20 mm of the bottom edge" % fmt,
            "; ".join(bottom[:5]))


def check_xlsx(c, out, office):
    """The approved list's sheet as LibreOffice Calc prints it."""
    with open(os.path.join(out, "approved.json"), encoding="utf-8") as f:
        approved = json.load(f)
    text = norm(" ".join(page.get_text() for page in office))
    missing = [n for n in approved if norm(n) not in text]
    c.check(not missing, "xlsx in LibreOffice: all %d honorees printed" % len(approved),
            "missing %s" % missing[:10])
    first = norm(office[0].get_text())
    c.check("DANH SÁCH" in first.upper() and "20/07/2024" in first,
            "xlsx in LibreOffice: title and date printed in the page header", first[:160])
    numbers = []
    for index, page in enumerate(office):
        numbers.append([line_text(line) for s, line in spans(page)
                        if s["bbox"][1] > page.rect.height - 20 * MM])
    c.check(all(any(re.search(r"\b%d\b" % (i + 1), t) for t in lines)
                for i, lines in enumerate(numbers)),
            "xlsx in LibreOffice: page numbers in the footer", "bottom lines %s" % numbers[:3])
    small = sorted({round(s["size"], 1) for page in office for s, _ in spans(page) if s["size"] < 11})
    c.check(not small, "xlsx in LibreOffice: text at 11 pt or more", "sizes %s" % small)


def check(args):
    name = args.name
    if name not in DOCUMENTS:
        sys.exit("office_check: unknown document %r (one of %s)" % (name, ", ".join(DOCUMENTS)))
    doc = DOCUMENTS[name]
    out = os.path.abspath(args.out)
    c = Checks(name)
    program = fitz.open(os.path.join(out, name + ".pdf"))
    measure_program_pdf(c, program, doc["body"])
    for fmt in doc["formats"]:
        if fmt == "pdf":
            continue
        office = fitz.open(lo_pdf(out, os.path.join(out, "%s-%s.%s" % (name, fmt, fmt))))
        if fmt == "xlsx":
            check_xlsx(c, out, office)
        else:
            compare_office_pdf(c, fmt, program, office)
    print("%s: %s" % (name, "%d checks failed" % c.failed if c.failed else "all checks passed"))
    return 1 if c.failed else 0


def render(args):
    """docs/documents.md's pictures: page PAGE of each document, the program's
    PDF beside LibreOffice's rendering of its DOCX, ODT (and XLSX)."""
    out = os.path.abspath(args.out)
    os.makedirs(args.png, exist_ok=True)
    for name, doc in DOCUMENTS.items():
        sources = [os.path.join(out, name + ".pdf")]
        sources += [lo_pdf(out, os.path.join(out, "%s-%s.%s" % (name, f, f)))
                    for f in doc["formats"] if f != "pdf"]
        pdfs = [fitz.open(p) for p in sources]
        pages = [d[min(args.page, len(d)) - 1] for d in pdfs]
        gap = 12
        width = sum(p.rect.width for p in pages) + gap * (len(pages) - 1)
        height = max(p.rect.height for p in pages)
        sheet = fitz.open()
        canvas = sheet.new_page(width=width, height=height)
        x = 0
        for d, page in zip(pdfs, pages):
            box = fitz.Rect(x, 0, x + page.rect.width, page.rect.height)
            canvas.show_pdf_page(box, d, page.number)
            canvas.draw_rect(box, color=(0.6, 0.6, 0.6), width=0.8)
            x += page.rect.width + gap
        target = os.path.join(args.png, "%s-page%d.png" % (name, args.page))
        canvas.get_pixmap(dpi=args.dpi).save(target)
        print("saved %s (%s)" % (target, ", ".join(os.path.basename(p) for p in sources)))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--cli", required=True)
    p.add_argument("--datagen", required=True)
    p.add_argument("--out", required=True)
    k = sub.add_parser("check")
    k.add_argument("--out", required=True)
    k.add_argument("name")
    r = sub.add_parser("render")
    r.add_argument("--out", required=True)
    r.add_argument("--png", required=True)
    r.add_argument("--page", type=int, default=1)
    r.add_argument("--dpi", type=int, default=50)
    args = parser.parse_args()
    if args.command == "render":
        return render(args)
    if args.command == "prepare":
        prepare(args)
        return 0
    return check(args)


if __name__ == "__main__":
    sys.exit(main())
