"""Indexes in the order public pages read events, on PostgreSQL (no-op elsewhere).

Events are listed newest first with the undated ones last (``start_date DESC
NULLS LAST``), and a partner's newest events are read along its links the same
way (``event_start DESC NULLS LAST``). A PostgreSQL index on a column sorts
NULLs first when read backwards, so it cannot give that order, and the planner
sorted every past event (11 ms at 100,000 articles) or every link of a large
partner (6 ms). SQLite puts NULLs last in a descending read anyway and refuses
NULLS LAST in an index, so these indexes exist on PostgreSQL only, outside the
models' state (as the search document of migration 0006 does).
"""

from django.db import migrations

INDEXES = {
    "event_newest_first": "newsroom_event (start_date DESC NULLS LAST, title)",
    "event_partner_newest_first": "newsroom_eventpartner (partner_id, event_start DESC NULLS LAST)",
}


def add_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, columns in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {columns}")


def remove_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0022_person_of_partner_index")]

    operations = [migrations.RunPython(add_indexes, remove_indexes, elidable=False)]
