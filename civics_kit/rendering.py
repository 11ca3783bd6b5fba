"""The kit's one Markdown renderer: Markdown in, safe HTML out.

Every place that turns Markdown into HTML (handouts, exercise messages, teacher sheets) goes through
:func:`render_markdown`, so there is one parser (mistune, which nbconvert already brings) and one
sanitiser (nh3, the maintained successor of bleach): no script, no event handler, no ``javascript:`` link.

    >>> render_markdown("**Solution:**\\n\\n```python\\nshares = 1\\n```")
    '<p><strong>Solution:</strong></p>\\n<pre><code class="language-python">shares = 1\\n</code></pre>\\n'
    >>> render_markdown('<img src="x" onerror="alert(1)">')
    '<img src="x">\\n\\n'
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import cache
from typing import Any

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "code", "del", "div", "em", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "kbd", "li", "mark", "ol", "p", "pre", "s",
        "section", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "u", "ul",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "*": {"class", "id", "title", "lang"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan", "scope"},
    "ol": {"start"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto", "data"})  # data: only for images, see _only_data_images


PLUGINS = ("table", "strikethrough")
# Marks where trusted HTML made by the kit (an answer box) goes back in, after sanitising: a private-use
# character, which no article or lesson types, around a number.
_SLOT = "\ue000"
_SLOTS = re.compile(f"{_SLOT}(\\d+){_SLOT}")


@cache
def _parser():
    import mistune

    return mistune.create_markdown(escape=False, plugins=list(PLUGINS))


def _plain_text(fragment: str) -> str:
    """The words of an HTML fragment (a list item without its nested lists)."""
    own = re.split(r"<(?:ul|ol)\b", fragment, maxsplit=1)[0]
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", own)).split())


def _hooked_parser(
    link: Callable[[str], str | None] | None,
    image: Callable[[str], str | None] | None,
    after_item: Callable[[str], str] | None,
) -> tuple[Any, list[str]]:
    """A parser whose links, images and list items go through the given hooks; and its list of trusted HTML."""
    import mistune

    trusted: list[str] = []

    class Renderer(mistune.HTMLRenderer):
        def link(self, text: str, url: str, title: str | None = None) -> str:
            target = link(url) if link else url
            return text if target is None else super().link(text, target, title)

        def image(self, text: str, url: str, title: str | None = None) -> str:
            source = image(url) if image else url
            if source is None:
                return f"<em>[image: {html.escape(_plain_text(text) or 'no description')}]</em>"
            return super().image(text, source, title)

        def list_item(self, text: str) -> str:
            extra = after_item(_plain_text(text)) if after_item else ""
            if extra:
                trusted.append(extra)
                text += f"{_SLOT}{len(trusted) - 1}{_SLOT}"
            return super().list_item(text)

    renderer = Renderer(escape=False, allow_harmful_protocols=["data:image/"])
    return mistune.create_markdown(renderer=renderer, plugins=list(PLUGINS)), trusted


def sanitize_html(html: str) -> str:
    """Keep only harmless tags, attributes and link schemes (``javascript:`` and event handlers go)."""
    import nh3

    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        attribute_filter=_only_data_images,
        link_rel=None,
    )


def _only_data_images(tag: str, attribute: str, value: str) -> str | None:
    """A ``data:`` URL stays only as an image's source (a handout's inlined figure), never as a link."""
    if attribute in ("href", "src") and value.strip().lower().startswith("data:"):
        return value if tag == "img" and value.strip().lower().startswith("data:image/") else None
    return value


def render_markdown(
    source: str,
    *,
    link: Callable[[str], str | None] | None = None,
    image: Callable[[str], str | None] | None = None,
    after_item: Callable[[str], str] | None = None,
) -> str:
    """Render Markdown (CommonMark, with tables) to sanitised HTML.

    Optional hooks, for views such as the handouts: ``link(url)`` gives the target to use (None keeps only
    the link's text); ``image(url)`` gives the image's source (None shows ``[image: alt text]``);
    ``after_item(text)`` gives HTML to add at the end of a list item whose words are ``text``. That HTML is
    the caller's own and is added after sanitising; everything from ``source`` is sanitised.
    """
    source = source.replace(_SLOT, "")
    if link is None and image is None and after_item is None:
        return sanitize_html(_parser()(source))
    parser, trusted = _hooked_parser(link, image, after_item)
    clean = sanitize_html(parser(source))
    return _SLOTS.sub(lambda m: trusted[int(m.group(1))], clean)
