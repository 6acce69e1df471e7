"""A GIN index for full-text search on PostgreSQL (no-op elsewhere).

The indexed expression comes from ``newsroom.search.article_search_vector``,
the same function the search query uses, so the planner can use the index.
"""

from django.contrib.postgres.indexes import GinIndex
from django.db import migrations

INDEX_NAME = "article_search_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from newsroom.search import article_search_vector

    Article = apps.get_model("newsroom", "Article")
    index = GinIndex(article_search_vector(), name=INDEX_NAME)
    schema_editor.add_index(Article, index)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX_NAME}")


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0002_editorial_groups")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
