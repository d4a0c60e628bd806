"""The `/// video` Markdown block: Markdown in, HTML out, and clear errors for bad input."""

from __future__ import annotations

import markdown
import pytest

from scripts.video import VideoBlockError

GOOD = """/// video | Meredydd Owen
    id: NPENe0gKEOU
    duration: 2:48

A short *summary*.
///
"""


def render(text: str, lang: str = "en") -> str:
    return markdown.markdown(text, extensions=["scripts.video"], extension_configs={"scripts.video": {"lang": lang}})


def test_renders_a_placeholder_with_a_real_button_and_no_iframe():
    html = render(GOOD)
    assert '<button class="video__play" hidden="hidden" type="button">Play video' in html
    assert "<iframe" not in html
    assert 'data-video-id="NPENe0gKEOU"' in html
    assert "youtube-nocookie" not in html  # the iframe address is made only when the reader presses Play


def test_without_javascript_there_is_a_plain_link_to_the_video():
    assert '<a href="https://www.youtube.com/watch?v=NPENe0gKEOU">Watch on YouTube: Meredydd Owen</a>' in render(GOOD)


def test_says_that_playing_loads_youtube_which_may_set_cookies():
    assert "Playing the video loads it from YouTube, which may set cookies." in render(GOOD)


def test_title_and_duration_are_in_the_page_language():
    html = render(GOOD, lang="bn")
    assert '<time datetime="PT2M48S">২:৪৮</time>' in html
    assert "দৈর্ঘ্য" in html and "ভিডিও চালান" in html
    assert "Play video" not in html
    welsh = render(GOOD, lang="cy")
    assert "Chwarae'r fideo" in welsh and "Hyd: " in welsh


def test_print_shows_the_video_address_and_a_qr_code():
    html = render(GOOD)
    assert '<div class="video__print print-only">' in html
    assert "Video address: https://www.youtube.com/watch?v=NPENe0gKEOU" in html
    assert '<svg class="qr-code"' in html and "<path" in html


def test_summary_is_kept_as_markdown_and_labelled():
    html = render(GOOD)
    assert '<p class="video__summary-label">What the video is about</p>' in html
    assert "<p>A short <em>summary</em>.</p>" in html


def test_transcript_option_changes_the_label():
    html = render(GOOD.replace("duration: 2:48", "duration: 2:48\n    transcript: true"))
    assert '<p class="video__summary-label">Transcript</p>' in html


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD.replace("NPENe0gKEOU", "NPENe0gKEO"), "the YouTube id 'NPENe0gKEO' is not valid"),
        (GOOD.replace("NPENe0gKEOU", "https://youtu.be/x"), "is not valid. Copy the 11 letters"),
        (GOOD.replace("/// video | Meredydd Owen", "/// video"), "A video block has no title"),
        (GOOD.replace("duration: 2:48", "duration: 2:48\n    colour: red"), "unknown option 'colour'"),
        (GOOD.replace("duration: 2:48", "duration: three minutes"), "the duration 'three minutes' is not valid"),
        (GOOD.replace("    duration: 2:48\n", ""), "the duration '' is not valid"),
        (GOOD.replace("id: NPENe0gKEOU", "id: [NPENe0gKEOU"), "A video block could not be read"),
    ],
)
def test_bad_input_stops_with_a_clear_error(text, message):
    with pytest.raises(VideoBlockError) as error:
        render(text)
    assert message in str(error.value)


def test_spoken_language_and_captions_are_not_known_unless_the_editor_says():
    assert '<p class="video__facts">Spoken language: not known. Captions: not known.</p>' in render(GOOD)
    said = GOOD.replace("duration: 2:48", "duration: 2:48\n    spoken: cy\n    captions: yes")
    assert '<p class="video__facts">Spoken language: Welsh. Captions: yes.</p>' in render(said)
    assert "ভিডিওর ভাষা: ওয়েলশ। ক্যাপশন: আছে।" in render(said, lang="bn")
    assert "Captions: no." in render(GOOD.replace("duration: 2:48", "duration: 2:48\n    captions: no"))


@pytest.mark.parametrize(
    ("option", "message"),
    [("spoken: Welsh", "spoken 'Welsh' is not a language code"), ("captions: maybe", "captions 'maybe' is not valid")],
)
def test_bad_spoken_language_or_captions_stop_with_a_clear_error(option, message):
    with pytest.raises(VideoBlockError) as error:
        render(GOOD.replace("duration: 2:48", f"duration: 2:48\n    {option}"))
    assert message in str(error.value)
