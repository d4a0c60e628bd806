"""`/// video` blocks: a privacy-friendly YouTube embed that editors write like an admonition.

    /// video | Meredydd Owen
        id: NPENe0gKEOU
        duration: 2:48

    A short summary, or the transcript with `transcript: true`.
    ///

Two more options say what the source says about the film, and only that: `spoken: en` (the
language it is spoken in: en, cy, bn or so) and `captions: yes` or `captions: no`. Left out,
the page says "not known" rather than guess.

It renders a placeholder with a real button (our script swaps in a youtube-nocookie iframe
only when the reader presses it), a plain link for readers without JavaScript, and, in
print, the video's address and a QR code. Nothing loads from YouTube until the reader asks.

pymdownx.blocks treats a block it cannot validate (unknown option, missing argument, bad
YAML) as ordinary text, so an editor's mistake would be published silently. We validate
ourselves and stop the build instead, naming the problem.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from typing import Any

from markdown import Markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString
from mkdocs.exceptions import PluginError
from pymdownx.blocks import BlocksExtension
from pymdownx.blocks.block import Block

from scripts.languages import DEFAULT_LANGUAGE, local_digits, strings
from scripts.qr import qr_svg

# A YouTube video id is 11 characters from this alphabet (the part after "v=" in a watch address).
YOUTUBE_ID_RE = re.compile(r"^[A-Za-z0-9_-]{11}$")
# Durations as printed on YouTube: m:ss or h:mm:ss.
DURATION_RE = re.compile(r"^(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2}):(?P<s>[0-5]\d)$")
# What is left of a video block that Markdown did not understand, so it cannot slip through as text.
LEFTOVER_BLOCK_RE = re.compile(r"^\s*/{3,}\s*video\b", re.M)

WATCH_URL = "https://www.youtube.com/watch?v={id}"
OPTIONS = ("id", "duration", "transcript", "spoken", "captions")
SPOKEN_LANGUAGES = ("en", "cy", "bn", "so")
# YAML 1.1 reads yes/no as True/False; both spellings mean the same here.
CAPTIONS = {"yes": "yes", "true": "yes", "no": "no", "false": "no"}


class VideoBlockError(PluginError):
    """An editor's video block is wrong; the message says what to fix."""


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _shown(text: str) -> AtomicString:
    """Text the reader sees as written: Markdown's inline pass would otherwise turn a `<svg onload=…>`
    or `*stars*` in a title or an interface string back into markup (robustness report, V02)."""
    return AtomicString(text)


def video_problems(title: Any, options: dict[str, Any]) -> list[str]:
    """What is wrong with a video block's title and options, in words an editor can act on.

    Shared by the build (which stops on the first) and `make check` (which lists them all).
    """
    title = _text(title)
    where = f'Video block "{title}"' if title else "A video block"
    problems = []
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        problems.append(f"{where}: unknown option {', '.join(map(repr, unknown))}. Use only {', '.join(OPTIONS)}.")
    if not title:
        problems.append(f"{where} has no title. Write the title after the bar: /// video | Title of the video")
    video_id = _text(options.get("id"))
    if not YOUTUBE_ID_RE.match(video_id):
        problems.append(
            f"{where}: the YouTube id {video_id!r} is not valid. Copy the 11 letters, numbers, "
            "- or _ that come after 'v=' in the video's YouTube address."
        )
    duration = _duration_text(options.get("duration"))
    if not DURATION_RE.match(duration):
        problems.append(f"{where}: the duration {duration!r} is not valid. Write minutes and seconds, like 2:48.")
    spoken = _text(options.get("spoken"))
    if spoken and spoken not in SPOKEN_LANGUAGES:
        problems.append(
            f"{where}: spoken {spoken!r} is not a language code. Write one of {', '.join(SPOKEN_LANGUAGES)}, "
            "or leave the option out if the source does not say."
        )
    captions = _text(options.get("captions")).lower()
    if captions and captions not in CAPTIONS:
        problems.append(f"{where}: captions {captions!r} is not valid. Write yes or no, or leave it out if the source does not say.")
    return problems


class VideoBlock(Block):
    """One video: title as the argument, `id` and `duration` as options, summary as content."""

    NAME = "video"
    ARGUMENT = None  # optional here so that a missing title reaches our own error, not a silent skip
    OPTIONS = {name: ("", _text) for name in OPTIONS}

    def _validate(self, parent: etree.Element, arg: Any, **options: Any) -> bool:
        # Overridden because Block._validate returns False (block ignored, text published)
        # for unknown options and a missing argument; we want a build error instead.
        problems = video_problems(arg, options)
        if problems:
            raise VideoBlockError(problems[0])
        options["duration"] = _duration_text(options.get("duration"))
        return super()._validate(parent, _text(arg), **options)

    def on_create(self, parent: etree.Element) -> etree.Element:
        language = self.config.get("lang") or DEFAULT_LANGUAGE
        words = strings(language)
        title = self.argument
        video_id = self.options["id"]
        duration = self.options["duration"]
        watch_url = WATCH_URL.format(id=video_id)

        figure = etree.SubElement(parent, "figure", {
            "class": "video",
            "data-video-id": video_id,
            "data-frame-title": words["video_frame_title"].format(title=title),
        })
        screen = etree.SubElement(figure, "div", {"class": "video__screen"})
        etree.SubElement(screen, "p", {"class": "video__title"}).text = _shown(title)
        length = etree.SubElement(screen, "p", {"class": "video__length"})
        length.text = _shown(f"{words['video_length']}: ")
        etree.SubElement(length, "time", {"datetime": _iso_duration(duration)}).text = _shown(local_digits(duration, language))
        button = etree.SubElement(screen, "button", {
            "type": "button", "class": "video__play", "hidden": "hidden",
        })
        button.text = _shown(words["video_play"])
        hidden_title = etree.SubElement(button, "span", {"class": "visually-hidden"})
        hidden_title.text = _shown(f": {title}")
        link = etree.SubElement(screen, "p", {"class": "video__link"})
        etree.SubElement(link, "a", {"href": watch_url}).text = _shown(f"{words['video_watch']}: {title}")
        etree.SubElement(screen, "p", {"class": "video__cookies"}).text = _shown(words["video_cookies"])
        # Outside the screen, so it stays when Play swaps the screen for the player.
        etree.SubElement(figure, "p", {"class": "video__facts"}).text = _shown(self._facts(words))

        printed = etree.SubElement(figure, "div", {"class": "video__print print-only"})
        address = etree.SubElement(printed, "p")
        address.text = _shown(f"{words['video_address']}: {watch_url}")
        code = etree.fromstring(qr_svg(watch_url, label=f"{words['video_address']}: {title}"))
        for element in code.iter():  # its <title> holds the video's title, decoded by the XML parser
            element.text = _shown(element.text) if element.text else element.text
        printed.append(code)

        summary = etree.SubElement(figure, "div", {"class": "video__summary"})
        label = words["video_transcript"] if self.options["transcript"].lower() in ("true", "yes") else words["video_summary"]
        etree.SubElement(summary, "p", {"class": "video__summary-label"}).text = _shown(label)
        return summary


    def _facts(self, words: dict) -> str:
        """The film's spoken language and captions, as far as the editor's source says; "not known" otherwise."""
        spoken = self.options["spoken"]
        captions = CAPTIONS.get(self.options["captions"].lower())
        language = words["spoken_languages"][spoken] if spoken else words["video_not_known"]
        has_captions = words[f"video_captions_{captions}"] if captions else words["video_not_known"]
        end = words["sentence_end"]
        return f"{words['video_spoken']}: {language}{end} {words['video_captions']}: {has_captions}{end}"


class LeftoverVideoBlocks(Treeprocessor):
    """Stops the build when a `/// video` line survived as plain text (e.g. its options were not valid YAML)."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter("p"):
            text = "".join(element.itertext())
            if LEFTOVER_BLOCK_RE.search(text):
                raise VideoBlockError(
                    "A video block could not be read: "
                    f"{text.strip()[:80]!r}. Check that each option is on its own line, "
                    "indented by four spaces, written as name: value, right under the /// video line."
                )


def _duration_text(value: Any) -> str:
    """The duration as written; YAML 1.1 reads an unquoted 2:48 as the number 168 (base 60)."""
    if isinstance(value, int) and not isinstance(value, bool):
        hours, rest = divmod(value, 3600)
        minutes, seconds = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
    return _text(value)


def _iso_duration(duration: str) -> str:
    match = DURATION_RE.match(duration)
    hours = int(match["h"] or 0)
    return f"PT{hours}H{int(match['m'])}M{int(match['s'])}S" if hours else f"PT{int(match['m'])}M{int(match['s'])}S"


class VideoExtension(BlocksExtension):
    """Registers `/// video`; `lang` is the page language, set per language build by a hook."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.config = {"lang": [DEFAULT_LANGUAGE, "Language of the page being built"]}
        super().__init__(*args, **kwargs)

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: Any) -> None:
        block_mgr.register(VideoBlock, self.getConfigs())
        md.treeprocessors.register(LeftoverVideoBlocks(md), "leftover_video_blocks", 0)


def makeExtension(*args: Any, **kwargs: Any) -> VideoExtension:
    return VideoExtension(*args, **kwargs)
