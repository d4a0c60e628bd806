"""QR codes as inline SVG, made at build time.

A printed page carries a QR code back to its online version; inline SVG means no image
file to fetch and nothing from another site.

zxing-cpp does the encoding (its writer is zint, in C): a code takes about 0.2 ms. segno, which did
it before, picks the best of eight masks in pure Python: 3 to 5 ms a code, so a fresh checkout paid
about a second a build, and every new page 4 ms more (issue 11). zxing-cpp writes SVG as one <rect>
per module; the path here (one stroke per run of dark modules) is about a fifth of the size, which
every page carries. The tests read the printed codes back with zxing-cpp's reader.

A page's address rarely changes, so each code is also kept in .cache/qr/ under a key made of
everything that shapes it, and made again only when one of those changes.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import os
from importlib.metadata import version
from pathlib import Path

CACHE_DIR = Path(__file__).resolve().parent.parent / ".cache" / "qr"
CACHE_FORMAT = 2  # raise when qr_svg's output changes in a way its arguments do not show


@functools.cache
def qr_svg(url: str, *, label: str, css_class: str = "qr-code") -> str:
    """An accessible inline <svg> QR code for `url`, labelled in the page's language."""
    key = json.dumps([CACHE_FORMAT, _encoder_version(), url, label, css_class], ensure_ascii=False)
    cached = CACHE_DIR / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}.svg"
    try:
        return cached.read_text(encoding="utf-8")
    except OSError:
        pass
    svg = make_qr_svg(url, label=label, css_class=css_class)
    try:  # a read-only checkout still builds; it just makes every code each time
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(svg, encoding="utf-8")
        partial.replace(cached)
    except OSError:
        pass
    return svg


@functools.cache
def _encoder_version() -> str:
    return version("zxing-cpp")


QUIET_ZONE = 2  # modules of white around the code: the print CSS adds the rest of the margin
ERROR_CORRECTION = "M"  # about 15% of the code can be smudged or folded and it still reads


def qr_modules(url: str) -> list[bytes]:
    """The code's modules, a row at a time: 1 is dark."""
    import zxingcpp  # only when a code is not in the cache

    code = zxingcpp.create_barcode(url, zxingcpp.BarcodeFormat.QRCode, ec_level=ERROR_CORRECTION)
    image = code.to_image(scale=1, add_quiet_zones=False)
    height, width = image.shape
    pixels = bytes(memoryview(image))  # 0 is dark, 255 light
    return [bytes(1 if pixel == 0 else 0 for pixel in pixels[row * width:(row + 1) * width]) for row in range(height)]


def svg_path(modules: list[bytes], border: int = QUIET_ZONE) -> str:
    """One horizontal stroke per run of dark modules, each move relative to where the last stroke ended."""
    parts, pen_x, pen_y = [], 0, 0.0
    for y, row in enumerate(modules):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            run = 1
            while x + run < len(row) and row[x + run]:
                run += 1
            start_x, start_y = x + border, y + border + 0.5
            if not parts:
                parts.append(f"M{start_x} {start_y:g}h{run}")
            else:
                parts.append(f"m{start_x - pen_x} {start_y - pen_y:g}h{run}")
            pen_x, pen_y = start_x + run, start_y
            x += run
    return "".join(parts)


def make_qr_svg(url: str, *, label: str, css_class: str = "qr-code") -> str:
    modules = qr_modules(url)
    size = len(modules) + 2 * QUIET_ZONE
    return (f'<svg role="img" focusable="false" viewBox="0 0 {size} {size}" class="{html.escape(css_class)}">'
            f"<title>{html.escape(label)}</title>"
            f'<path stroke="#000" d="{svg_path(modules)}"/></svg>')
