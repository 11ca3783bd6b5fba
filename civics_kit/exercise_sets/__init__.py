"""The exercise sets, one module per exercise notebook (``exNN.py`` defines ``EXERCISES``).

Load one with ``from civics_kit.exercises import ex00``. Expected answers are
callables where they come from the kit's analyses, so they are computed when a
student checks, from the same code the lessons use.
"""
