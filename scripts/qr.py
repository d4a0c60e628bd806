"""QR codes as inline SVG, made at build time.

A printed page carries a QR code back to its online version; inline SVG means no image
file to fetch and nothing from another site.

zxing-cpp does the encoding (its writer is zint, in C): a code takes about 0.3 ms. segno, which did
it before, picks the best of eight masks in pure Python: 3 to 5 ms a code, so a fresh checkout paid
about a second a build, and every new page 4 ms more (issue 11). zxing-cpp writes SVG as one <rect>
per module; the path here (one stroke per run of dark modules) is about a fifth of the size, which
every page carries. The tests read the printed codes back with zxing-cpp's reader.

A page's address rarely changes, so the codes are also kept between builds, in one file
(.cache/qr.json) under a key made of everything that shapes each one, and a code is made again only
when one of those changes. One file read and, when a code is new, one file written per build: a file
per code cost more to write (0.3 ms) than the code costs to make.
"""

from __future__ import annotations

import functools
import html
import json
import os
import re
from importlib.metadata import version
from pathlib import Path

CACHE_FILE = Path(__file__).resolve().parent.parent / ".cache" / "qr.json"
CACHE_FORMAT = 3  # raise when qr_svg's output changes in a way its arguments do not show

_codes: dict[str, str] | None = None  # key -> svg: what the cache file holds, and the codes made since
_used: set[str] = set()  # the keys this build asked for: the file keeps only those
_changed = False


def qr_svg(url: str, *, label: str, css_class: str = "qr-code") -> str:
    """An accessible inline <svg> QR code for `url`, labelled in the page's language."""
    global _changed
    codes = _cache()
    key = json.dumps([CACHE_FORMAT, _encoder_version(), url, label, css_class], ensure_ascii=False)
    _used.add(key)
    if key not in codes:
        codes[key] = make_qr_svg(url, label=label, css_class=css_class)
        _changed = True
    return codes[key]


def _cache() -> dict[str, str]:
    global _codes
    if _codes is None:
        try:
            _codes = json.loads(CACHE_FILE.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            _codes = {}
        if not isinstance(_codes, dict):
            _codes = {}
    return _codes


def start_build() -> None:
    """A new build (each `make serve` rebuild too) starts counting which codes it uses."""
    _used.clear()


def save_cache() -> None:
    """Keep this build's codes for the next build; codes no page asked for are dropped."""
    global _changed
    codes = _cache()
    if not _changed and len(codes) == len(_used):
        return
    kept = {key: codes[key] for key in sorted(_used) if key in codes}
    try:  # a read-only checkout still builds; it just makes every code each time
        CACHE_FILE.parent.mkdir(parents=True, exist_ok=True)
        partial = CACHE_FILE.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
        partial.replace(CACHE_FILE)
    except OSError:
        return
    codes.clear()
    codes.update(kept)
    _changed = False


@functools.cache
def _encoder_version() -> str:
    return version("zxing-cpp")


QUIET_ZONE = 2  # modules of white around the code: the print CSS adds the rest of the margin
ERROR_CORRECTION = "M"  # about 15% of the code can be smudged or folded and it still reads


DARK = bytes.maketrans(b"\x00\xff", b"\x01\x00")  # zxing-cpp's pixels (0 dark, 255 light) as modules
DARK_RUN = re.compile(rb"\x01+")


def qr_modules(url: str) -> list[bytes]:
    """The code's modules, a row at a time: 1 is dark."""
    import zxingcpp  # only when a code is not in the cache

    code = zxingcpp.create_barcode(url, zxingcpp.BarcodeFormat.QRCode, ec_level=ERROR_CORRECTION)
    image = code.to_image(scale=1, add_quiet_zones=False)
    height, width = image.shape
    modules = bytes(memoryview(image)).translate(DARK)
    return [modules[row * width:(row + 1) * width] for row in range(height)]


def svg_path(modules: list[bytes], border: int = QUIET_ZONE) -> str:
    """One horizontal stroke per run of dark modules, each move relative to where the last stroke ended.

    Strokes run along the middle of each row of modules (y + 0.5), so after the first absolute move every
    step down is a whole number of rows.
    """
    parts, pen_x, pen_y = [], 0, 0
    for y, row in enumerate(modules, start=border):
        for run in DARK_RUN.finditer(row):
            start, end = run.span()
            if parts:
                parts.append(f"m{start + border - pen_x} {y - pen_y}h{end - start}")
            else:
                parts.append(f"M{start + border} {y}.5h{end - start}")
            pen_x, pen_y = end + border, y
    return "".join(parts)


def make_qr_svg(url: str, *, label: str, css_class: str = "qr-code") -> str:
    modules = qr_modules(url)
    size = len(modules) + 2 * QUIET_ZONE
    return (f'<svg role="img" focusable="false" viewBox="0 0 {size} {size}" class="{html.escape(css_class)}">'
            f"<title>{html.escape(label)}</title>"
            f'<path stroke="#000" d="{svg_path(modules)}"/></svg>')
