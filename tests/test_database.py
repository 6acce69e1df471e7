"""On PostgreSQL the public list and the search use indexes, not table scans.

Run with DATABASE_URL pointing at PostgreSQL; on SQLite these tests are
skipped. The planner is told to avoid sequential scans so that a small test
table still shows which index the query *can* use.
"""

import pytest
from django.db import connection

from newsroom.models import Article

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="EXPLAIN plans are checked on PostgreSQL only (set DATABASE_URL)",
)


def plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.fixture
def articles(bulk_articles):
    bulk_articles(50)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE newsroom_article")


@postgresql_only
def test_news_list_reads_the_public_index_in_order(articles):
    from newsroom.views import listed_articles

    explained = plan(listed_articles()[400:420])
    assert "article_public_newest" in explained, explained
    assert "Sort" not in explained.split("->")[0], explained  # no sort of the whole table


@postgresql_only
def test_search_uses_the_gin_index(articles):
    explained = plan(Article.objects.published().search("forum energy"))
    assert "article_search_gin" in explained, explained


def test_list_query_does_not_read_bodies():
    from newsroom.views import listed_articles

    sql = str(listed_articles().query)
    assert '"newsroom_article"."body"' not in sql
