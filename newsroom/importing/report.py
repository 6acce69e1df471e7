"""The report: the JSON contract other tools read, and the human summary."""

from __future__ import annotations

from typing import Any

from newsroom.importing import places
from newsroom.importing.load import FileResult, ImportReport

JSON_KEYS = (
    "file", "ok", "error", "title", "title_inferred", "date", "date_text", "date_precision",
    "publication_date", "source", "language", "summary", "body", "events", "partners", "people",
    "warnings",
)  # fmt: skip


def file_json(result: FileResult) -> dict[str, Any]:
    """One object of the ``--json`` array; keys are exactly ``JSON_KEYS``."""
    parsed = result.parsed
    data: dict[str, Any] = dict.fromkeys(JSON_KEYS)
    data.update(file=result.file, ok=result.ok, error=result.error, events=[], partners=[],
                people=[], warnings=[], title_inferred=False)  # fmt: skip
    if parsed is None:
        return data
    names = result.names

    def canonical(name: str | None) -> str | None:
        return names.get(name, name) if name else None

    data.update(
        title=parsed.title,
        title_inferred=parsed.title_inferred,
        date=parsed.when.iso(),
        date_text=parsed.when.text or None,
        date_precision=str(parsed.when.precision),
        publication_date=parsed.published.iso_known(),
        source=parsed.source,
        language=parsed.language,
        summary=parsed.summary,
        body=parsed.body_html,
        events=[
            {
                "title": e.title,
                "kind": e.kind,
                "date": e.when.iso(),
                "date_text": e.when.text or None,
                "date_precision": str(e.when.precision),
                "city": e.city,
                "country": places.country_name(e.country) if e.country else None,
                "online": e.online,
                "partners": [{"name": canonical(n), "role": r} for n, r in e.partners],
                "end_date": e.until.iso() if e.until else None,
                "background": e.background,
            }
            for e in parsed.events
        ],
        partners=[
            {
                "name": canonical(o.name),
                "acronym": o.acronym,
                "aliases": [
                    a for a in dict.fromkeys([o.name, *o.aliases]) if a != canonical(o.name)
                ],
                "role": o.role,
            }
            for o in parsed.organisations
        ],
        people=[
            {"name": p.name, "position": p.position, "affiliation": canonical(p.affiliation)}
            for p in parsed.people
        ],
        warnings=list(parsed.warnings),
    )
    return data


def report_json(report: ImportReport) -> list[dict[str, Any]]:
    return [file_json(r) for r in report.results]


def summary_line(report: ImportReport) -> str:
    statuses = ["created", "updated", "unchanged", "conflict", "failed"]
    if report.count("proposed"):  # only Writers' imports propose
        statuses.insert(2, "proposed")
    counts = ", ".join(f"{report.count(s)} {s}" for s in statuses)
    prefix = "Dry run (nothing written): would have " if report.dry_run else "Imported: "
    return f"{prefix}{counts} ({len(report.results)} files)."


def progress_line(result: FileResult) -> str:
    if result.error or result.note:
        return result.error or result.note
    title = result.parsed.title if result.parsed else ""
    flag = " [needs review]" if result.parsed and result.parsed.warnings else ""
    return f"{result.status:>9}  {result.file}  {title[:70]}{flag}"
