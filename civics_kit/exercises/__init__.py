"""Self-guided exercises: instant, fair feedback on answers in a notebook.

A setup cell binds an exercise set to the notebook's variables::

    from civics_kit.exercises import ex00
    ex00.bind(globals())          # defines q1, q2, ..., ____ and progress()

The student replaces a placeholder (``word_count = ____``) in a ``# Your turn`` cell and runs
``q2.check()``; ``q2.hint()``/``q2.hint(2)`` give hints, ``q2.solution()`` opens after one
attempt (unless the teacher switch is on: the environment variable ``CIVICS_KIT_NO_SOLUTIONS=1``
or a file named ``.no-solutions`` in the working folder). Progress is kept in ``handin/<key>.json``
(``CIVICS_KIT_PROGRESS_DIR`` moves it); ``progress()`` shows the score, ``progress(save=True)``
writes the hand-in and ``progress(reset=True)`` clears it.

One module per idea: :mod:`.messages` (feedback), :mod:`.question` (the shared question),
:mod:`.numbers_`, :mod:`.text`, :mod:`.dates`, :mod:`.table`, :mod:`.choice`, :mod:`.labelling`, :mod:`.discuss`
(the question types), :mod:`.exercise_set`, :mod:`.store` and :mod:`.handin` (progress and hand-in),
:mod:`.traps` (friendly NameError/SyntaxError), :mod:`.collect` (the teacher's gradebook).
"""

from __future__ import annotations

import importlib
import re

from .choice import Choice
from .dates import Date, parse_date
from .discuss import Discuss, cites_article
from .exercise_set import ExerciseSet, progress
from .labelling import Labelling
from .messages import Message
from .numbers_ import Number, Predict
from .question import BLANK, NO_SOLUTIONS_ENV, NO_SOLUTIONS_FILE, Question, solutions_disabled
from .store import PROGRESS_DIR_ENV
from .table import Table
from .text import Name, Text

__all__ = [
    "BLANK",
    "NO_SOLUTIONS_ENV",
    "NO_SOLUTIONS_FILE",
    "PROGRESS_DIR_ENV",
    "Choice",
    "Date",
    "Discuss",
    "ExerciseSet",
    "Labelling",
    "Message",
    "Name",
    "Number",
    "Predict",
    "Question",
    "Table",
    "Text",
    "cites_article",
    "parse_date",
    "progress",
    "solutions_disabled",
]


def __getattr__(name: str) -> ExerciseSet:
    """``from civics_kit.exercises import ex00`` loads ``civics_kit/exercise_sets/ex00.py``'s ``EXERCISES``.

    The assessment forms load the same way: ``from civics_kit.exercises import form_a``.
    """
    if re.fullmatch(r"ex\d\d|form_[ab]", name):
        try:
            module = importlib.import_module(f"civics_kit.exercise_sets.{name}")
        except ModuleNotFoundError:
            pass
        else:
            return module.EXERCISES
    raise AttributeError(f"module 'civics_kit.exercises' has no attribute {name!r}")
