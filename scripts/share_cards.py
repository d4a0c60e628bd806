"""The picture a shared link shows (og:image): one card per language, with the site's name in that language.

    make cards        # or: .venv/bin/python -m scripts.share_cards

Drawn with Pillow from the site's own colours (the header's indigo, the focus yellow, white) and the
fonts the site renders with on Debian (DejaVu Sans; Lohit Bengali for Bengali, shaped by Pillow's
libraqm), and written to overrides/assets/images/share-<lang>.png, which are committed: the build
needs neither Pillow nor the fonts. Run it again after changing a site name or description.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from scripts.languages import LANGUAGES, ROOT

WIDTH, HEIGHT = 1200, 630
INDIGO, YELLOW, WHITE = (64, 81, 181), (255, 221, 0), (255, 255, 255)
FONTS = {
    "latin": Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "latin_regular": Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    "bn": Path("/usr/share/fonts/truetype/lohit-bengali/Lohit-Bengali.ttf"),
}
FONT_PACKAGES = "fonts-dejavu-core fonts-lohit-beng-bengali"
OUT = ROOT / "overrides" / "assets" / "images"
MARGIN = 80


def site_texts(config_path: Path = ROOT / "mkdocs.yml") -> dict[str, tuple[str, str]]:
    """Each language's site name and description, from mkdocs.yml (the i18n plugin's per-language settings)."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)  # MkDocs' !ENV and friends
    config = yaml.load(config_path.read_text(encoding="utf-8"), Loader=Loader)
    texts = {"en": (config["site_name"], config["site_description"])}
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            for language in plugin["i18n"]["languages"]:
                if language["locale"] != "en":
                    texts[language["locale"]] = (language["site_name"], language["site_description"])
    return texts


def wrap(draw, text: str, font, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    return lines + [line] if line else lines


def heart(draw, x: int, y: int, size: int) -> None:
    """The logo's heart (overrides/assets/images/logo.svg), drawn as two circles and a point."""
    r = size // 4
    draw.ellipse((x, y, x + 2 * r, y + 2 * r), fill=WHITE)
    draw.ellipse((x + 2 * r, y, x + 4 * r, y + 2 * r), fill=WHITE)
    draw.polygon([(x + 0.1 * r, y + 1.4 * r), (x + 3.9 * r, y + 1.4 * r), (x + 2 * r, y + 3.8 * r)], fill=WHITE)


def card(language: str, name: str, description: str):
    from PIL import Image, ImageDraw, ImageFont

    missing = [str(path) for path in FONTS.values() if not path.exists()]
    if missing:
        sys.exit(f"Fonts not found: {', '.join(missing)}. Install them: sudo apt-get install -y {FONT_PACKAGES}")
    bold = FONTS["bn"] if language == "bn" else FONTS["latin"]
    regular = FONTS["bn"] if language == "bn" else FONTS["latin_regular"]
    layout = ImageFont.Layout.RAQM if language == "bn" else ImageFont.Layout.BASIC
    image = Image.new("RGB", (WIDTH, HEIGHT), INDIGO)
    draw = ImageDraw.Draw(image)
    heart(draw, MARGIN, MARGIN, 96)
    draw.rectangle((0, HEIGHT - 24, WIDTH, HEIGHT), fill=YELLOW)
    text_width = WIDTH - 2 * MARGIN
    top, bottom = MARGIN + 120, HEIGHT - 24 - 40  # under the heart, above the yellow bar
    # The largest title size at which the name and the whole description fit.
    for size in (76, 68, 60, 52, 46):
        title_font = ImageFont.truetype(str(bold), size, layout_engine=layout)
        body_font = ImageFont.truetype(str(regular), max(28, size // 2), layout_engine=layout)
        title = wrap(draw, name, title_font, text_width)
        body = wrap(draw, description, body_font, text_width)
        line = int(body_font.size * 1.35)
        if top + len(title) * int(size * 1.25) + 20 + len(body) * line <= bottom:
            break
    y = top
    for text in title:
        draw.text((MARGIN, y), text, font=title_font, fill=WHITE)
        y += int(size * 1.25)
    y += 20
    for text in body:
        draw.text((MARGIN, y), text, font=body_font, fill=WHITE)
        y += line
    return image.quantize(colors=64)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for language, (name, description) in site_texts().items():
        assert language in LANGUAGES
        path = OUT / f"share-{language}.png"
        card(language, name, description).save(path, optimize=True)
        print(f"{path}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
