"""Labelling questions: a label for every item, judgement calls with a reason."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from typing import Any

from .messages import CORRECT, INCORRECT, Feedback, Message, count, describe, norm, type_name
from .question import Question

__all__ = ["Labelling"]


def label_and_reason(value: Any) -> tuple[Any, str]:
    """``('claim', 'because ...')``, ``['claim', '...']`` or ``"claim: ..."`` as (label, reason)."""
    if isinstance(value, (tuple, list)) and len(value) == 2:
        return value[0], str(value[1])
    if isinstance(value, str):
        match = re.match(r"\s*([\w -]+?)\s*(?:[:\-–—]\s|\bbecause\b)\s*(.*)", value, re.DOTALL)
        if match:
            return match.group(1), match.group(2)
    return value, ""


class Labelling(Question):
    """Label every item; ``items`` maps each item to its label, or to None when the item is contested.

    A contested item accepts any label that comes with a reason. A wrong check
    says how many labels are wrong; from the ``reveal_after``-th try on, which.
    """

    kind = "labelling"

    def __init__(
        self,
        var: str,
        items: Mapping[str, str | None],
        labels: Sequence[str],
        *,
        notes: Mapping[str, str] | None = None,
        reveal_after: int = 3,
        **kwargs: Any,
    ) -> None:
        super().__init__(var, **kwargs)
        self.items, self.labels = dict(items), tuple(labels)
        self.notes, self.reveal_after = dict(notes or {}), reveal_after
        self.accepted = "a dict from each item to one of " + ", ".join(f"'{x}'" for x in self.labels)
        if None in self.items.values():
            self.accepted += f"; for a judgement call add a reason: `('{self.labels[0]}', 'because ...')`"

    def _grade(self, value: Any) -> Message:
        answers = self._answers(value)
        missing = [item for item in self.items if item not in answers]
        if missing:
            raise Feedback("you have not labelled " + ", ".join(f"**{m}**" for m in missing) + " yet.")
        wrong, unexplained = [], []
        for item, right in self.items.items():
            label, reason = answers[item]
            if right is None and len(reason.split()) < 3:
                unexplained.append(item)
            elif right is not None and label != right:
                wrong.append(item)
        if not wrong and not unexplained:
            notes = [
                f"**{item}** is a judgement call: {self.notes.get(item, '')}"
                for item, r in self.items.items()
                if r is None
            ]
            return Message(CORRECT, " ".join([f"all {count(len(self.items), 'label')} fit.", *notes]).strip())
        return Message(INCORRECT, self._reason(wrong, unexplained, answers))

    def _reason(self, wrong: list[str], unexplained: list[str], answers: dict[str, tuple[str, str]]) -> str:
        parts = []
        if wrong:
            verb = "is" if len(wrong) == 1 else "are"
            parts.append(f"{len(wrong)} of {count(len(self.items), 'label')} {verb} wrong.")
            if self.attempts >= self.reveal_after:
                parts += [f"**{w}** (you said '{answers[w][0]}'): {self.notes.get(w, 'look again.')}" for w in wrong]
            else:
                parts.append(f"After {self.reveal_after} tries you will see which (this was try {self.attempts}).")
        for item in unexplained:
            label = answers[item][0] if answers[item][0] in self.labels else self.labels[0]
            parts.append(
                f"**{item}** is a judgement call: any label is fine with a reason of a few words, "
                f"e.g. `('{label}', 'because ...')`."
            )
        return "\n\n".join(parts)

    def _answers(self, value: Any) -> dict[str, tuple[str, str]]:
        if isinstance(value, (list, tuple)) and len(value) == len(self.items):
            value = dict(zip(self.items, value, strict=True))
        if not isinstance(value, Mapping):
            raise Feedback(f"{describe(value)} is {type_name(value)}; give {self.accepted}.")
        answers = {}
        for key, raw in value.items():
            item = self._item(key)
            if item is None:
                raise Feedback(f"{describe(key)} is not one of the items: " + ", ".join(self.items) + ".")
            label, reason = label_and_reason(raw)
            answers[item] = (self._label(label), reason)
        return answers

    def _item(self, key: Any) -> str | None:
        """The item a student's key means: the item, its last words ("Parks") or it with more before it."""
        if not isinstance(key, str):
            return None
        words = re.sub(r"^the\s+", "", norm(key)).split()
        if not words:
            return None
        ends = [
            item
            for item in self.items
            if norm(item).split()[-len(words) :] == words or words[-len(norm(item).split()) :] == norm(item).split()
        ]
        return ends[0] if len(ends) == 1 else None

    def _label(self, label: Any) -> str:
        by_norm = {norm(x): x for x in self.labels}
        text = norm(label).strip("\"'“”‘’ ") if isinstance(label, str) else None
        if text in by_norm:
            return by_norm[text]
        first = text.split()[:1] if text else []
        if first and first[0] in by_norm:  # "named source" -> "named"
            return by_norm[first[0]]
        close = difflib.get_close_matches(text, list(by_norm), n=1) if text else []
        guess = f" Did you mean '{by_norm[close[0]]}'?" if close else ""
        raise Feedback(f"{describe(label)} is not a label: use one of " + ", ".join(self.labels) + "." + guess)
