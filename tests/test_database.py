"""On PostgreSQL the public list and the search use indexes, not table scans.

Run with DATABASE_URL pointing at PostgreSQL; on SQLite these tests are
skipped. The planner is told to avoid sequential scans so that a small test
table still shows which index the query *can* use.
"""

import datetime as dt

import pytest
from django.db import connection
from django.utils import timezone

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
def test_search_uses_the_gin_index_of_the_stored_document(bulk_articles, make_article):
    bulk_articles(2000)  # a rare word among many articles, as in a real archive
    for n in range(3):
        make_article(title=f"Forum on energy {n}", body="<p>Hydropower and grids.</p>")
    with connection.cursor() as cursor:
        # What autovacuum does in production: move new entries out of the GIN
        # index's pending list, and gather statistics.
        cursor.execute("SELECT gin_clean_pending_list('article_search_document'::regclass)")
        cursor.execute("ANALYZE newsroom_article")
    explained = plan(Article.objects.published().search("forum energy"))
    assert "article_search_document" in explained, explained
    assert "to_tsvector" not in explained, explained  # nothing recomputed per row


@postgresql_only
def test_the_stored_document_is_the_search_vector(make_article):
    from django.db.models import TextField
    from django.db.models.functions import Cast

    from newsroom.search import SearchDocument, article_search_vector

    make_article(title="Forum on <b>energy</b>", standfirst="Hydropower talks", body="<p>Dams</p>")
    make_article(title="Untitled", standfirst="", body="")
    pairs = Article.objects.values_list(
        Cast(SearchDocument(), TextField()), Cast(article_search_vector(), TextField())
    )
    assert len(pairs) == 2
    for stored, computed in pairs:
        assert stored == computed
    assert "'hydropow':" in pairs[0][0] or "'hydropow':" in pairs[1][0]


def test_list_query_does_not_read_bodies():
    from newsroom.views import listed_articles

    sql = str(listed_articles().query)
    assert '"newsroom_article"."body"' not in sql


def plans_of(read) -> list[str]:
    """The plans of the queries ``read()`` runs. Told to avoid sorts as well as
    sequential scans, the planner shows the index that gives a small table's order."""
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        read()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        plans = []
        for query in captured.captured_queries:
            cursor.execute(f"EXPLAIN {query['sql']}")
            plans.append("\n".join(row[0] for row in cursor.fetchall()))
    return plans


@postgresql_only
def test_past_events_and_a_partners_events_read_indexes_in_their_order(make_event, make_partner):
    import datetime as dt

    from newsroom.models import Event, EventPartner

    partner = make_partner(name="Host university")
    for n in range(30):
        event = make_event(start_date=dt.date(2020, 1, 1) + dt.timedelta(days=n))
        EventPartner.objects.create(event=event, partner=partner, role="host")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE newsroom_event")
        cursor.execute("ANALYZE newsroom_eventpartner")

    (past,) = plans_of(lambda: list(Event.objects.public().past()[:40]))
    assert "event_newest_first" in past, past
    assert "Sort" not in past.split("->")[0], past
    (newest,) = plans_of(lambda: Event.objects.newest_of_partner(partner, 12))
    assert "event_partner_newest_first" in newest, newest


@postgresql_only
def test_live_counts_read_each_topics_own_range_of_the_coverage_index(make_article, make_partner):
    from newsroom.models import Topic, TopicKind

    partners = [make_partner(name=f"Partner {n}") for n in range(3)]
    due = timezone.now() + dt.timedelta(hours=1)
    for partner in partners:
        make_article().partners.add(partner)
        make_article(published_at=due).partners.add(partner)
    topics = list(Topic.objects.filter(kind=TopicKind.PARTNER))
    # Once the scheduled articles are due, their stored counts need the rows since.
    (counted,) = plans_of(lambda: Topic.objects.live_counts(topics, due))
    assert "coverage_topic_newest" in counted, counted
    assert "newsroom_topic" not in counted, counted  # bounds written out, not joined


sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="SQLite's statistics (PostgreSQL analyses by itself)"
)


def sqlite_plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return "\n".join(row[-1] for row in cursor.fetchall())


@sqlite_only
def test_after_a_migration_sqlite_reads_a_page_of_articles_by_their_keys(bulk_articles):
    """A migration that rebuilds the article table drops its statistics; without
    them SQLite read a page's rows through the index of every published article."""
    from django.core.management import call_command

    from newsroom.views import listed_articles

    keys = [article.pk for article in bulk_articles(200)][:20]
    page = listed_articles().filter(pk__in=keys).order_by()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # makes sure the statistics table exists
        cursor.execute("DELETE FROM sqlite_stat1")
        cursor.execute("ANALYZE sqlite_master")  # the planner rereads them
    assert "PRIMARY KEY" not in sqlite_plan(page)  # what a rebuilt table gave

    call_command("migrate", verbosity=0)  # nothing to apply: its post_migrate still runs

    assert "USING INTEGER PRIMARY KEY" in sqlite_plan(page)
