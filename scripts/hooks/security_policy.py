"""Puts a Content-Security-Policy on every page: only this site, plus youtube-nocookie frames.

GitHub Pages cannot send headers, so the policy is a <meta> tag, first in <head>. Material
writes a few small inline scripts; rather than allow all inline script, each one is allowed
by its hash, worked out from the finished page.
"""

from __future__ import annotations

import base64
import hashlib
import re

# Inline scripts that run (a <script> with no src and no data type such as application/json).
INLINE_SCRIPT_RE = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*\btype=\"application/json\")[^>]*>(.*?)</script>", re.S)
HEAD_OPEN_RE = re.compile(r"<head>\s*")

POLICY = (
    "default-src 'self'; "
    "script-src 'self' 'wasm-unsafe-eval' {script_hashes}; "  # Pagefind runs WebAssembly
    "style-src 'self'; "
    "img-src 'self' data:; "
    "font-src 'self'; "
    "connect-src 'self'; "
    "frame-src https://www.youtube-nocookie.com; "
    "object-src 'none'; "
    "base-uri 'self'; "
    "form-action 'self' https://github.com"
)


def on_post_page(output, page, config):
    return add_policy(output)


def on_post_template(output_content, template_name, config):
    """Static templates (the 404 page) are not pages, so they need the policy added here too."""
    return add_policy(output_content) if template_name.endswith(".html") else output_content


def add_policy(html: str) -> str:
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(body.encode('utf-8')).digest()).decode()}'"
        for body in INLINE_SCRIPT_RE.findall(html)
    )
    tag = f'<meta http-equiv="Content-Security-Policy" content="{POLICY.format(script_hashes=hashes).replace("  ", " ")}">'
    return HEAD_OPEN_RE.sub(lambda match: match.group(0) + tag + "\n", html, count=1)
