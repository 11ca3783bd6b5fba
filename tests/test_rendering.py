"""The kit's one Markdown renderer (civics_kit.rendering): CommonMark in, HTML with nothing that can run out."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civics_kit.handouts import output_to_html
from civics_kit.rendering import render_markdown, sanitize_html

WIKIPEDIA = "https://en.wikipedia.org/wiki/Secure_Communities_(program)"
# Hostile markup a pasted lesson, a notebook output or a student's text could carry.
ATTACKS = [
    '<img src="x.png" onerror="alert(1)">',
    '<svg onload="alert(1)"><circle r="4"/></svg>',
    "<script>alert(1)</script>",
    '<a href="javascript:alert(1)">click</a>',
    '<a href=" JaVaScRiPt:alert(1)">click</a>',
    '<a href="vbscript:msgbox(1)">click</a>',
    '<iframe src="https://example.org"></iframe>',
    '<div style="background:url(javascript:alert(1))" onclick="alert(1)">x</div>',
    '<body onload="alert(1)">',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<form action="https://example.org"><input autofocus onfocus="alert(1)"></form>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<meta http-equiv="refresh" content="0;url=https://example.org">',
    '<link rel="stylesheet" href="https://example.org/x.css">',
    "<style>body{display:none}</style>",
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
]
BAD_TAGS = {"script", "svg", "iframe", "object", "embed", "form", "input", "meta", "link", "style", "math", "body"}
_TAG = re.compile(r"<([A-Za-z][\w-]*)([^>]*)>")
_BAD_ATTRIBUTE = re.compile(r"(?:^|\s)(?:on\w+|style)\s*=", re.IGNORECASE)
_BAD_URL = re.compile(r"(?:href|src)\s*=\s*[\"']?\s*(?:javascript|vbscript|data:text)", re.IGNORECASE)


def dangerous(page: str) -> list[str]:
    """The real tags (not escaped text such as ``&lt;img onerror&gt;``, which is inert) that could run code."""
    return [
        tag.group(0)
        for tag in _TAG.finditer(page)
        if tag.group(1).lower() in BAD_TAGS or _BAD_ATTRIBUTE.search(tag.group(2)) or _BAD_URL.search(tag.group(2))
    ]


def test_the_danger_check_itself() -> None:
    assert dangerous('<img src="x" onerror="alert(1)">') and dangerous("<a href=' javascript:x'>")
    assert dangerous("<svg>") and not dangerous("<pre><code>&lt;img onerror=alert(1)&gt;</code></pre>")


@pytest.mark.parametrize("attack", ATTACKS)
def test_nothing_that_runs_survives_markdown(attack: str) -> None:
    rendered = render_markdown(f"Intro paragraph.\n\n{attack}\n\nAnd *after* it.")
    assert not dangerous(rendered), rendered
    assert "<em>after</em>" in rendered  # the rest of the text is kept


@pytest.mark.parametrize("attack", ATTACKS)
def test_nothing_that_runs_survives_the_sanitiser(attack: str) -> None:
    assert not dangerous(sanitize_html(attack))


def test_img_onerror_keeps_the_image_without_the_handler() -> None:
    assert sanitize_html('<img src="x.png" alt="a chart" onerror="alert(1)">') == '<img src="x.png" alt="a chart">'


def test_svg_onload_is_removed() -> None:
    cleaned = sanitize_html('<p>before</p><svg onload="alert(1)"><circle r="4"/></svg><p>after</p>')
    assert "onload" not in cleaned and "<svg" not in cleaned and "before" in cleaned and "after" in cleaned


def test_javascript_links_lose_their_target() -> None:
    rendered = render_markdown("[click me](javascript:alert(1)) and <a href='javascript:alert(2)'>me</a>")
    assert "javascript" not in rendered.lower() and "click me" in rendered and ">me</a>" in rendered


def test_a_wikipedia_url_with_parentheses_is_one_link() -> None:
    rendered = render_markdown(f"Read about [Secure Communities]({WIKIPEDIA}) first.")
    assert rendered == f'<p>Read about <a href="{WIKIPEDIA}">Secure Communities</a> first.</p>\n'
    bare = render_markdown(f"<{WIKIPEDIA}>")
    assert f'href="{WIKIPEDIA}"' in bare


def test_markdown_features_lessons_use() -> None:
    source = "# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n- ~~two~~\n\n> quote\n\n```python\nx = 1\n```"
    rendered = render_markdown(source)
    for fragment in ("<h1>Title</h1>", "<td>1</td>", "<li>one</li>", "<del>two</del>", "<blockquote>", "x = 1"):
        assert fragment in rendered, fragment


def test_hooks_rewrite_links_images_and_add_trusted_html_after_items() -> None:
    rendered = render_markdown(
        "- Who is quoted?\n- A fact.\n\n[next](02.ipynb) ![chart](fig.png) ![gone](missing.png)",
        link=lambda url: url.replace(".ipynb", ".html"),
        image=lambda url: "data:image/png;base64,AAAA" if url == "fig.png" else None,
        after_item=lambda text: '<div role="group" aria-label="Answer"></div>' if text.endswith("?") else "",
    )
    assert '<li>Who is quoted?<div role="group" aria-label="Answer"></div></li>' in rendered
    assert "<li>A fact.</li>" in rendered  # a hook's HTML is added where asked, and only there
    assert '<a href="02.html">next</a>' in rendered and 'src="data:image/png;base64,AAAA"' in rendered
    assert "[image: gone]" in rendered


def test_the_trusted_html_slot_cannot_be_forged_from_the_source() -> None:
    rendered = render_markdown("- item \ue0000\ue000", after_item=lambda text: "<b>box</b>")
    assert rendered.count("<b>box</b>") == 1


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(ATTACKS), st.sampled_from(["<", ">", '"', "'", "=", "[", "](", ")", "\n"]), st.text()
        ),
        max_size=12,
    ).map("".join)
)
def test_no_mix_of_attacks_and_text_gets_through(source: str) -> None:
    page = render_markdown(source)
    assert not dangerous(page), page


def test_handout_outputs_are_sanitised() -> None:
    cell = {"cell_type": "code", "metadata": {}}
    page = output_to_html(
        cell,
        {
            "output_type": "display_data",
            "metadata": {},
            "data": {"text/html": ['<table><tr><td>1</td></tr></table><img src=x onerror="alert(1)">']},
        },
    )
    assert "<td>1</td>" in page and "onerror" not in page
    svg = output_to_html(
        cell,
        {"output_type": "display_data", "metadata": {}, "data": {"image/svg+xml": '<svg onload="alert(1)"></svg>'}},
    )
    assert svg.startswith('<img src="data:image/svg+xml;base64,') and "onload" not in svg  # shown as an image
