#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora (corpus/NAME) and the regression corpus
(regressions/NAME, one reproducer per defect of issue 12) from the project's
own demo corpus. Run again after changing it; the files are committed.

    tests/fuzz/make_seeds.py [path/to/crosscut-cli]

With crosscut-cli, the .qdpx/.qdc seeds are exports of a small demo project.
"""
import io
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEMO = ROOT / "resources" / "demo"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def demo_lines(name, count):
    text = (DEMO / "texts" / name).read_text(encoding="utf-8")
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[:count]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_xml(paragraphs):
    body = "".join(f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{esc(p[:12])}</w:t></w:r>'
                   f'<w:r><w:t xml:space="preserve">{esc(p[12:])}</w:t><w:tab/><w:br/></w:r></w:p>'
                   for p in paragraphs)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}"><w:body>'
            f'{body}<w:sectPr/></w:body></w:document>').encode()


def odt_xml(paragraphs, inner=""):
    body = "".join(f'<text:p text:style-name="Standard"><text:span>{esc(p).replace("  ", " <text:s/>")}'
                   f'</text:span><text:tab/><text:s text:c="3"/></text:p>' for p in paragraphs)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="{ODF_OFFICE}" '
            f'xmlns:text="{ODF_TEXT}" office:version="1.3"><office:body><office:text><text:sequence-decls/>'
            f'<text:h text:outline-level="1">Interview</text:h>{body}{inner}</office:text></office:body>'
            f'</office:document-content>').encode()


def zip_bytes(entries, method=zipfile.ZIP_DEFLATED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method, compresslevel=9) as z:
        for name, data in entries:
            z.writestr(name, data)
    return out.getvalue()


def docx(paragraphs=None, xml=None):
    types = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
    return zip_bytes([("[Content_Types].xml", types), ("word/document.xml", xml or docx_xml(paragraphs))])


def odt(paragraphs=None, xml=None):
    return zip_bytes([("mimetype", b"application/vnd.oasis.opendocument.text"),
                      ("content.xml", xml or odt_xml(paragraphs))])


def srt(lines, start_ms=1000):
    blocks = []
    for i, line in enumerate(lines):
        a, b = start_ms + i * 4000, start_ms + i * 4000 + 3500
        t = lambda ms: f"{ms // 3600000:02}:{ms // 60000 % 60:02}:{ms // 1000 % 60:02},{ms % 1000:03}"
        blocks.append(f"{i + 1}\n{t(a)} --> {t(b)}\n{line}\n")
    return "\n".join(blocks)


def vtt(lines):
    out = ["WEBVTT\n", "NOTE made by make_seeds.py\n"]
    for i, line in enumerate(lines):
        a = 1000 + i * 4000
        t = lambda ms: f"{ms // 60000:02}:{ms // 1000 % 60:02}.{ms % 1000:03}"
        speaker, _, said = line.partition(": ")
        out.append(f"cue-{i}\n{t(a)} --> {t(a + 3500)} align:start\n<v {speaker}>{esc(said)}</v>\n")
    return "\n".join(out)


def write(kind, harness, name, data):
    d = HERE / kind / harness
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def seeds(cli):
    kenya = demo_lines("01-kenya-sex-worker-collective.txt", 8)
    kyrgyz = demo_lines("02-kyrgyzstan-aids-centre.txt", 6)
    fg = demo_lines("09-focus-group-regional-partners.txt", 10)
    write("corpus", "document_txt", "interview-utf8.txt", "\n".join(kenya) + "\n")
    write("corpus", "document_txt", "interview-crlf.txt", "\r\n".join(kyrgyz) + "\r\n")
    write("corpus", "document_txt", "russian-utf16le-bom.txt", b"\xff\xfe" +
          "Интервьюер: Расскажите о работе.\nРеспондент: Мы работаем вместе.\n".encode("utf-16-le"))
    write("corpus", "document_txt", "russian-utf16be.txt",
          "Интервьюер: Как дела?\nРеспондент: Хорошо, спасибо.\n".encode("utf-16-be"))
    write("corpus", "document_txt", "russian-cp1251.txt",
          "Интервьюер: Расскажите о сотрудничестве.\n[Респондент] Мы партнёры.\n".encode("cp1251"))
    write("corpus", "document_md", "focus-group.md",
          "# Focus group\n\n" + "\n\n".join(f"**{l.partition(': ')[0]}:** {l.partition(': ')[2]}" for l in fg[2:])
          + "\n\n---\n\n> quoted *emphasis* and `code`, a [link](https://example.org)\n\n- item\n- [x] task\n\n"
          "```\ncode block\n```\n\nSetext\n======\n\n&amp; &#233; &#x1F600; &bogus;\n")
    write("corpus", "document_md", "notes.md", "## Notes\n\n" + "\n".join(kenya[:4]) + "\n\n1. one\n2. two\n")
    write("corpus", "document_srt", "recording.srt", srt(fg[2:]))
    write("corpus", "document_vtt", "recording.vtt", vtt(fg[2:]))
    write("corpus", "document_docx", "interview.docx", docx(kenya))
    write("corpus", "document_docx", "document.xml", docx_xml(kyrgyz))
    write("corpus", "document_odt", "interview.odt", odt(kenya))
    write("corpus", "document_odt", "content.xml", odt_xml(kyrgyz))
    for name in ("cases.csv", "documents.csv"):
        write("corpus", "csv", name, (DEMO / name).read_bytes())
    write("corpus", "csv", "codings-head.csv", b"".join((DEMO / "codings.csv").read_bytes().splitlines(True)[:12]))
    write("corpus", "csv", "quoted.csv", 'a,b,c\r\n"x, ""quoted""",2,"multi\nline"\r\n\xef\xbb\xbf,,\r\n')
    if cli:
        with tempfile.TemporaryDirectory() as tmp:
            p = os.path.join(tmp, "seed.crosscut")
            texts = []
            for name, n in (("01-kenya-sex-worker-collective.txt", 10), ("09-focus-group-regional-partners.txt", 12)):
                path = os.path.join(tmp, name)
                pathlib.Path(path).write_text("\n".join(demo_lines(name, n)) + "\n", encoding="utf-8")
                texts.append(path)
            run = lambda *a: subprocess.run([cli, *a], check=True, capture_output=True)
            run("init", p, "--template", "intersectional")
            run("import", p, *texts)
            run("code", p, "--doc", "01-kenya-sex-worker-collective", "--start", "10", "--end", "60",
                "--code", "Leadership/Key population-led")
            run("export", p, "--format", "qdpx", "--out", os.path.join(tmp, "seed.qdpx"))
            run("export", p, "--format", "qdc", "--out", os.path.join(tmp, "seed.qdc"))
            qdpx = pathlib.Path(tmp, "seed.qdpx").read_bytes()
            write("corpus", "qdpx", "demo.qdpx", qdpx)
            with zipfile.ZipFile(io.BytesIO(qdpx)) as z:
                qde = next(n for n in z.namelist() if n.lower().endswith(".qde"))
                write("corpus", "qdpx", "project.qde", z.read(qde))
            write("corpus", "qdc", "intersectional.qdc", pathlib.Path(tmp, "seed.qdc").read_bytes())


def regressions():
    # 1. ODT <text:s text:c="N"/> unbounded: one run of 2^31-1 spaces, forty of 10^8.
    write("regressions", "document_odt", "issue12-1-text-s-c-2147483647.odt",
          odt(xml=odt_xml([]).replace(b"</office:text>",
                                      b'<text:p>Hello<text:s text:c="2147483647"/>x</text:p></office:text>')))
    write("regressions", "document_odt", "issue12-1-forty-runs-of-1e8.odt",
          odt(xml=odt_xml([]).replace(b"</office:text>", b"<text:p>" + b'a<text:s text:c="100000000"/>' * 40
                                      + b"</text:p></office:text>")))
    # 2. Zip bombs: document.xml / content.xml inflating ~1000x.
    bomb = b'<w:document xmlns:w="' + W_NS.encode() + b'"><w:body><w:p><w:r><w:t>' + b"a" * (24 << 20)
    write("regressions", "document_docx", "issue12-2-zip-bomb.docx", docx(xml=bomb + b"</w:t></w:r></w:p></w:body></w:document>"))
    write("regressions", "document_odt", "issue12-2-zip-bomb.odt",
          odt(xml=odt_xml([]).replace(b"</office:text>", b"<text:p>" + b"b" * (24 << 20) + b"</text:p></office:text>")))
    # 3. More text than a document may hold (70 million spaces in 1000-space runs).
    write("regressions", "document_odt", "issue12-3-text-over-64MiB.odt",
          odt(xml=odt_xml([]).replace(b"</office:text>", b"<text:p>" + b'<text:s text:c="1000"/>' * 70000
                                      + b"</text:p></office:text>")))
    # 4. Cue times that overflow qint64 milliseconds.
    write("regressions", "document_srt", "issue12-4-cue-hours-overflow.srt",
          "1\n9999999999999999:00:01,000 --> 9999999999999999:00:02,000\nP1: overflow\n")
    write("regressions", "document_vtt", "issue12-4-cue-hours-overflow.vtt",
          "WEBVTT\n\n99999999999999999999:00:01.000 --> 99999999999999999999:00:02.000\n<v P1>overflow\n")
    # 5. Markdown: one long line of unclosed emphasis (regex backtracking).
    write("regressions", "document_md", "issue12-5-unclosed-strong.md", " **b" * 75000)
    write("regressions", "document_md", "issue12-5-unclosed-underscore.md", "_a " * 33334)
    # 8. A short UTF-8 text holding one NUL (was decoded as UTF-16).
    write("regressions", "document_txt", "issue12-8-utf8-with-nul.txt", b"Interviewer: hello\0world\nP1: ok\n")
    # Older hostile inputs, kept so they stay refused.
    write("regressions", "csv", "unterminated-quote.csv", 'document,attribute,value\n"open,x,y\n')
    write("regressions", "csv", "bare-cr-and-nul.csv", b'a,b\r"x"y\0,z\r\r\n')
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
              + ']><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="a" name="&lol9;" isCodable="true"/>'
              '</Codes></CodeBook>')
    write("regressions", "qdc", "billion-laughs.qdc", laughs)
    write("regressions", "qdpx", "zip-slip.qdpx", zip_bytes([("../../evil.qde", b"<Project/>"), ("project.qde", b"<Project/>")]))


if __name__ == "__main__":
    cli = sys.argv[1] if len(sys.argv) > 1 else None
    for kind in ("corpus",) if cli else ():
        shutil.rmtree(HERE / kind, ignore_errors=True)
    seeds(cli)
    regressions()
