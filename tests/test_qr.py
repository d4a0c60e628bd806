"""QR codes are made once per address and label, then read back from .cache/qr/ (scripts/qr.py)."""

from __future__ import annotations

import pytest

from scripts import qr

ADDRESS = "https://carers-guides.github.io/carers-guides/cy/transitions/leaving-hospital/"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setattr(qr, "CACHE_DIR", tmp_path / "qr")
    qr.qr_svg.cache_clear()
    yield tmp_path / "qr"
    qr.qr_svg.cache_clear()


def test_a_cached_code_is_the_code_segno_makes(cache):
    made = qr.make_qr_svg(ADDRESS, label="Cod QR")
    assert qr.qr_svg(ADDRESS, label="Cod QR") == made
    assert [path.read_text(encoding="utf-8") for path in cache.iterdir()] == [made]


def test_a_later_build_reads_the_code_instead_of_making_it(cache, monkeypatch):
    first = qr.qr_svg(ADDRESS, label="Cod QR")
    qr.qr_svg.cache_clear()  # as in a new build process
    monkeypatch.setattr(qr, "make_qr_svg", lambda *args, **kwargs: pytest.fail("made again"))
    assert qr.qr_svg(ADDRESS, label="Cod QR") == first


def test_another_address_or_label_is_another_code(cache):
    first = qr.qr_svg(ADDRESS, label="Cod QR")
    assert qr.qr_svg(ADDRESS + "x/", label="Cod QR") != first
    assert qr.qr_svg(ADDRESS, label="QR code") != first
    assert len(list(cache.iterdir())) == 3


def test_a_cache_that_cannot_be_written_still_gives_the_code(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(qr, "CACHE_DIR", blocker / "qr")
    qr.qr_svg.cache_clear()
    assert qr.qr_svg(ADDRESS, label="Cod QR") == qr.make_qr_svg(ADDRESS, label="Cod QR")
    qr.qr_svg.cache_clear()
