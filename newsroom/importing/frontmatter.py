"""YAML front matter: facts an editor states about a text win over inference."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import yaml

KNOWN_FIELDS = {"title", "date", "source", "source_url", "tags", "partners", "language"}


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


def split_front_matter(text: str) -> tuple[FrontMatter, str]:
    """Return the front matter (empty when there is none) and the rest of the text.

    A block opens with ``---`` on the first line and closes with ``---`` or
    ``...``; without a closing line the text has no front matter.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return FrontMatter(), text
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in {"---", "..."}:
            break
    else:
        return FrontMatter(), text
    raw = "\n".join(lines[1:end])
    rest = "\n".join(lines[end + 1 :])
    try:
        data = yaml.safe_load(raw) if raw.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise FrontMatterError(f"front matter is not valid YAML ({problem})", line) from None
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
    date = data.get("date")
    if isinstance(date, dt.datetime):
        date = date.date()
    return (
        FrontMatter(
            title=_text(data.get("title")),
            date=date.isoformat() if isinstance(date, dt.date) else _text(date),
            source=_text(data.get("source")),
            source_url=_text(data.get("source_url")),
            tags=tuple(t for t in (_text(v) for v in _list(data.get("tags"))) if t),
            partners=tuple(partners),
            language=_text(data.get("language")),
            unknown=tuple(sorted(str(k) for k in data if str(k) not in KNOWN_FIELDS)),
            line_count=end + 1,
        ),
        rest,
    )
