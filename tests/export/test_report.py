"""The management report: A4, 2–4 pages, real embedded text, Dutch and English, and
pseudonymised reports that hold no name, employee number or e-mail in any byte."""

from __future__ import annotations

import contextlib
import re
import zlib
from datetime import date
from pathlib import Path

import pytest

from kennisnet.analysis import AnalysisResult
from kennisnet.analysis.figures import headline
from kennisnet.cli import main
from kennisnet.export import ExportRequest, export
from kennisnet.model import SurveyData

ON = date(2026, 12, 4)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def streams(pdf: bytes) -> list[bytes]:
    """Every stream of the PDF, decompressed where it is compressed."""
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        raw = m.group(1)
        try:
            out.append(zlib.decompress(raw))
        except zlib.error:
            out.append(raw)
    return out


def _literal(data: bytes, start: int) -> tuple[bytes, int]:
    """The PDF literal string opening at ``data[start]`` == b"(", and the index after it."""
    out = bytearray()
    depth, i = 1, start + 1
    while depth:
        c = data[i : i + 1]
        if c == b"\\":
            nxt = data[i + 1 : i + 2]
            if nxt.isdigit():
                digits = re.match(rb"[0-7]{1,3}", data[i + 1 : i + 4])
                assert digits is not None
                out.append(int(digits.group(), 8))
                i += 1 + len(digits.group())
                continue
            out += _ESCAPES.get(nxt, nxt)
            i += 2
            continue
        if c == b"(":
            depth += 1
        elif c == b")":
            depth -= 1
            if not depth:
                break
        out += c
        i += 1
    return bytes(out), i + 1


def objects(pdf: bytes) -> dict[int, bytes]:
    """Object number -> its dictionary and (decompressed) stream."""
    out = {}
    for m in re.finditer(rb"(\d+) 0 obj(.*?)endobj", pdf, re.S):
        body = m.group(2)
        inner = re.search(rb"stream\r?\n(.*?)\r?\nendstream", body, re.S)
        if inner is not None:
            with contextlib.suppress(zlib.error):
                body = body[: inner.start()] + zlib.decompress(inner.group(1))
        out[int(m.group(1))] = body
    return out


def _cmap(data: bytes) -> dict[int, str]:
    codes: dict[int, str] = {}
    for first, last, targets in re.findall(rb"<([0-9a-f]{4})> <([0-9a-f]{4})> \[([^\]]*)\]", data):
        hexes = re.findall(rb"<([0-9a-f]+)>", targets)
        for offset, code in enumerate(range(int(first, 16), int(last, 16) + 1)):
            codes[code] = bytes.fromhex(hexes[offset].decode()).decode("utf-16-be")
    return codes


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page's content, decoded with each font's ToUnicode map (matplotlib
    writes TrueType text as two-byte codes; ligatures such as "fi" get codes of their own)."""
    objs = objects(pdf)
    fonts: dict[bytes, dict[int, str]] = {}
    for body in objs.values():
        for name, number in re.findall(rb"/(F\d+) (\d+) 0 R", body):
            font = objs.get(int(number), b"")
            ref = re.search(rb"/ToUnicode (\d+) 0 R", font)
            fonts[name] = _cmap(objs[int(ref.group(1))]) if ref else {}
    texts = []
    for body in objs.values():
        if b"BT" not in body or b" Tf" not in body:
            continue
        lines = []
        for block in re.findall(rb"BT(.*?)ET", body, re.S):
            codes: dict[int, str] = {}
            pieces, i = [], 0
            while (i := block.find(b"(", i)) != -1:
                # The font in force: the last "/Fn size Tf" before this string.
                chosen = re.findall(rb"/(F\d+) [\d.]+ Tf", block[:i])
                codes = fonts.get(chosen[-1], {}) if chosen else {}
                text, i = _literal(block, i)
                pairs = [int.from_bytes(text[k : k + 2], "big") for k in range(0, len(text), 2)]
                pieces.append("".join(codes.get(c, chr(c)) for c in pairs))
            lines.append("".join(pieces))
        texts.append("\n".join(lines))
    return texts


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


def write_report(
    tmp_path: Path, survey: tuple[SurveyData, AnalysisResult, str], lang: str, pseudo: bool
) -> bytes:
    data, result, title = survey
    target = tmp_path / f"report-{lang}-{pseudo}.pdf"
    request = ExportRequest(report=target, lang=lang, pseudonymise=pseudo, title=title, on=ON)
    assert export(result, data, request) == [target]
    return target.read_bytes()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_demo_report_is_a4_with_embedded_fonts_and_the_findings(
    tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str], lang: str
) -> None:
    pdf = write_report(tmp_path, demo, lang, pseudo=False)
    assert pdf.startswith(b"%PDF-")
    assert 2 <= page_count(pdf) <= 4
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    # A4, the picture page turned to landscape when the network is wide.
    sizes = [sorted((float(w), float(h))) for w, h in boxes]
    assert sizes and all(abs(w - 595.4) < 1 and abs(h - 841.7) < 1 for w, h in sizes)
    # TrueType subsets embedded, no Type 3 bitmaps of letters.
    assert b"/FontFile2" in pdf and b"/Subtype /Type3" not in pdf
    text = " ".join(page_texts(pdf)).replace("\n", " ")
    _data, result, title = demo
    h = headline(result)
    if lang == "en":
        expected = [
            "Management report".upper(),
            f"{h.respondents} of {h.roster} people on the staff list answered the survey",
            f"{h.key_holders} colleagues are key knowledge holders",
            "The numbers that matter",
            "Glossary",
            "Key knowledge holder",
        ]
    else:
        expected = [
            "MANAGEMENTRAPPORT",
            f"{h.respondents} van de {h.roster} mensen op de personeelslijst",
            "De cijfers die ertoe doen",
            "Woordenlijst",
            "Kennishouder",
        ]
    for sentence in expected:
        assert sentence in text, sentence
    assert title in text
    top = max(result.key_holders, key=lambda p: (p.in_degree, -p.id))
    assert top.name in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pseudonymised_report_holds_no_name_number_or_email(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult], lang: str
) -> None:
    data, result = small
    pdf = write_report(tmp_path, (data, result, "Zeynep Oosterhuis"), lang, pseudo=True)
    assert 2 <= page_count(pdf) <= 4
    texts = "\n".join(page_texts(pdf))
    assert "P-0" in texts  # people are there, as codes
    everything = [pdf, *streams(pdf)]
    secrets = [
        s
        for p in data.people
        for s in (p.name, p.employee_number, p.email, p.name.split()[-1])
        if s
    ]
    for secret in secrets:
        assert secret not in texts
        for form in (secret.encode(), secret.encode("utf-16-be"), secret.upper().encode()):
            assert all(form not in chunk for chunk in everything), secret
    # The three people of "Lab" form a risk cluster under 5: its figures are hidden,
    # and so is the department (3 people).
    assert "Lab" not in re.sub(r"\bLab\w", "", texts)
    hidden = "minder dan 5" if lang == "nl" else "fewer than 5"
    assert hidden in texts


def test_the_names_are_there_when_not_pseudonymised(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult]
) -> None:
    data, result = small
    texts = "\n".join(page_texts(write_report(tmp_path, (data, result, ""), "en", pseudo=False)))
    assert "Zeynep Oosterhuis" in texts  # the check above can see names


def test_cli_writes_the_report_and_never_over_a_file_unasked(
    tmp_path: Path, demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.pdf"
    argv = ["export", str(demo_copy), "--report", str(target), "--lang", "en"]
    assert main(argv) == 0
    pdf = target.read_bytes()
    text = "\n".join(page_texts(pdf))
    assert 2 <= page_count(pdf) <= 4
    # The session passes the plan of the wave: its top actions are in the report.
    assert "Top actions of the learning plan" in text
    capsys.readouterr()
    target.write_text("kept", encoding="utf-8")
    assert main(argv) == 1
    _out, err = capsys.readouterr()
    assert "--force" in err
    assert target.read_text(encoding="utf-8") == "kept"
    assert main([*argv, "--force"]) == 0
    assert target.read_bytes().startswith(b"%PDF-")


def test_a_report_only_export_keeps_the_app_analysis_with_betweenness(
    tmp_path: Path, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kennisnet.analysis import betweenness
    from kennisnet.session import Session

    # Treat the demo as a large network: its bridge scores would be worth skipping.
    monkeypatch.setattr(betweenness, "PROCESSES_FROM", 10)
    with Session.open(demo_copy, readonly=True) as session:
        session.export(ExportRequest(report=tmp_path / "r.pdf", lang="en"))
        # The quick analysis (without betweenness) is never handed to others as complete.
        assert session.cached(None) is None
        found = session.analysis(None)
        assert found.result.betweenness_computed
        session.export(ExportRequest(report=tmp_path / "r2.pdf", lang="en"))
        assert session.cached(None) is found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_glossary_does_not_start_a_meaning_by_repeating_its_term(
    demo: tuple[SurveyData, AnalysisResult, str], lang: str
) -> None:
    from kennisnet.export.report_text import glossary

    _data, result, _title = demo
    terms = glossary(result, lang)
    assert len(terms) >= 5
    for term, meaning in terms:
        said = [term.lower()] + [f"{a} {term.lower()}" for a in ("a", "an", "een", "de", "het")]
        assert not meaning.lower().startswith(tuple(said)), (term, meaning)
        assert not meaning[:1].islower()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_report_names_risk_clusters_as_the_picture_does(
    tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str], lang: str
) -> None:
    from kennisnet.i18n import tr

    pdf = write_report(tmp_path, demo, lang, pseudo=False)
    text = " ".join(page_texts(pdf)).replace("\n", " ")
    _data, result, _title = demo
    risky = [c for c in result.clusters if c.risk]
    assert risky
    for c in risky:
        # The very words of the picture's label, e.g. "Groep 1 (risico)".
        assert tr("Cluster {number} (risk)", lang=lang, number=c.id) in text
    assert ("Risicogroep 1" if lang == "nl" else "Risk cluster 1") not in text
    # A plan action's status reads mid-sentence: "(voorgesteld)", not "(Voorgesteld)".
    assert "(Voorgesteld)" not in text and "(Proposed)" not in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_plan_actions_status_reads_in_lower_case_mid_sentence(
    demo: tuple[SurveyData, AnalysisResult, str], lang: str
) -> None:
    from kennisnet.export.pseudonym import Naming
    from kennisnet.export.report_text import action_lines
    from kennisnet.plan import propose

    data, result, _title = demo
    lines = action_lines(
        propose(result, data), result, Naming.build(data.people, pseudonymised=False), lang
    )
    assert lines
    proposed = "(voorgesteld)" if lang == "nl" else "(proposed)"
    assert all(proposed in line for line in lines), lines


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_hidden_small_departments_are_counted_in_words_not_as_a_response(
    small: tuple[SurveyData, AnalysisResult], lang: str
) -> None:
    from kennisnet.export.pseudonym import Naming
    from kennisnet.export.report_text import department_rows

    data, result = small
    rows = department_rows(result, Naming.build(data.people, pseudonymised=True), lang)
    label, value = rows[-1]
    # "Lab" (3 people) is hidden: the row says so, with no figure in the value column.
    word = "kleine afdeling" if lang == "nl" else "small department"
    assert label.startswith("1 ") and word in label and value == "", rows
    assert all("Lab" not in label for label, _value in rows)
