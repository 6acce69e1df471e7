import importlib

from django.db import migrations, models


def restore_search_triggers(apps, schema_editor):
    """SQLite adds a column by rebuilding the article table, which drops the
    triggers that keep its full-text index current: make them again, and
    re-index (migration 0008 holds the statements)."""
    if schema_editor.connection.vendor != "sqlite":
        return
    fts = importlib.import_module("newsroom.migrations.0008_article_fts")
    triggers = [statement for statement in fts.DROP if "TRIGGER" in statement]
    recreate = [statement for statement in fts.CREATE if "VIRTUAL TABLE" not in statement]
    for statement in [*triggers, *recreate]:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0010_review_links"),
    ]

    operations = [
        # Going back, the column's removal rebuilds the table too.
        migrations.RunPython(migrations.RunPython.noop, restore_search_triggers, elidable=False),
        migrations.AddField(
            model_name="article",
            name="embargoed",
            field=models.BooleanField(
                default=False,
                help_text="Journalists holding a review link may read it before the publish "
                "time, marked EMBARGOED until then; everyone sees it from the publish time on, "
                "by itself.",
                verbose_name="under embargo",
            ),
        ),
        migrations.RunPython(restore_search_triggers, migrations.RunPython.noop, elidable=False),
    ]
