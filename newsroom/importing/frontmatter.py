"""YAML front matter: facts an editor states about a text win over inference."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import yaml

from newsroom.web_urls import is_web_url

KNOWN_FIELDS = {"title", "date", "source", "source_url", "tags", "partners", "language"}
# Front matter is a handful of short fields; anything bigger or deeper is not
# one, and parsing it must stay cheap whatever it holds.
MAX_FRONT_MATTER_LINES = 200
MAX_FRONT_MATTER_CHARS = 16_000
MAX_DEPTH = 4


class FrontMatterError(ValueError):
    def __init__(self, problem: str, line: int | None = None) -> None:
        self.problem = problem
        self.line = line
        super().__init__(problem)


@dataclass(frozen=True)
class FrontMatter:
    title: str | None = None
    date: str | None = None  # as written; the date grammar reads it
    source: str | None = None
    source_url: str | None = None
    tags: tuple[str, ...] = ()
    partners: tuple[tuple[str, str | None, str | None], ...] = ()  # (name, acronym, role)
    language: str | None = None
    unknown: tuple[str, ...] = field(default=())
    line_count: int = 0  # lines the block took, so body line numbers stay true


class _PlainLoader(yaml.SafeLoader):
    """``SafeLoader`` without anchors and aliases, and with a nesting limit.

    An alias makes YAML a graph: a few hundred bytes of nested aliases expand
    to gigabytes when the value is walked. Front matter never needs one, so
    the first anchor or alias ends the parse with the line it is on.
    """

    depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        line = event.start_mark.line + 2  # the block starts on the file's line 2
        if isinstance(event, yaml.AliasEvent):
            raise FrontMatterError(
                f"front matter uses a YAML alias (*{event.anchor}); aliases are not "
                "allowed: write the value out",
                line,
            )
        if getattr(event, "anchor", None):
            raise FrontMatterError(
                f"front matter uses a YAML anchor (&{event.anchor}); anchors and aliases are "
                "not allowed: write the value out",
                line,
            )
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise FrontMatterError(
                    f"front matter is nested more than {MAX_DEPTH} levels deep", line
                )
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _load(raw: str) -> object:
    if len(raw) > MAX_FRONT_MATTER_CHARS:
        raise FrontMatterError(
            f"front matter is {len(raw):,} characters long (limit {MAX_FRONT_MATTER_CHARS:,}): "
            "it holds a few short fields",
            2,
        )
    loader = _PlainLoader(raw)
    try:
        return loader.get_single_data()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise FrontMatterError(f"front matter is not valid YAML ({problem})", line) from None
    except ValueError as exc:  # e.g. an integer of more digits than Python converts
        if isinstance(exc, FrontMatterError):
            raise
        raise FrontMatterError(
            "front matter holds a value that cannot be read (a number thousands of digits long?)"
        ) from None
    finally:
        loader.dispose()


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _list(value: object) -> list[object]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list | tuple):
        return list(value)
    return [value]


def _field_line(block: list[str], name: str) -> int | None:
    """The file's line of the field ``name`` in the front matter ``block``."""
    for number, line in enumerate(block, start=2):
        if line.split(":", 1)[0].strip() == name:
            return number
    return None


def split_front_matter(text: str) -> tuple[FrontMatter, str]:
    """Return the front matter (empty when there is none) and the rest of the text.

    A block opens with ``---`` on the first line and closes with ``---`` or
    ``...``; without a closing line the text has no front matter.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return FrontMatter(), text
    for end in range(1, min(len(lines), MAX_FRONT_MATTER_LINES)):
        if lines[end].strip() in {"---", "..."}:
            break
    else:
        return FrontMatter(), text
    raw = "\n".join(lines[1:end])
    rest = "\n".join(lines[end + 1 :])
    data = _load(raw) if raw.strip() else {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter must be a list of `field: value` lines", 2)

    partners: list[tuple[str, str | None, str | None]] = []
    for item in _list(data.get("partners")):
        if isinstance(item, dict):
            name = _text(item.get("name"))
            if name:
                partners.append((name, _text(item.get("acronym")), _text(item.get("role"))))
        elif _text(item):
            partners.append((_text(item), None, None))
    source_url = _text(data.get("source_url"))
    if source_url and not is_web_url(source_url):
        raise FrontMatterError(
            f"source_url must be a web address starting with http:// or https:// "
            f"(it is '{source_url[:80]}')",
            _field_line(lines[1:end], "source_url"),
        )
    date = data.get("date")
    if isinstance(date, dt.datetime):
        date = date.date()
    return (
        FrontMatter(
            title=_text(data.get("title")),
            date=date.isoformat() if isinstance(date, dt.date) else _text(date),
            source=_text(data.get("source")),
            source_url=source_url,
            tags=tuple(t for t in (_text(v) for v in _list(data.get("tags"))) if t),
            partners=tuple(partners),
            language=_text(data.get("language")),
            unknown=tuple(sorted(str(k) for k in data if str(k) not in KNOWN_FIELDS)),
            line_count=end + 1,
        ),
        rest,
    )
