"""One bad file never stops a folder: every input error the loader can meet is a typed error naming the file.

The articles and broken files here are written for these tests.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import civics_kit as ck
from civics_kit.article import SUPPORTED_SUFFIXES
from civics_kit.corpus import analyze, article_paths
from civics_kit.errors import (
    ArticleNotFoundError,
    ArticleReadError,
    BinaryFileError,
    CivicsKitError,
    CivicsKitWarning,
    EmptyArticleError,
    InvalidDateError,
    SidecarFormatError,
    UnsupportedFormatError,
)

GOOD_TEXT = (
    "Library hours to grow\n\n"
    "The county library will open on Sundays from next month, the board decided on Tuesday.\n\n"
    '"Families asked for this for years," board chair Rosa Linde said.\n\n'
    "The change costs about $40,000 a year, according to the county budget office."
)
GOOD_PAGE = (
    "<html><head><title>Bus routes change</title></head><body><article><h1>Bus routes change</h1>"
    "<p>The transit agency will change four bus routes on 3 March, its director said on Monday.</p>"
    "<p>“Riders told us the old routes skipped the hospital,” director Omar Haddad said at a meeting.</p>"
    "<p>The agency expects the new routes to carry about 2,000 more riders a week.</p>"
    "</article></body></html>"
)

# name -> (article bytes, sidecar bytes or None). Each is broken in its own way.
BROKEN: dict[str, tuple[bytes, bytes | None]] = {
    "empty.txt": (b"", None),
    "only_spaces.md": (b" \n\t\n  ", None),
    "a_pdf.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", None),
    "a_word_file.md": (b"PK\x03\x04\x14\x00\x06\x00" + bytes(40), None),
    "a_picture.html": (b"\x89PNG\r\n\x1a\n" + bytes(40), None),
    "nul_bytes.txt": (b"Council\x00vote\x00" * 4, None),
    "broken_utf16.txt": (b"\xff\xfe" + b"\x00\xd8A", None),  # a lone surrogate
    "bad_json.txt": (GOOD_TEXT.encode(), b'{"title": "Library hours", }'),
    "truncated_json.txt": (GOOD_TEXT.encode(), b'{"title": "Library'),
    "list_json.txt": (GOOD_TEXT.encode(), b'["title", "Library hours"]'),
    "string_json.md": (GOOD_TEXT.encode(), b'"Library hours"'),
    "number_json.txt": (GOOD_TEXT.encode(), b"2011"),
    "null_json.txt": (GOOD_TEXT.encode(), b"null"),
    "title_a_number.txt": (GOOD_TEXT.encode(), b'{"title": 5}'),
    "sidecar_not_utf8.txt": (GOOD_TEXT.encode(), '{"outlet": "Diário"}'.encode("utf-16")),
    "sidecar_bad_date.txt": (GOOD_TEXT.encode(), b'{"published": "last Tuesday"}'),
    "bad_front_matter.md": (b"---\ntitle: [unclosed\n---\n" + GOOD_TEXT.encode(), None),
    "front_matter_bad_date.md": (b"---\npublished: 2011-13-45\n---\n" + GOOD_TEXT.encode(), None),
    "page_without_text.html": (
        b"<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>",
        None,
    ),
}
VANISHED = ("vanished.txt",)  # listed, then deleted before it is read


def _write(folder: Path, name: str, data: bytes, sidecar: bytes | None = None) -> None:
    (folder / name).write_bytes(data)
    if sidecar is not None:
        (folder / name).with_suffix(".json").write_bytes(sidecar)


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("mixed")
    for name, (data, sidecar) in BROKEN.items():
        _write(folder, name, data, sidecar)
    _write(folder, "good_plain.txt", GOOD_TEXT.encode())
    _write(folder, "good_sidecar.txt", GOOD_TEXT.encode(), b'{"published": "2024-05-01", "outlet": "County News"}')
    _write(
        folder, "good_front_matter.md", b"---\ntitle: Library hours\npublished: 2024-05-01\n---\n" + GOOD_TEXT.encode()
    )
    _write(folder, "good_windows.txt", GOOD_TEXT.replace("'", "’").encode("cp1252"))
    _write(folder, "good_page.html", GOOD_PAGE.encode())
    for name in VANISHED:
        _write(folder, name, GOOD_TEXT.encode())
    paths = article_paths(folder)
    for name in VANISHED:
        (folder / name).unlink()
    return paths


def test_a_folder_of_twenty_broken_and_five_good_files(mixed_folder: list[Path]) -> None:
    assert len(BROKEN) + len(VANISHED) == 20 and len(mixed_folder) == 25
    result = analyze(mixed_folder, jobs=1)
    assert sorted(result.articles["article"]) == sorted(p.name for p in mixed_folder if p.name.startswith("good_"))
    assert sorted(result.errors["article"]) == sorted([*BROKEN, *VANISHED])
    for row in result.errors.itertuples():
        kind, _, message = row.error.partition(": ")
        error = getattr(ck.errors, kind)
        assert issubclass(error, CivicsKitError), row.error  # a typed error, never a crash from deep inside
        stem = Path(row.article).stem
        assert stem in message, row.error  # it names the file (the article or its sidecar)


def test_the_same_folder_in_parallel(mixed_folder: list[Path]) -> None:
    serial, parallel = analyze(mixed_folder, jobs=1), analyze(mixed_folder, jobs=2)
    assert serial.errors.equals(parallel.errors) and serial.articles.equals(parallel.articles)


@pytest.mark.parametrize(
    ("sidecar", "expected"),
    [
        (b'{"title": "x", }', "not valid JSON"),
        (b"[1, 2]", "holds a list"),
        (b'"text"', "holds a string"),
        (b"null", "holds null"),
        (b'{"author": ["A", "B"]}', "'author' should be text"),
        (b"\xff\xfe{\x00}\x00", "not UTF-8"),
        (b"[" * 100_000, "JSON"),  # nested too deeply for the parser
    ],
)
def test_a_bad_sidecar_is_a_typed_error_saying_what_to_do(tmp_path: Path, sidecar: bytes, expected: str) -> None:
    _write(tmp_path, "story.txt", GOOD_TEXT.encode(), sidecar)
    with pytest.raises(SidecarFormatError, match=r"story\.json") as caught:
        ck.load_article(tmp_path / "story.txt")
    assert expected in str(caught.value) and "Fix it" in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_a_good_sidecar_still_adds_metadata(tmp_path: Path) -> None:
    _write(tmp_path, "story.txt", GOOD_TEXT.encode(), '{"outlet": "Diário", "desk": "city"}'.encode("utf-8-sig"))
    article = ck.load_article(tmp_path / "story.txt")
    assert article.outlet == "Diário" and article.meta["desk"] == "city" and article.text == GOOD_TEXT


def test_a_file_that_vanishes_or_cannot_be_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "story.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")

    def vanish(self: Path) -> bytes:
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(Path, "read_bytes", vanish)  # gone between the check and the read
    with pytest.raises(ArticleNotFoundError, match=r"'story.txt' was there a moment ago"):
        ck.load_article(path)

    def forbidden(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", forbidden)
    with pytest.raises(ArticleReadError, match=r"'story.txt' could not be read \(Permission denied\)") as caught:
        ck.load_article(path)
    assert isinstance(caught.value, OSError)


def test_damaged_utf16_and_bad_front_matter_dates(tmp_path: Path) -> None:
    _write(tmp_path, "damaged.txt", b"\xff\xfe\x00\xd8A")
    with pytest.raises(BinaryFileError, match=r"damaged\.txt.*UTF-16"):
        ck.load_article(tmp_path / "damaged.txt")
    _write(tmp_path, "dated.md", b"---\npublished: 2011-13-45\n---\nThe council met.")
    with pytest.raises((InvalidDateError, UnsupportedFormatError), match=r"dated\.md"):
        ck.load_article(tmp_path / "dated.md")


# Only these may escape load_article on arbitrary bytes: each is documented in civics_kit.errors.
DOCUMENTED = (BinaryFileError, EmptyArticleError, InvalidDateError, SidecarFormatError, UnsupportedFormatError)


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.one_of(
        st.binary(max_size=600),
        st.sampled_from([b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"---\n", b"<html>", b"%PDF"]).flatmap(
            lambda head: st.binary(max_size=300).map(lambda tail: head + tail)
        ),
    )
)
def test_any_bytes_load_or_raise_a_documented_error(tmp_path: Path, suffix: str, data: bytes) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CivicsKitWarning)
        try:
            article = ck.load_article(path)
        except DOCUMENTED as error:
            assert "fuzz" in str(error)
            return
    assert isinstance(article.text, str) and article.text.strip()
    if suffix in (".txt",):
        assert article.text.encode("utf-8") in (data, data.removeprefix(b"\xef\xbb\xbf")) or not _is_utf8(data)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_sidecar_fuzz_only_documented_errors(tmp_path: Path) -> None:
    """A sidecar of any JSON shape loads or raises SidecarFormatError / InvalidDateError."""
    article = tmp_path / "story.txt"
    article.write_text(GOOD_TEXT, encoding="utf-8")

    @settings(max_examples=80, deadline=None)
    @given(
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
            lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(_KEYS), inner, max_size=4),
            max_leaves=8,
        )
    )
    def check(value: object) -> None:
        article.with_suffix(".json").write_text(json.dumps(value), encoding="utf-8")
        try:
            loaded = ck.load_article(article)
        except (SidecarFormatError, InvalidDateError) as error:
            assert "story" in str(error) or "published" in str(error)
            return
        assert loaded.text == GOOD_TEXT

    check()


_KEYS = ["title", "published", "author", "outlet", "url", "lang", "desk", "licence"]
