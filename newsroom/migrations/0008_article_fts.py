"""Full-text search on SQLite: an FTS5 index of title, standfirst and body.

An external-content FTS5 table reads the article table itself; triggers keep
it in step with every insert, update and delete, bulk inserts included. (On
PostgreSQL the stored search document of migration 0006 does this job.) A
migration that rebuilds the article table on SQLite drops its triggers:
tests/test_search.py checks that they exist after all migrations.
"""

from django.db import migrations

TABLE = "newsroom_article_fts"
COLUMNS = "title, standfirst, body"
CREATE = [
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5({COLUMNS}, content='newsroom_article', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON newsroom_article BEGIN "
    f"INSERT INTO {TABLE}(rowid, {COLUMNS}) VALUES (new.id, new.title, new.standfirst, new.body); "
    "END",
    f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON newsroom_article BEGIN "
    f"INSERT INTO {TABLE}({TABLE}, rowid, {COLUMNS}) "
    "VALUES ('delete', old.id, old.title, old.standfirst, old.body); END",
    f"CREATE TRIGGER {TABLE}_update AFTER UPDATE OF title, standfirst, body ON newsroom_article "
    f"BEGIN INSERT INTO {TABLE}({TABLE}, rowid, {COLUMNS}) "
    "VALUES ('delete', old.id, old.title, old.standfirst, old.body); "
    f"INSERT INTO {TABLE}(rowid, {COLUMNS}) VALUES (new.id, new.title, new.standfirst, new.body); "
    "END",
    f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')",
]
DROP = [f"DROP TRIGGER IF EXISTS {TABLE}_{event}" for event in ("insert", "delete", "update")]
DROP.append(f"DROP TABLE IF EXISTS {TABLE}")


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in CREATE:
            schema_editor.execute(statement)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0007_public_coverage")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
