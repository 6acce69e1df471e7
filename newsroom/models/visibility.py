"""Keeping ``public_from`` of partners, people and events, the summaries their
lists read, and the coverage of articles (``newsroom.models.coverage``) in step
with every write, in the write's transaction; and rebuilding all of it.

The signal receivers below are the one place that knows which write changes
what: an article's status, publish time, news date or links change its
coverage; coverage and links change the visibility of what it names.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.db import transaction
from django.db.models import Count, Min, OuterRef, Q, Subquery
from django.db.models.functions import ExtractYear, Substr, Upper
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.utils import timezone

from newsroom.models.coverage import (
    ALWAYS,
    NEVER,
    UNDATED,
    Coverage,
    Topic,
    TopicKind,
    refresh_article_coverage,
)
from newsroom.models.linked import events_of_partners, refresh_event_partners, refresh_links

BATCH = 1000


def _link_tables():
    from newsroom.models import Article, ArticlePartner, Event, Partner, Person

    return {
        Partner: (TopicKind.PARTNER, ArticlePartner, "partner_id"),
        Person: (TopicKind.PERSON, Article.people.through, "person_id"),
        Event: (TopicKind.EVENT, Article.events.through, "event_id"),
    }


def held_back(model) -> set[int]:
    """Keys of entities kept from the public whatever their coverage says (the
    editorial rules of the model's ``held_back()``, when it has one)."""
    method = getattr(model.objects, "held_back", None)
    return set(method().values_list("pk", flat=True)) if method else set()


def visibility_of(model, pks) -> dict[int, dt.datetime | None]:
    """What ``public_from`` should be for these entities now."""
    kind, links, column = _link_tables()[model]
    pks = set(pks)
    linked = set(links.objects.filter(**{f"{column}__in": pks}).values_list(column, flat=True))
    firsts = dict(
        Topic.objects.filter(kind=kind, key__in=[str(pk) for pk in pks]).values_list(
            "key", "public_from"
        )
    )
    hidden = held_back(model) & pks
    approved = set(model.objects.filter(pk__in=pks, reviewed=True).values_list("pk", flat=True))
    return {
        pk: public_from_of(
            pk in hidden, pk in approved, firsts.get(str(pk)) if pk in linked else None
        )
        for pk in pks
    }


def public_from_of(hidden: bool, approved: bool, first_coverage: dt.datetime | None):
    """An entity is public always once an Editor approved it, else from its first
    published coverage (``newsroom.models.reviewable`` states the rule)."""
    if hidden:
        return None
    return ALWAYS if approved else first_coverage


def refresh_visibility(model, pks) -> None:
    pks = {pk for pk in pks if pk is not None}
    if not pks:
        return
    wanted = visibility_of(model, pks)
    current = dict(model.objects.filter(pk__in=pks).values_list("pk", "public_from"))
    changed = {pk: when for pk, when in wanted.items() if pk in current and current[pk] != when}
    by_value = defaultdict(list)
    for pk, when in changed.items():
        by_value[when].append(pk)
    for when, keys in by_value.items():
        model.objects.filter(pk__in=keys).update(public_from=when)
    if changed and model._meta.model_name == "partner":
        refresh_event_partners(events_of_partners(changed))
    if changed:
        keys = _keys_of(model, changed)
        if keys is not None:
            refresh_summaries(model, keys)


def _sync_topics(
    kind: str,
    firsts: dict[str, dt.datetime],
    counts: dict[str, tuple[int, dt.datetime]] | None = None,
    keys: set[str] | None = None,
) -> None:
    """Topics of ``kind``: public from their value in ``firsts`` (none there: no
    topic), with ``counts`` (``(count, counted_until)``) where given. ``keys``:
    only these topics were recomputed (all of the kind when None)."""
    counts = counts or {}
    topics = Topic.objects.filter(kind=kind)
    if keys is not None:
        topics = topics.filter(key__in=keys)
    known = {topic.key: topic for topic in topics}
    Topic.objects.bulk_create(
        [
            Topic(kind=kind, key=key, public_from=when, **_counted(counts.get(key)))
            for key, when in firsts.items()
            if key not in known
        ]
    )
    for key, topic in known.items():
        wanted = {"public_from": firsts.get(key), **_counted(counts.get(key))}
        if any(getattr(topic, name) != value for name, value in wanted.items()):
            for name, value in wanted.items():
                setattr(topic, name, value)
            topic.save(update_fields=list(wanted))


def _counted(count: tuple[int, dt.datetime] | None) -> dict:
    return {} if count is None else {"count": count[0], "counted_until": count[1]}


def _initial(name: str) -> str:
    initial = name[:1].upper()
    return initial if "A" <= initial <= "Z" else ""


def summary_keys(model, entities) -> dict[str, set[str]] | None:
    """The summaries ``entities`` (rows or instances) count in, by topic kind."""
    from newsroom.models import Event, Partner

    if model is Partner:
        return {
            TopicKind.PARTNER_INITIAL: {_initial(e.name) for e in entities} - {""},
            TopicKind.PARTNER_COUNTRY: {str(e.country) for e in entities if e.country},
        }
    if model is Event:
        return {
            TopicKind.EVENT_YEAR: {
                str(e.start_date.year) if e.start_date else UNDATED for e in entities
            }
        }
    return None


def _keys_of(model, pks) -> dict[str, set[str]] | None:
    fields = {"Partner": ["name", "country"], "Event": ["start_date"]}.get(model.__name__)
    if fields is None:
        return None
    return summary_keys(model, model.objects.filter(pk__in=list(pks)).only(*fields))


def _ranges(q_of, values) -> Q:
    ranges = Q(pk__in=[])
    for value in values:
        ranges |= q_of(value)
    return ranges


def _initial_range(initial: str) -> Q:
    """Names starting with ``initial`` in either case: ranges the name index serves."""
    upper, lower = initial, initial.lower()
    return Q(name__gte=upper, name__lt=chr(ord(upper) + 1)) | Q(
        name__gte=lower, name__lt=chr(ord(lower) + 1)
    )


def _year_range(key: str) -> Q:
    if key == UNDATED:
        return Q(start_date__isnull=True)
    year = int(key)
    return Q(start_date__gte=dt.date(year, 1, 1), start_date__lt=dt.date(year + 1, 1, 1))


def refresh_summaries(model, keys: dict[str, set[str]] | None = None) -> None:
    """The summaries of public partners (initials, countries) or events (years).

    ``keys`` (from ``summary_keys``): only these summaries are recomputed, each
    from an index range, so that a write costs the same however many partners
    or events there are; None recomputes them all (a rebuild)."""
    from newsroom.models import Event, Partner

    def only(kind):
        return None if keys is None else keys.get(kind, set())

    if model is Partner:
        visible = Partner.objects.filter(public_from__isnull=False).order_by()
        initials = only(TopicKind.PARTNER_INITIAL)
        by_initial = (
            visible if initials is None else visible.filter(_ranges(_initial_range, initials))
        )
        _sync_topics(
            TopicKind.PARTNER_INITIAL,
            {
                row["initial"]: row["first"]
                for row in by_initial.annotate(initial=Upper(Substr("name", 1, 1)))
                .values("initial")
                .annotate(first=Min("public_from"))
                if row["initial"] and "A" <= row["initial"] <= "Z"
            },
            keys=initials,
        )
        countries = only(TopicKind.PARTNER_COUNTRY)
        by_country = visible.exclude(country="")
        if countries is not None:
            by_country = by_country.filter(country__in=countries)
        _sync_topics(
            TopicKind.PARTNER_COUNTRY,
            {
                row["country"]: row["first"]
                for row in by_country.values("country").annotate(first=Min("public_from"))
            },
            keys=countries,
        )
    elif model is Event:
        # Per year (and for the undated): the first public_from, the events
        # public now, and when that count will next change with no write.
        now = timezone.now()
        years = only(TopicKind.EVENT_YEAR)
        events = Event.objects.filter(public_from__isnull=False).order_by()
        if years is not None:
            events = events.filter(_ranges(_year_range, years))
        rows = list(
            events.annotate(year=ExtractYear("start_date"))
            .values("year")
            .annotate(
                first=Min("public_from"),
                public=Count("pk", filter=Q(public_from__lte=now)),
                next=Min("public_from", filter=Q(public_from__gt=now)),
            )
        )
        key = {row["year"]: UNDATED if row["year"] is None else str(row["year"]) for row in rows}
        _sync_topics(
            TopicKind.EVENT_YEAR,
            {key[row["year"]]: row["first"] for row in rows},
            {key[row["year"]]: (row["public"], row["next"] or NEVER) for row in rows},
            keys=years,
        )


def _merged(a, b):
    if a is None or b is None:
        return a or b
    return {kind: a.get(kind, set()) | b.get(kind, set()) for kind in a.keys() | b.keys()}


def refresh_article(
    article_id: int, partners=(), people=(), events=(), removed: bool = False
) -> None:
    """After a change to an article or its links: its coverage, and the
    visibility of everything it names or named (``partners``, ``people``,
    ``events``: links just removed). ``removed``: it is being deleted."""
    from newsroom.models import Article, Event, Partner, Person

    removed = removed or article_id in _deleting
    with transaction.atomic():
        touched = refresh_article_coverage(article_id, removed=removed)
        named = defaultdict(set)
        for topic in touched:
            named[topic.kind].add(int(topic.key) if topic.key.isdigit() else None)
        article = None if removed else Article.objects.filter(pk=article_id).first()
        if article is not None:
            named[TopicKind.PARTNER] |= set(article.partner_roles.values_list("partner", flat=True))
            named[TopicKind.PERSON] |= set(article.people.values_list("pk", flat=True))
            named[TopicKind.EVENT] |= set(article.events.values_list("pk", flat=True))
            refresh_links([article_id])
        refresh_visibility(Partner, named[TopicKind.PARTNER] | set(partners))
        refresh_visibility(Person, named[TopicKind.PERSON] | set(people))
        refresh_visibility(Event, named[TopicKind.EVENT] | set(events))


# --- Rebuilding everything ------------------------------------------------------


def rebuild_all(now: dt.datetime | None = None) -> dict[str, int]:
    """Coverage, topics and visibility from scratch, in bulk
    (for a database filled without signals, or to repair one). Returns counts."""
    from taggit.models import TaggedItem

    from newsroom.models import (
        Article,
        ArticlePartner,
        ArticleStatus,
        Event,
        EventPartner,
        Partner,
        Person,
    )

    now = now or timezone.now()
    with transaction.atomic():
        Coverage.objects.all().delete()
        Topic.objects.all().delete()
        published = Article.objects.filter(
            status=ArticleStatus.PUBLISHED, published_at__isnull=False
        ).order_by()
        times = {}
        topics: dict[tuple[str, str], list[int]] = defaultdict(list)
        for article in published.only(
            "pk", "published_at", "dateline", "dateline_precision", "dateline_month"
        ).iterator(chunk_size=BATCH):
            times[article.pk] = article.published_at
            topics[(TopicKind.NEWS, "")].append(article.pk)
            if article.news_year:
                topics[(TopicKind.YEAR, str(article.news_year))].append(article.pk)
        links = [
            (
                TopicKind.PARTNER,
                ArticlePartner.objects.values_list("article", "partner").distinct(),
            ),
            (TopicKind.PERSON, Article.people.through.objects.values_list("article", "person")),
            (TopicKind.EVENT, Article.events.through.objects.values_list("article", "event")),
            (
                TopicKind.TAG,
                TaggedItem.objects.filter(
                    content_type__app_label="newsroom", content_type__model="article"
                ).values_list("object_id", "tag"),
            ),
        ]
        for kind, pairs in links:
            for article_id, pk in pairs.order_by().iterator(chunk_size=5 * BATCH):
                if article_id in times:
                    topics[(kind, str(pk))].append(article_id)
        made = Topic.objects.bulk_create(
            [
                Topic(
                    kind=kind,
                    key=key,
                    public_from=min(times[pk] for pk in members),
                    count=sum(times[pk] <= now for pk in members),
                    counted_until=now,
                    exact_until=min(
                        (times[pk] for pk in members if times[pk] > now), default=NEVER
                    ),
                )
                for (kind, key), members in topics.items()
            ],
            batch_size=BATCH,
        )
        ids = {(topic.kind, topic.key): topic.pk for topic in made}
        if None in ids.values():  # backends that do not return keys from bulk inserts
            ids = {(t.kind, t.key): t.pk for t in Topic.objects.all()}
        Coverage.objects.bulk_create(
            (
                Coverage(topic_id=ids[key], article_id=pk, published_at=times[pk])
                for key, members in topics.items()
                for pk in members
            ),
            batch_size=BATCH,
        )
        for model in (Partner, Person, Event):
            _rebuild_visibility(model)
        start = Event.objects.filter(pk=OuterRef("event")).values("start_date")[:1]
        EventPartner.objects.update(event_start=Subquery(start))
        Article.objects.refresh_listed_tags()
        Article.objects.refresh_listed_links()
        refresh_event_partners(Event.objects.values_list("pk", flat=True))
    return {"articles": len(times), "topics": len(topics), "rows": sum(map(len, topics.values()))}


def _rebuild_visibility(model) -> None:
    kind, links, column = _link_tables()[model]
    linked = set(links.objects.order_by().values_list(column, flat=True).distinct())
    firsts = {
        int(key): when
        for key, when in Topic.objects.filter(kind=kind).values_list("key", "public_from")
    }
    hidden = held_back(model)
    rows = list(model.objects.only("pk", "public_from", "reviewed"))
    for row in rows:
        first = firsts.get(row.pk) if row.pk in linked else None
        row.public_from = public_from_of(row.pk in hidden, row.reviewed, first)
    model.objects.bulk_update(rows, ["public_from"], batch_size=BATCH)
    refresh_summaries(model)


# --- Signals ----------------------------------------------------------------------


def _article_saved(sender, instance, raw=False, **kwargs):
    if not raw:  # fixtures: loaded rows are rebuilt from in one pass afterwards
        refresh_article(instance.pk)


# Articles being deleted: the cascade deletes their links (sending signals)
# while their row still exists, and their coverage must not come back.
_deleting: set[int] = set()


def _article_deleting(sender, instance, **kwargs):
    # Before the cascade: its coverage and links still say what it named.
    _deleting.add(instance.pk)
    refresh_article(
        instance.pk,
        partners=instance.partner_roles.values_list("partner", flat=True),
        people=instance.people.values_list("pk", flat=True),
        events=instance.events.values_list("pk", flat=True),
        removed=True,
    )
    instance._named_before_delete = (
        list(instance.partner_roles.values_list("partner", flat=True)),
        list(instance.people.values_list("pk", flat=True)),
        list(instance.events.values_list("pk", flat=True)),
    )


def _article_deleted(sender, instance, **kwargs):
    # Once its links are gone, what only it named is public only if approved.
    from newsroom.models import Event, Partner, Person

    _deleting.discard(instance.pk)
    partners, people, events = getattr(instance, "_named_before_delete", ((), (), ()))
    refresh_visibility(Partner, partners)
    refresh_visibility(Person, people)
    refresh_visibility(Event, events)


def _partner_role_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        refresh_article(instance.article_id, partners=[instance.partner_id])


def _tagged(sender, instance, raw=False, **kwargs):
    if (
        not raw
        and instance.content_type.app_label == "newsroom"
        and instance.content_type.model == "article"
    ):
        refresh_article(instance.object_id)


def _linked(sender, instance, action, reverse, pk_set, **kwargs):
    from newsroom.models import Article

    field = {
        Article.people.through: "person",
        Article.events.through: "event",
        Article.partners.through: "partner",
    }[sender]
    if action == "pre_clear":
        links = sender.objects.filter(**{field if reverse else "article": instance.pk})
        instance._cleared_links = list(links.values_list("article_id", f"{field}_id"))
        return
    if action == "post_clear":
        pairs = getattr(instance, "_cleared_links", [])
    elif action in {"post_add", "post_remove"}:
        pairs = [(pk, instance.pk) if reverse else (instance.pk, pk) for pk in pk_set or ()]
    else:
        return
    by_article = defaultdict(list)
    for article_id, pk in pairs:
        by_article[article_id].append(pk)
    for article_id, pks in by_article.items():
        refresh_article(article_id, **{f"{field}s" if field != "person" else "people": pks})


def _entity_saving(sender, instance, raw=False, **kwargs):
    # What it counted in before the save: a rename or a new country or year
    # leaves the old summary to recompute too.
    if not raw and instance.pk:
        instance._summaries_before = _keys_of(sender, [instance.pk])


def _entity_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    refresh_visibility(sender, [instance.pk])
    if not created:
        keys = _merged(
            summary_keys(sender, [instance]), getattr(instance, "_summaries_before", None)
        )
        if keys is not None:
            refresh_summaries(sender, keys)


def _entity_deleted(sender, instance, **kwargs):
    keys = summary_keys(sender, [instance])
    if keys is not None:
        refresh_summaries(sender, keys)


def connect_signals() -> None:
    """Called from ``NewsroomConfig.ready``."""
    from taggit.models import TaggedItem

    from newsroom.models import Article, ArticlePartner, Event, Partner, Person

    uid = "newsroom-visibility"
    post_save.connect(_article_saved, sender=Article, dispatch_uid=f"{uid}-article")
    pre_delete.connect(_article_deleting, sender=Article, dispatch_uid=f"{uid}-article-pre")
    post_delete.connect(_article_deleted, sender=Article, dispatch_uid=f"{uid}-article-del")
    for signal in (post_save, post_delete):
        signal.connect(_partner_role_changed, sender=ArticlePartner, dispatch_uid=f"{uid}-ap")
        signal.connect(_tagged, sender=TaggedItem, dispatch_uid=f"{uid}-tag")
    for through in (Article.people.through, Article.events.through, Article.partners.through):
        m2m_changed.connect(_linked, sender=through, dispatch_uid=f"{uid}-{through.__name__}")
    for model in (Partner, Person, Event):
        post_save.connect(_entity_saved, sender=model, dispatch_uid=f"{uid}-{model.__name__}")
        post_delete.connect(_entity_deleted, sender=model, dispatch_uid=f"{uid}-{model.__name__}-d")
    for model in (Partner, Event):  # the ones with summaries
        pre_save.connect(_entity_saving, sender=model, dispatch_uid=f"{uid}-{model.__name__}-s")
