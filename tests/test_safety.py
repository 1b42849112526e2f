"""Hostile templates and documents: no file leaves its folder, no connection is made,
no markup from a document reaches the page unescaped, no name escapes the output."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pytest
from conftest import SEEDS, messages, pdf_text, run_cli

SECRET = "TOP-SECRET-7f3a9c"
HOSTILE_HEAD = """
<link rel="attachment" href="file://{secret}">
<link rel="stylesheet" href="http://127.0.0.1:{port}/a.css">
<link rel="stylesheet" href="../../../../../../{secret_rel}">
<style>
@import url("http://127.0.0.1:{port}/b.css");
@font-face {{ font-family: Evil; src: url("http://127.0.0.1:{port}/f.woff"); }}
h1 {{ font-family: Evil, serif; }}
body {{ background: url("http://127.0.0.1:{port}/bg.png"); }}
</style>
"""
HOSTILE_BODY = """
<img src="file://{secret}"><img src="../../../../../../{secret_rel}"><img src="%2e%2e/%2e%2e/%2e%2e/%2e%2e/{secret_rel}">
<img src="link.png"><img src="http://127.0.0.1:{port}/i.png">
<embed src="http://127.0.0.1:{port}/e.svg"><object data="http://127.0.0.1:{port}/o.svg"></object>
<svg width="10" height="10"><image href="file://{secret}" width="10" height="10"/></svg>
<a rel="attachment" href="file://{secret}">附件</a><a rel="attachment" href="link.png">附件</a>
"""


class Listener:
    """A TCP listener on loopback that counts the connections made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.sock.close()


@pytest.fixture()
def hostile(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    listener = Listener()
    folder = tmp_path / "tpl"
    folder.mkdir()
    os.symlink(secret, folder / "link.png")
    fill = {"secret": secret, "secret_rel": str(secret).lstrip("/"), "port": listener.port}
    head, body = HOSTILE_HEAD.format(**fill), HOSTILE_BODY.format(**fill)
    (folder / "brief.html").write_text(
        '{% extends "default:brief.html" %}\n'
        f"{{% block extra_head %}}{head}{{% endblock %}}\n"
        f"{{% block footer %}}{{{{ super() }}}}{body}{{% endblock %}}\n",
        encoding="utf-8",
    )
    yield folder, listener, head + body
    listener.close()


def assert_clean(pdf: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    assert reader.attachments == {}
    raw = pdf.read_bytes()
    assert b"/EmbeddedFile" not in raw and b"/FileAttachment" not in raw
    assert SECRET not in pdf_text(pdf)
    for page in reader.pages:
        assert "/XObject" not in (page.get("/Resources") or {}) or not any(
            x.get_object().get("/Subtype") == "/Image" for x in page["/Resources"]["/XObject"].values()
        )


def test_hostile_template_reads_no_file_and_makes_no_connection(hostile, tmp_path):
    folder, listener, _ = hostile
    out = tmp_path / "out"
    proc = run_cli("brief", "-t", "西双版纳州", "-b", "松江区", "--templates", str(folder), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert_clean(out / "西双版纳州-对标-松江区.pdf")
    assert listener.connections == 0
    assert "已拒绝" in proc.stderr  # refusals are reported, not silent


def test_the_attacks_work_without_the_safe_fetcher(hostile, tmp_path):
    """Control: WeasyPrint's default fetcher embeds the file and connects out."""
    from pypdf import PdfReader
    from weasyprint import HTML

    folder, listener, markup = hostile
    pdf = tmp_path / "unsafe.pdf"
    html = f"<html><head>{markup}</head><body><p>x</p></body></html>"
    HTML(string=html, base_url=folder.as_uri() + "/").write_pdf(pdf)
    assert PdfReader(str(pdf)).attachments
    assert listener.connections > 0


def test_template_sandbox_blocks_python_internals(tmp_path):
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "brief.html").write_text(
        "{% extends 'default:brief.html' %}{% block footer %}{{ ''.__class__.__mro__[1].__subclasses__() }}"
        "{% endblock %}",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    proc = run_cli("brief", "-t", "西双版纳州", "-b", "松江区", "--templates", str(folder), "-o", str(out))
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and "模板" in proc.stderr
    assert not out.exists() or not any(out.iterdir())


def test_markup_in_documents_is_escaped(tmp_path):
    corpus = tmp_path / "docs"
    corpus.mkdir()
    text = (SEEDS / "000_0390dfee1e072804.txt").read_text(encoding="utf-8")
    evil = "松江区规上工业1617户<script>alert('x')</script><img src=x onerror=alert(1)>,发展势头良好。"
    (corpus / "a.txt").write_text(text.replace("松江区规上工业1617户", evil), encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("brief", "-t", "西双版纳州", "-b", "松江区", "-c", str(corpus), "-o", str(out), "--format", "html")
    assert proc.returncode == 0, proc.stderr
    html = (out / "西双版纳州-对标-松江区.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert" in html
    assert "<script>" not in html and "<img src=x" not in html


@pytest.mark.parametrize("name", ["../../x", "a/b\\c", "..", "/etc/passwd", "名" * 300, "x\x00y:*?<>|"])
def test_file_names_stay_inside_the_output_folder(name, tmp_path):
    from reporter.pipeline import brief_basename

    base = brief_basename(name, [name])
    assert "/" not in base and "\\" not in base and ".." not in base and "\x00" not in base
    assert 0 < len(base) <= 80
    target = (tmp_path / f"{base}.pdf").resolve()
    assert target.parent == tmp_path.resolve()


def test_output_folder_that_is_a_file_gives_one_line_error(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    proc = run_cli("brief", "-t", "西双版纳州", "-b", "松江区", "-o", str(blocker / "sub"), "--format", "html")
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert len(messages(proc.stderr)) == 1


def test_debug_flag_shows_the_traceback(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    proc = run_cli("--debug", "brief", "-t", "西双版纳州", "-b", "松江区", "-o", str(blocker / "s"), "--format", "html")
    assert proc.returncode != 0 and "Traceback" in proc.stderr
