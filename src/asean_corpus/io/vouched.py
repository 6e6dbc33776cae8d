"""Reading a corpus file that the package vouches for: the bundled corpus, as released.

The bundled corpus is checked in full when a release is tested, and its SHA-256 is
recorded in the code (:data:`asean_corpus.bundled.TESTED_SHA256`); a file with that
checksum is that very file. Such a file needs neither the typed decoding of
:mod:`asean_corpus.io.structs` (importing msgspec alone takes longer than reading this
file) nor the corpus's validation: ``json`` parses it, and each record is made by its
constructor from the values, converted by the field types as the converter would.

Any other file, the bundled one changed together with its checksum file included, is
read by :func:`asean_corpus.io.jsonfile.load_bytes`, which checks everything.
"""

from __future__ import annotations

import datetime as _dt
import enum
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from ..corpus import Corpus
from ..corpus.vouching import record_types, valid_vouched
from ..exceptions import InvalidCorpusError
from ..model import ArticleEvidence, PartialDate, ReferenceEvidence, Span
from .converter import Parsed, parse_date, parse_time

__all__ = ["read_vouched"]

_Make = Callable[[Any], Any]
_EVIDENCE = frozenset({ArticleEvidence, ReferenceEvidence})


def read_vouched(data: bytes, source: str, version: int) -> Corpus:
    """The corpus of a file whose checksum the package records as tested.

    Raises:
        InvalidCorpusError: The file is not the one that was tested after all (a value
            where the layout has none, say); only a wrong checksum in the code can
            bring this about.
    """
    import json

    makers = _Makers()
    make = {name: makers.make(cls) for name, cls in record_types(Corpus).items()}
    try:
        found = json.loads(data)
        if found.keys() != {"format_version", *make}:
            raise KeyError(f"top-level keys {sorted(found)}")
        if found["format_version"] != version:
            raise ValueError(f"format version {found['format_version']}")
        tables = {name: tuple(map(each, found[name])) for name, each in make.items()}
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        msg = f"not the corpus the package was tested with ({type(exc).__name__}: {exc})"
        raise InvalidCorpusError([msg], source) from None
    with valid_vouched(tables):
        return Corpus(**tables)


class _Makers:
    """How each field type's value is made from its JSON value, derived from the types.

    Dates are parsed once for each distinct text, and shared.
    """

    def __init__(self) -> None:
        self.dates = Parsed(PartialDate.parse)
        self.days = Parsed(parse_date)

    def make(self, tp: Any) -> _Make:
        """The maker of a value of type ``tp`` (the identity where JSON gives it as is)."""
        found = self._maker(tp)
        return found if found is not None else _same

    def _maker(self, tp: Any) -> _Make | None:
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin in (typing.Union, types.UnionType):
            if frozenset(args) == _EVIDENCE:
                return self._evidence
            rest = [a for a in args if a is not type(None)]
            if len(rest) != 1 or len(args) != 2:  # pragma: no cover - no such field today
                raise TypeError(f"no maker for {tp!r}")
            inner = self._maker(rest[0])
            if inner is None:
                return None
            return lambda value: None if value is None else inner(value)
        if origin in (tuple, frozenset):
            each = self._maker(args[0])
            if each is None:
                return origin  # type: ignore[no-any-return]
            return lambda value: origin(map(each, value))
        if tp in (str, int, bool):
            return None
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return tp
        if tp is PartialDate:
            return self.dates.__getitem__
        if tp is _dt.date:
            return self.days.__getitem__
        if tp is _dt.time:
            return parse_time
        if tp is Span:
            return _span
        if attrs.has(tp):
            return self._record(tp)
        raise TypeError(f"no maker for {tp!r}")  # pragma: no cover - no such field today

    def _record(self, cls: type) -> _Make:
        if any(isinstance(f.type, str) for f in attrs.fields(cls)):
            attrs.resolve_types(cls)  # the records' own types are never strings
        fields = [(f.name, self._maker(f.type)) for f in attrs.fields(cls)]

        def make(value: dict[str, Any]) -> Any:
            _keys(value, len(fields))
            return cls(**{n: value[n] if m is None else m(value[n]) for n, m in fields})

        return make

    def _evidence(self, value: dict[str, Any]) -> ArticleEvidence | ReferenceEvidence:
        if "reference_id" in value:  # told apart as the converter does
            _keys(value, 1)
            return ReferenceEvidence(reference_id=value["reference_id"])
        _keys(value, 3)
        span = _span(value["span"])
        return ArticleEvidence(article_id=value["article_id"], span=span, text=value["text"])


def _keys(value: dict[str, Any], count: int) -> None:
    if len(value) != count:
        raise KeyError(f"{len(value)} keys where there are {count}: {sorted(value)}")


def _span(value: dict[str, Any]) -> Span:
    _keys(value, 2)
    return Span(value["start"], value["end"])


def _same(value: Any) -> Any:
    return value
