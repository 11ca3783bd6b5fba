"""corpus.analyze on any concurrent.futures.Executor: a Dask cluster gives the same frames as one process.

The cluster is in-process (threads, no worker processes; they talk over ``inproc://``, not a socket) and has
no dashboard, so the test runs offline (CI runs the suite with no network but loopback).
"""

from __future__ import annotations

import pickle
import shutil
import warnings
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pytest

import civics_kit as ck
from civics_kit.corpus import CorpusResult, _analyse_one, analyze

REPO = Path(__file__).resolve().parents[1]
FRAMES = ("articles", "readability", "quotes", "quote_share", "timeline", "errors")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cluster")
    for path in sorted((REPO / "seeds").glob("*.txt")):
        shutil.copy(path, root / path.name)
        if path.with_suffix(".json").is_file():
            shutil.copy(path.with_suffix(".json"), root / path.with_suffix(".json").name)
    (root / "empty.txt").write_text("", encoding="utf-8")  # one bad file: an error row, the others go on
    return root


def _assert_same(left: CorpusResult, right: CorpusResult) -> None:
    for name in FRAMES:
        pd.testing.assert_frame_equal(getattr(left, name), getattr(right, name), check_exact=True, obj=name)
    assert left.timeline.attrs == right.timeline.attrs


@pytest.mark.filterwarnings("ignore:Couldn.t detect a suitable IP address")  # offline: it falls back, as it should
def test_a_dask_cluster_gives_the_serial_result(folder: Path) -> None:
    distributed = pytest.importorskip("distributed")
    serial = analyze(folder, jobs=1)
    # processes=False: the scheduler and worker talk over inproc://, no socket; no dashboard either
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None)
    try:
        with distributed.Client(cluster) as client:
            on_cluster = analyze(folder, jobs=4, executor=client.get_executor())
    finally:
        cluster.close()
    _assert_same(on_cluster, serial)
    assert list(on_cluster.errors["article"]) == ["empty.txt"]
    assert len(on_cluster.articles) == 10


class _Recording(Executor):
    """An executor that runs each task at once and keeps what it was sent and what came back (pickled)."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []
        self.returned: list[bytes] = []

    def submit(self, fn, /, *args, **kwargs) -> Future:  # type: ignore[no-untyped-def]
        self.sent.append(pickle.dumps((fn, args, kwargs)))
        future: Future = Future()
        result = fn(*args, **kwargs)
        self.returned.append(pickle.dumps(result))
        future.set_result(result)
        return future


def test_any_executor_works_and_records_travel_not_frames(folder: Path) -> None:
    recording = _Recording()
    result = analyze(folder, jobs=2, executor=recording)
    _assert_same(result, analyze(folder, jobs=1))
    assert recording.sent and recording.returned
    assert not any(b"pandas" in payload for payload in recording.sent + recording.returned)
    with ThreadPoolExecutor(max_workers=2) as pool:
        _assert_same(analyze(folder, executor=pool), result)


def test_a_worker_returns_plain_records() -> None:
    found = _analyse_one("seed", ("article", ck.load_article()))
    assert set(found["records"]) == {"articles", "readability", "quotes", "quote_share", "timeline"}
    assert found["records"]["quotes"][0]._fields == tuple(ck.quotes(ck.Article.from_text("x")).columns)
    assert b"pandas" not in pickle.dumps(found)


def _one_by_one(paths: list[Path]) -> dict[str, pd.DataFrame]:
    """What the corpus frames were before they were built once: each article's public frames, concatenated."""
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in FRAMES[:-1]}
    for path in paths:
        article = ck.load_article(path)
        found = ck.quotes(article)
        frames = {
            "articles": pd.DataFrame([article.summary()]),
            "readability": ck.readability(article),
            "quotes": found,
            "quote_share": ck.quote_share(found),
            "timeline": ck.timeline(article),
        }
        frames["articles"]["notes"] = ""
        for name, frame in frames.items():
            frame.insert(0, "article", path.name)
            parts[name].append(frame)
    return {name: pd.concat(frames, ignore_index=True) for name, frames in parts.items()}


def test_frames_built_once_equal_the_frames_of_each_article_concatenated(tmp_path: Path) -> None:
    seed = (REPO / "seeds" / "000_1fac5e6bc3dcc4cb.txt").read_text(encoding="utf-8")
    texts = {
        "a_seed.txt": seed,
        "b_no_quotes.txt": "The library opens at nine today. It closes at five on 3 March 2024.",
        "c_no_dates.txt": 'The mayor said "we will see" and left. Nobody else spoke.',
        "d_nothing.txt": "Short words only here.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = sorted(tmp_path.iterdir())
    result = analyze(paths, jobs=1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ck.ShortTextWarning)
        expected = _one_by_one(paths)
    assert result.articles["notes"].str.contains("short").tolist() == [False, True, True, True]
    expected["articles"]["notes"] = result.articles["notes"]  # the corpus keeps each article's warnings as notes
    for name, frame in expected.items():
        pd.testing.assert_frame_equal(getattr(result, name), frame, check_exact=True, obj=name)
