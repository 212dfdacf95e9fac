"""Pickling of the model's frozen slots dataclasses: a value's state is the tuple of its fields,
set again through the slots' own setters.

The parse workers pickle every result to the build, and the parse cache keeps results pickled.
Python's own state methods for a slots dataclass (3.11) ask ``dataclasses.fields`` for every
value pickled or unpickled: about three quarters of the time the parse results took to pickle and
unpickle went on that. The state is the same (every field, in the order the class declares
them, those set by ``__init__`` and those it works out alike), so a result pickled either way
reads back the same.
"""

from __future__ import annotations

from collections import deque
from dataclasses import fields
from itertools import repeat
from operator import attrgetter, call


def tuple_state(cls: type) -> type:
    """Give the frozen slots dataclass ``cls`` a ``__getstate__`` and a ``__setstate__`` that
    know its fields in advance; returns ``cls``."""
    names = tuple(f.name for f in fields(cls))
    if not names:
        raise TypeError(f"{cls.__name__} has no fields to keep")
    setters = tuple(vars(cls)[name].__set__ for name in names)
    values = attrgetter(*names)  # (one name: the value itself, not a tuple)
    single = len(names) == 1

    def __getstate__(self) -> tuple:
        return (values(self),) if single else values(self)

    count = len(names)

    def __setstate__(self, state) -> None:
        if len(state) != count:
            raise TypeError(f"{cls.__name__}: a state of {len(state)} values, expected {count}")
        # (each setter called with the value and its place: the loop runs in C)
        deque(map(call, setters, repeat(self), state), maxlen=0)

    cls.__getstate__ = __getstate__
    cls.__setstate__ = __setstate__
    return cls
