"""What public pages read instead of aggregating the archive, kept by every write.

``Coverage`` is one row per topic an article counts in (``news``, its news
``year``, each ``partner``, ``person``, ``event`` and ``tag`` it names), for
every article whose status is published, scheduled ones included, with the
article's publish time. A page filters it by ``published_at <= now``, so an
article scheduled for later appears in every list, count and year on time,
with no save and no job: time is compared, never stored as a boolean.

``Topic`` sums its rows up: ``public_from`` (the earliest publish time among
them: the topic is public from then on) and a count of the rows published by
``counted_until``. That count is the live one until ``exact_until``, the
earliest publish time still to come among its rows (``NEVER`` when none is
scheduled), so a page read before then runs no query for it. After, the live
count adds the few rows published since (articles that went live on schedule
after the topic's last write): a short index range.
Topics without rows summarise the public partners and events the same way
(``partner-initial``, ``partner-country``, ``event-year``: ``public_from`` is
the earliest of theirs). An ``event-year`` topic also counts the year's public
events (key ``""``: the undated ones); that count is exact until
``counted_until``, the next time one of them becomes public, after which a
reader counts that year itself (``past_event_count``).

Partners, people and events carry ``public_from`` themselves: the earliest
publish time of their published articles, the epoch when no article names
them (entered by hand), none when only unpublished articles do.

Everything here is written in the transaction of the change that causes it
(``newsroom.models.signals``), and ``manage.py rebuild_coverage`` rebuilds it
from the articles and their links (after bulk inserts, which send no signals).
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Iterable, Sequence
from functools import cached_property, reduce

from django.db import connection, models
from django.db.models import Count, Exists, Min, OuterRef, Q
from django.utils import timezone

# "Public since always": entities no article names were entered by hand.
ALWAYS = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
# A summary's count that nothing scheduled will change.
NEVER = dt.datetime(9999, 12, 31, tzinfo=dt.UTC)
UNDATED = ""  # the key of the undated rest in a summary by year


class TopicKind(models.TextChoices):
    NEWS = "news", "All news"
    YEAR = "year", "News year"
    PARTNER = "partner", "Partner"
    PERSON = "person", "Person"
    EVENT = "event", "Event"
    TAG = "tag", "Topic tag"
    PARTNER_INITIAL = "partner-initial", "Partner initial"
    PARTNER_COUNTRY = "partner-country", "Partner country"
    EVENT_YEAR = "event-year", "Event year"


class TopicQuerySet(models.QuerySet):
    def public(self, kind: str, now: dt.datetime | None = None):
        return self.filter(kind=kind, public_from__lte=now or timezone.now())

    def public_keys(self, kind: str, now: dt.datetime | None = None) -> list[str]:
        """The keys of the public topics of ``kind``; a summary's undated rest has none."""
        public = self.public(kind, now).exclude(key=UNDATED)
        return list(public.order_by("key").values_list("key", flat=True))

    def of(self, kind: str, key) -> Topic | None:
        return self.filter(kind=kind, key=str(key)).first()

    def live_counts(self, topics: Iterable[Topic], now: dt.datetime | None = None) -> dict:
        """``{topic pk: published articles}`` at ``now``: the stored counts plus
        the rows published since each topic was counted, in one query, and none
        when no topic has a row scheduled by ``now`` (``exact_until``)."""
        now, topics = now or timezone.now(), list(topics)
        counts = {topic.pk: topic.count for topic in topics}
        topics = [topic for topic in topics if topic.exact_until <= now]
        if not topics:
            return counts
        # Each topic's own range of the index, its bound written out: compared with
        # a joined column, PostgreSQL reads every row of the topics instead.
        since = reduce(
            operator.or_,
            (Q(topic=topic.pk, published_at__gt=topic.counted_until) for topic in topics),
        )
        recent = (
            Coverage.objects.filter(since, published_at__lte=now)
            .order_by()
            .values("topic")
            .annotate(n=Count("pk"))
            .values_list("topic", "n")
        )
        for pk, n in recent:
            counts[pk] += n
        return counts


class Topic(models.Model):
    kind = models.CharField(max_length=20, choices=TopicKind.choices)
    key = models.CharField(max_length=64, blank=True)
    public_from = models.DateTimeField(null=True, blank=True)
    count = models.PositiveIntegerField(default=0)
    counted_until = models.DateTimeField(default=ALWAYS)
    # ``count`` needs no recount before this (see the module's docstring). The
    # default, the epoch, makes a reader count: no write has summed the rows up.
    exact_until = models.DateTimeField(default=ALWAYS)

    objects = TopicQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "key"], name="unique_topic")]
        indexes = [
            models.Index(fields=["kind", "public_from"], name="topic_public"),
            models.Index(fields=["kind", "-count"], name="topic_largest"),
        ]

    def __str__(self):
        return f"{self.kind}:{self.key}"

    def live_count(self, now: dt.datetime | None = None) -> int:
        return Topic.objects.live_counts([self], now)[self.pk]

    def articles(self, now: dt.datetime | None = None) -> CoveredArticles:
        return CoveredArticles(self, now or timezone.now())


class CoverageQuerySet(models.QuerySet):
    def newest_of_each(
        self,
        topics: Iterable[tuple[str, object]],
        per_topic: int,
        now: dt.datetime | None = None,
        exclude_article: int | None = None,
    ) -> list[tuple[int, str, dt.datetime]]:
        """``(article id, topic kind, published_at)`` of the ``per_topic`` newest
        published rows of each of ``topics`` (``(kind, key)`` pairs), without
        ``exclude_article``: one statement of short index ranges, one per topic.

        Written in SQL because composing one ORM subquery per topic cost ten
        times the statement itself on every article page.
        """
        topics = sorted({(kind, str(key)) for kind, key in topics})
        if not topics:
            return []
        quote = connection.ops.quote_name
        coverage, topic = quote(Coverage._meta.db_table), quote(Topic._meta.db_table)
        # The topic as a scalar subquery, so that each range is read by its index
        # (a join left PostgreSQL's planner without the topic's id).
        newest = (
            f"SELECT * FROM (SELECT c.article_id, %s AS kind, c.published_at FROM {coverage} c "
            f"WHERE c.topic_id = (SELECT t.id FROM {topic} t WHERE t.kind = %s AND t.key = %s) "
            "AND c.published_at <= %s AND c.article_id <> %s "
            "ORDER BY c.published_at DESC, c.article_id DESC LIMIT %s) AS q{}"
        )
        sql = " UNION ALL ".join(newest.format(i) for i in range(len(topics)))
        when = connection.ops.adapt_datetimefield_value(now or timezone.now())
        params = [
            value
            for kind, key in topics
            for value in (kind, kind, key, when, exclude_article or 0, per_topic)
        ]
        field = Coverage._meta.get_field("published_at")
        converters = connection.ops.get_db_converters(field.get_col(Coverage._meta.db_table))
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return [(article, kind, _convert(when, converters, field)) for article, kind, when in rows]


def _convert(value, converters, field):
    for converter in converters:
        value = converter(value, field, connection)
    return value


class Coverage(models.Model):
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="rows")
    article = models.ForeignKey(
        "newsroom.Article", on_delete=models.CASCADE, related_name="coverage"
    )
    published_at = models.DateTimeField()

    objects = CoverageQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["topic", "article"], name="unique_coverage")]
        indexes = [
            models.Index(
                fields=["topic", "-published_at", "-article"], name="coverage_topic_newest"
            )
        ]

    def __str__(self):
        return f"{self.topic} ← article {self.article_id}"


class CoveredArticles(Sequence):
    """The published articles of a topic, newest first, for a Paginator: a page
    is a range of the coverage index, then its rows. With ``also``, only those
    each of these topics covers too (a filter combination): the smallest topic
    is read in order and the others probed per row, and the count stops at
    ``count_limit + 1``. Without, the count is the topic's own."""

    def __init__(
        self,
        topic: Topic | None,
        now: dt.datetime,
        rows=None,
        also: Sequence[Topic] = (),
        count_limit: int = 1000,
    ):
        from newsroom.models.articles import Article

        topics = sorted([topic, *also], key=lambda t: t.count if t else -1) if also else [topic]
        self.topic, self.also = topics[0], topics[1:]
        self.now, self.count_limit = now, count_limit
        self.rows = rows if rows is not None else Article.objects.all()

    def with_rows(self, rows) -> CoveredArticles:
        """The same list, its rows read from ``rows`` (``for_listing()``, …)."""
        return CoveredArticles(self.topic, self.now, rows, self.also, self.count_limit)

    def _keys(self):
        keys = self.topic.rows.filter(published_at__lte=self.now)
        for other in self.also:
            keys = keys.filter(Exists(other.rows.filter(article=OuterRef("article"))))
        return keys.order_by("-published_at", "-article_id").values_list("article", flat=True)

    @cached_property
    def _count(self) -> int:
        if self.topic is None or None in self.also:
            return 0
        if not self.also:
            return self.topic.live_count(self.now)
        return self._keys()[: self.count_limit + 1].count()

    def count(self) -> int:
        return self._count

    __len__ = count

    def _page_keys(self, index: slice) -> list[int]:
        return list(self._keys()[index])

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        if self.topic is None or None in self.also:
            return []
        keys = self._page_keys(index)
        # One statement however many keys (a sitemap page has 1,000; in_bulk splits
        # them by SQLite's 999 parameters), unsorted: they are put in the keys' order.
        found = {row.pk: row for row in self.rows.filter(pk__in=keys).order_by()}
        return [found[key] for key in keys if key in found]


def topics_of(article) -> list[tuple[str, str]]:
    """The topics ``article`` counts in once published: news, its year, and
    everything it names."""
    from newsroom.models.articles import ArticlePartner

    topics = [(TopicKind.NEWS, "")]
    year = article.news_year
    if year:
        topics.append((TopicKind.YEAR, str(year)))
    partners = ArticlePartner.objects.filter(article=article).values_list("partner", flat=True)
    topics += [(TopicKind.PARTNER, str(pk)) for pk in sorted(set(partners))]
    topics += [(TopicKind.PERSON, str(pk)) for pk in article.people.values_list("pk", flat=True)]
    topics += [(TopicKind.EVENT, str(pk)) for pk in article.events.values_list("pk", flat=True)]
    topics += [(TopicKind.TAG, str(pk)) for pk in article.tags.values_list("pk", flat=True)]
    return topics


def _locked_topics(keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Topic]:
    keys = set(keys)
    for kind, key in keys:
        Topic.objects.get_or_create(kind=kind, key=key)
    found = {}
    for kind in {kind for kind, _ in keys}:
        wanted = [key for k, key in keys if k == kind]
        for topic in Topic.objects.select_for_update().filter(kind=kind, key__in=wanted):
            found[(topic.kind, topic.key)] = topic
    return found


def refresh_article_coverage(
    article_id: int, now: dt.datetime | None = None, removed: bool = False
) -> set:
    """Bring the article's coverage rows and their topics in line with the
    article as it is now (none when it is not published, or ``removed``).
    Returns the topics that changed."""
    from newsroom.models.articles import Article, ArticleStatus

    now = now or timezone.now()
    article = None if removed else Article.objects.filter(pk=article_id).first()
    wanted: dict[tuple[str, str], dt.datetime] = {}
    if article and article.status == ArticleStatus.PUBLISHED and article.published_at:
        wanted = dict.fromkeys(topics_of(article), article.published_at)
    existing = {
        (row.topic.kind, row.topic.key): row
        for row in Coverage.objects.filter(article_id=article_id).select_related("topic")
    }
    changed = {key for key, row in existing.items() if wanted.get(key) != row.published_at}
    changed |= {key for key in wanted if key not in existing}
    if not changed:
        return set()
    topics = _locked_topics(changed)
    live = Topic.objects.live_counts(topics.values(), now)
    for topic in topics.values():  # count what went live on schedule first
        topic.count, topic.counted_until = live[topic.pk], now
    for key in changed:
        topic = topics[key]
        if key in existing:
            row = existing[key]
            topic.count -= row.published_at <= now
            row.delete()
        if key in wanted:
            Coverage.objects.create(topic=topic, article_id=article_id, published_at=wanted[key])
            topic.count += wanted[key] <= now
    for topic in topics.values():
        span = topic.rows.aggregate(
            first=Min("published_at"), due=Min("published_at", filter=Q(published_at__gt=now))
        )
        topic.public_from, topic.exact_until = span["first"], span["due"] or NEVER
        topic.save(update_fields=["count", "counted_until", "public_from", "exact_until"])
    return set(topics.values())


def past_event_count(today: dt.date, now: dt.datetime) -> int:
    """How many public events are over by ``today`` (``EventQuerySet.past()``:
    undated ones included), read from the ``event-year`` summaries up to this
    year, less this year's events still to come (the rest of the year, by the
    start-date index) and the events still running (by the end-date index).
    Only a year whose count a scheduled publication has outdated is counted
    row by row, so the cost is the coming weeks', not the archive's."""
    from newsroom.models.events import Event

    next_year = dt.date(today.year + 1, 1, 1)
    summaries = {
        topic.key: topic
        for topic in Topic.objects.filter(kind=TopicKind.EVENT_YEAR, public_from__isnull=False)
        if topic.key == UNDATED or int(topic.key) <= today.year
    }
    exact = {key: topic.count for key, topic in summaries.items() if topic.counted_until > now}
    public = Event.objects.public(now).order_by()
    stale = [key for key in summaries if key not in exact]
    if stale:
        # Each stale year by its range of the start-date index (``__year`` would
        # compute every event's year).
        years = [int(key) for key in stale if key != UNDATED]
        again = reduce(
            operator.or_,
            (
                Q(start_date__gte=dt.date(y, 1, 1), start_date__lt=dt.date(y + 1, 1, 1))
                for y in years
            ),
            Q(pk__in=[]),
        )
        if UNDATED in stale:
            again |= Q(start_date__isnull=True)
        exact["recounted"] = public.filter(again).count()
    to_come = public.filter(start_date__gte=today, start_date__lt=next_year).count()
    running = public.filter(
        Q(start_date__lt=today) | Q(start_date__isnull=True), end_date__gte=today
    ).count()
    return sum(exact.values()) - to_come - running
