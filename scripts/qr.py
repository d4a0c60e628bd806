"""QR codes as inline SVG, made at build time.

A printed page carries a QR code back to its online version; inline SVG means no image
file to fetch and nothing from another site. segno does the encoding.

segno picks the best of eight masks in pure Python: about 9 ms a code, a fifth of a whole
build. A page's address rarely changes, so each code is kept in .cache/qr/ under a key made of
everything that shapes it, and made again only when one of those changes.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
from importlib.metadata import version
from pathlib import Path

CACHE_DIR = Path(__file__).resolve().parent.parent / ".cache" / "qr"
CACHE_FORMAT = 1  # raise when qr_svg's output changes in a way its arguments do not show


@functools.cache
def qr_svg(url: str, *, label: str, css_class: str = "qr-code") -> str:
    """An accessible inline <svg> QR code for `url`, labelled in the page's language."""
    key = json.dumps([CACHE_FORMAT, _segno_version(), url, label, css_class], ensure_ascii=False)
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
def _segno_version() -> str:
    return version("segno")


def make_qr_svg(url: str, *, label: str, css_class: str = "qr-code") -> str:
    import segno  # only when a code is not in the cache: importing segno takes 45 ms

    code = segno.make(url, error="m")
    buffer = io.BytesIO()
    code.save(
        buffer,
        kind="svg",
        xmldecl=False,
        svgns=False,  # inline SVG in HTML needs no namespace
        svgclass=css_class,
        lineclass=None,
        omitsize=True,   # size comes from CSS, in millimetres for print
        border=2,
        title=label,
    )
    svg = buffer.getvalue().decode("utf-8")
    return svg.replace("<svg ", '<svg role="img" focusable="false" ', 1)
