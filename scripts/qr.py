"""QR codes as inline SVG, made at build time.

A printed page carries a QR code back to its online version; inline SVG means no image
file to fetch and nothing from another site. segno does the encoding.
"""

from __future__ import annotations

import io

import segno


def qr_svg(url: str, *, label: str, css_class: str = "qr-code") -> str:
    """An accessible inline <svg> QR code for `url`, labelled in the page's language."""
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
