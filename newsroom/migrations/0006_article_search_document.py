"""A stored search document for full-text search on PostgreSQL (no-op elsewhere).

Ranking matches by an expression index recomputed ``to_tsvector(body)`` for
every match (some 300 ms for a common word at 10,000 articles). The weighted
vector is now a stored generated column, kept by PostgreSQL itself on every
insert and update (bulk inserts and imports included), with its GIN index;
the expression index of migration 0003 is dropped. The column is not a model
field: Django never writes it, and ``newsroom.search.SearchDocument`` reads it.
Its expression is ``newsroom.search.article_search_vector`` written in SQL; a
test checks that both agree.
"""

from django.contrib.postgres.indexes import GinIndex
from django.db import migrations

COLUMN = "search_document"
INDEX_NAME = "article_search_document"
OLD_INDEX_NAME = "article_search_gin"
EXPRESSION = " || ".join(
    f"setweight(to_tsvector('english'::regconfig, COALESCE(({column})::text, '')), '{weight}')"
    for column, weight in (("title", "A"), ("standfirst", "B"), ("body", "C"))
)


def add_document(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"ALTER TABLE newsroom_article ADD COLUMN {COLUMN} tsvector "
        f"GENERATED ALWAYS AS ({EXPRESSION}) STORED"
    )
    schema_editor.execute(f"CREATE INDEX {INDEX_NAME} ON newsroom_article USING gin ({COLUMN})")
    schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX_NAME}")


def remove_document(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from newsroom.search import article_search_vector

    schema_editor.execute(f"ALTER TABLE newsroom_article DROP COLUMN IF EXISTS {COLUMN}")
    Article = apps.get_model("newsroom", "Article")
    schema_editor.add_index(Article, GinIndex(article_search_vector(), name=OLD_INDEX_NAME))


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0005_article_slug_help_text")]

    operations = [migrations.RunPython(add_document, remove_document, elidable=False)]
