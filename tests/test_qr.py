"""QR codes are made once per address and label, then read back from .cache/qr.json by later builds (scripts/qr.py)."""

from __future__ import annotations

import json

import pytest

from scripts import qr

ADDRESS = "https://carers-guides.github.io/carers-guides/cy/transitions/leaving-hospital/"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A build's QR cache in a folder of its own, as a new build process finds it."""
    monkeypatch.setattr(qr, "CACHE_FILE", tmp_path / "qr.json")
    monkeypatch.setattr(qr, "_codes", None)
    monkeypatch.setattr(qr, "_used", set())
    monkeypatch.setattr(qr, "_changed", False)
    yield tmp_path / "qr.json"


def new_process(monkeypatch):
    monkeypatch.setattr(qr, "_codes", None)
    monkeypatch.setattr(qr, "_used", set())
    monkeypatch.setattr(qr, "_changed", False)


def test_a_cached_code_is_the_code_zxing_makes(cache):
    made = qr.make_qr_svg(ADDRESS, label="Cod QR")
    assert qr.qr_svg(ADDRESS, label="Cod QR") == made
    qr.save_cache()
    assert list(json.loads(cache.read_text(encoding="utf-8")).values()) == [made]


def test_a_later_build_reads_the_code_instead_of_making_it(cache, monkeypatch):
    first = qr.qr_svg(ADDRESS, label="Cod QR")
    qr.save_cache()
    new_process(monkeypatch)
    monkeypatch.setattr(qr, "make_qr_svg", lambda *args, **kwargs: pytest.fail("made again"))
    assert qr.qr_svg(ADDRESS, label="Cod QR") == first


def test_another_address_or_label_is_another_code(cache):
    first = qr.qr_svg(ADDRESS, label="Cod QR")
    assert qr.qr_svg(ADDRESS + "x/", label="Cod QR") != first
    assert qr.qr_svg(ADDRESS, label="QR code") != first
    qr.save_cache()
    assert len(json.loads(cache.read_text(encoding="utf-8"))) == 3


def test_the_cache_keeps_only_the_codes_the_last_build_used(cache, monkeypatch):
    qr.qr_svg(ADDRESS, label="Cod QR")
    qr.qr_svg(ADDRESS + "old-page/", label="Cod QR")
    qr.save_cache()
    qr.start_build()  # the next build (make serve) no longer has the old page
    kept = qr.qr_svg(ADDRESS, label="Cod QR")
    qr.save_cache()
    assert list(json.loads(cache.read_text(encoding="utf-8")).values()) == [kept]


def test_a_broken_cache_file_is_made_again(cache):
    cache.write_text("{not json", encoding="utf-8")
    assert qr.qr_svg(ADDRESS, label="Cod QR") == qr.make_qr_svg(ADDRESS, label="Cod QR")


def test_a_cache_that_cannot_be_written_still_gives_the_code(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    new_process(monkeypatch)
    monkeypatch.setattr(qr, "CACHE_FILE", blocker / "qr.json")
    assert qr.qr_svg(ADDRESS, label="Cod QR") == qr.make_qr_svg(ADDRESS, label="Cod QR")
    qr.save_cache()  # no error


def _drawn(svg: str, scale: int = 6):
    """The SVG's path drawn module by module with Pillow, as a reader would see it printed."""
    import re

    from PIL import Image, ImageDraw

    size = int(re.search(r'viewBox="0 0 (\d+) \1"', svg).group(1))
    image = Image.new("L", (size * scale, size * scale), 255)
    draw = ImageDraw.Draw(image)
    x = y = 0.0
    for command, dx, dy, run in re.findall(r"([Mm])(-?[\d.]+) (-?[\d.]+)h(\d+)", svg):
        x, y = (float(dx), float(dy)) if command == "M" else (x + float(dx), y + float(dy))
        draw.rectangle([x * scale, (y - 0.5) * scale, (x + int(run)) * scale - 1, (y + 0.5) * scale - 1], fill=0)
        x += int(run)
    return image


@pytest.mark.parametrize("address", [ADDRESS, "https://carers-guides.github.io/carers-guides/bn/support/carers-assessment/",
                                     "https://www.youtube.com/watch?v=abcdefghijk"])
def test_the_drawn_code_reads_back_as_its_address(address):
    import zxingcpp

    svg = qr.make_qr_svg(address, label="QR")
    assert [found.text for found in zxingcpp.read_barcodes(_drawn(svg))] == [address]


def test_the_label_is_escaped():
    svg = qr.make_qr_svg(ADDRESS, label='Cod <QR> & "x"')
    assert "<title>Cod &lt;QR&gt; &amp; &quot;x&quot;</title>" in svg
