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

from functools import cache

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
URL_SCHEMES = frozenset({"http", "https", "mailto", "data"})  # data: for images embedded in handouts


@cache
def _parser():
    import mistune

    return mistune.create_markdown(escape=False, plugins=["table", "strikethrough"])


def sanitize_html(html: str) -> str:
    """Keep only harmless tags, attributes and link schemes (``javascript:`` and event handlers go)."""
    import nh3

    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel=None,
    )


def render_markdown(source: str) -> str:
    """Render Markdown (CommonMark, with tables) to sanitised HTML."""
    return sanitize_html(_parser()(source))
