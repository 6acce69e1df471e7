"""Demo content at scale: realistic, reproducible and fast to write.

``generate_demo_content`` fills the database with partners, people, events,
tags and articles that read like a research centre's press releases, for
trying the site and for the benchmark. The same seed gives the same content;
dates are placed relative to the day it runs, so that some events are always
upcoming and a few articles always scheduled.

Everything is written with ``bulk_create`` in one transaction: no model
``save()`` runs, so this module produces what ``save()`` would otherwise
ensure — bodies that are already clean under the sanitiser's allow-list
(paragraphs of escaped text) and slugs unique across the table. Partner
coverage has a long tail: a few partners appear in thousands of articles.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag, TaggedItem

from newsroom.demo_text import (
    CITIES,
    FIELDS,
    INTERGOVERNMENTAL,
    POSITIONS,
    TOPICS,
    article_text,
    event_title,
    person_names,
)
from newsroom.models import (
    Article,
    ArticlePartner,
    ArticleStatus,
    Event,
    EventFormat,
    EventKind,
    EventPartner,
    Partner,
    PartnerKind,
    Person,
)
from newsroom.models.articles import ArticlePartnerRole
from newsroom.models.events import EventPartnerRole
from newsroom.partial_dates import MONTH_NAMES, DatePrecision

BATCH_SIZE = 500
# Days of history the content spreads over, and how far ahead events go.
HISTORY_DAYS = 8 * 365
FUTURE_DAYS = 180


@dataclass(frozen=True)
class DemoReport:
    articles: int
    partners: int
    people: int
    events: int
    tags: int
    seconds: float


def content_exists() -> bool:
    return (
        any(model.objects.exists() for model in (Article, Partner, Person, Event))
        or TaggedItem.objects.exists()
    )


def clear_content() -> None:
    """Delete all articles, partners, people, events and tags (not users)."""
    with transaction.atomic():
        TaggedItem.objects.all().delete()
        Tag.objects.all().delete()
        for model in (Article, Event, Person, Partner):
            model.objects.all().delete()


class UniqueSlugs:
    """Slugs not yet taken in one table: ``base``, then ``base-2``, ``base-3``…"""

    def __init__(self, model, max_length: int = 200):
        self.taken = set(model.objects.values_list("slug", flat=True))
        self.max_length = max_length

    def __call__(self, text: str) -> str:
        base = slugify(text)[: self.max_length].strip("-") or "item"
        candidate, n = base, 1
        while candidate in self.taken:
            n += 1
            suffix = f"-{n}"
            candidate = f"{base[: self.max_length - len(suffix)]}{suffix}"
        self.taken.add(candidate)
        return candidate


class LongTail:
    """Weighted picks with Zipf-like weights: the first items are picked far
    more often than the last (the centre's main partners, its main topics)."""

    def __init__(self, rng: random.Random, items: list, exponent: float = 1.0):
        self.rng = rng
        self.items = items
        self.cum_weights = list(
            accumulate(1 / (rank + 1) ** exponent for rank in range(len(items)))
        )

    def pick(self):
        return self.rng.choices(self.items, cum_weights=self.cum_weights)[0]

    def distinct(self, k: int) -> list:
        k = min(k, len(self.items))
        chosen: dict = {}
        while len(chosen) < k:
            item = self.pick()
            chosen[id(item)] = item
        return list(chosen.values())


def _acronym(name: str) -> str:
    small = {"of", "and", "for", "the", "on", "in", "co.,", "ltd."}
    letters = [
        w[0] for w in name.replace(",", " ").split() if w.lower() not in small and w[0].isalpha()
    ]
    return "".join(letters).upper() if 2 <= len(letters) <= 6 else ""


def _partners(rng: random.Random, count: int, slugs: UniqueSlugs) -> list[Partner]:
    names: dict[str, Partner] = {}
    for name, acronym in INTERGOVERNMENTAL[: max(2, count // 20)]:
        names[name] = Partner(
            name=name, acronym=acronym, kind=PartnerKind.INTERGOVERNMENTAL, slug=slugs(name)
        )
    patterns = [
        (PartnerKind.UNIVERSITY, "{city} University", 3),
        (PartnerKind.UNIVERSITY, "{city} Institute of {field}", 3),
        (PartnerKind.UNIVERSITY, "Centre for {field} Studies, {city}", 2),
        (PartnerKind.GOVERNMENT, "{city} Municipal Bureau of {field}", 2),
        (PartnerKind.GOVERNMENT, "Department of {field}, Government of {country}", 1),
        (PartnerKind.NGO, "{city} {field} Society", 2),
        (PartnerKind.NGO, "{country} Association for {field}", 1),
        (PartnerKind.COMPANY, "{city} {field} Group Co., Ltd.", 1),
        (PartnerKind.MEDIA, "{city} Daily", 1),
    ]
    weights = [w for *_, w in patterns]
    attempts = 0
    while len(names) < count and attempts < count * 50:
        attempts += 1
        kind, pattern, _ = rng.choices(patterns, weights=weights)[0]
        city, code, country = rng.choice(CITIES)
        name = pattern.format(city=city, field=rng.choice(FIELDS), country=country)
        if name in names:
            continue
        names[name] = Partner(
            name=name,
            slug=slugs(name),
            acronym=_acronym(name) if rng.random() < 0.6 else "",
            kind=kind,
            country=code,
            city=city,
            website=f"https://www.{slugify(name)[:40]}.example.org/",
            description=f"<p>{name} works on {rng.choice(FIELDS).lower()} with partners "
            f"across the Belt and Road countries.</p>",
        )
    # Insertion order is the long tail's rank: the intergovernmental bodies first.
    return Partner.objects.bulk_create(list(names.values()), batch_size=BATCH_SIZE)


def _people(rng, count: int, partners: LongTail, slugs: UniqueSlugs) -> list[Person]:
    people = []
    for name in person_names(rng, count):
        people.append(
            Person(
                name=name,
                slug=slugs(name),
                position=rng.choice(POSITIONS),
                affiliation=partners.pick() if rng.random() < 0.9 else None,
            )
        )
    return Person.objects.bulk_create(people, batch_size=BATCH_SIZE)


def _event_dates(rng: random.Random, today: dt.date) -> dict:
    day = today + dt.timedelta(days=rng.randint(-HISTORY_DAYS, FUTURE_DAYS))
    roll = rng.random()
    if roll < 0.80:
        end = day + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
        return {
            "start_date": day,
            "end_date": end if end != day else None,
            "date_precision": DatePrecision.DAY,
            "date_text": f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}",
        }
    if roll < 0.88:
        return {
            "start_date": day.replace(day=1),
            "date_precision": DatePrecision.MONTH,
            "date_text": f"{MONTH_NAMES[day.month - 1]} {day.year}",
        }
    if roll < 0.97:
        return {
            "start_date": None,
            "date_precision": DatePrecision.MONTH_DAY,
            "date_month": day.month,
            "date_day": day.day,
            "date_text": f"{MONTH_NAMES[day.month - 1]} {day.day}",
        }
    return {
        "start_date": day.replace(month=1, day=1),
        "date_precision": DatePrecision.YEAR,
        "date_text": str(day.year),
    }


def _events(rng, count: int, partners: LongTail, slugs: UniqueSlugs, today: dt.date):
    events, roles = [], []
    kinds = [k for k in EventKind.values if k != EventKind.OTHER]
    for _ in range(count):
        kind = rng.choice(kinds)
        city, code, _country = rng.choice(CITIES)
        guests = partners.distinct(rng.randint(1, 3))
        title = event_title(rng, kind, guests[0].name, rng.choice(TOPICS), city)
        event = Event(
            title=title,
            slug=slugs(title),
            kind=kind,
            format=rng.choices(EventFormat.values, weights=[8, 1, 2])[0],
            venue="Belt and Road Research Center" if kind == EventKind.VISIT else "",
            city=city,
            country=code,
            **_event_dates(rng, today),
        )
        events.append(event)
        for n, partner in enumerate(guests):
            role = EventPartnerRole.ORGANISER if n == 0 else EventPartnerRole.PARTICIPANT
            if kind == EventKind.VISIT and n == 0:
                role = EventPartnerRole.VISITOR
            elif kind == EventKind.SIGNING:
                role = EventPartnerRole.SIGNATORY
            roles.append((event, partner, role))
    events = Event.objects.bulk_create(events, batch_size=BATCH_SIZE)
    EventPartner.objects.bulk_create(
        [EventPartner(event=e, partner=p, role=r, event_start=e.start_date) for e, p, r in roles],
        batch_size=BATCH_SIZE,
    )
    guests_of: dict[int, list[Partner]] = {}
    for event, partner, _role in roles:
        guests_of.setdefault(event.pk, []).append(partner)
    return events, guests_of


def _status(rng: random.Random, now: dt.datetime, around: dt.datetime) -> tuple[str, dt.datetime]:
    roll = rng.random()
    if roll < 0.03:
        return ArticleStatus.PUBLISHED, now + dt.timedelta(minutes=rng.randint(30, 60 * 24 * 60))
    if roll < 0.09:
        return ArticleStatus.DRAFT, None
    if roll < 0.12:
        return ArticleStatus.REVIEW, None
    return ArticleStatus.PUBLISHED, min(around, now - dt.timedelta(minutes=5))


def _dateline(rng: random.Random, event: Event | None, published: dt.date) -> dict:
    day = event.start_date if event and event.date_precision == DatePrecision.DAY else published
    roll = rng.random()
    if roll < 0.80:
        text = f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}"
        return {"dateline": day, "dateline_precision": DatePrecision.DAY, "dateline_text": text}
    if roll < 0.88:
        return {
            "dateline_precision": DatePrecision.MONTH_DAY,
            "dateline_month": day.month,
            "dateline_day": day.day,
            "dateline_text": f"On {MONTH_NAMES[day.month - 1]} {day.day}",
        }
    if roll < 0.93:
        return {
            "dateline": day.replace(day=1),
            "dateline_precision": DatePrecision.MONTH,
            "dateline_text": f"{MONTH_NAMES[day.month - 1]} {day.year}",
        }
    return {"dateline_precision": DatePrecision.UNKNOWN}


def generate_demo_content(
    articles: int, seed: int, progress: Callable[[str], None] | None = None
) -> DemoReport:
    """Add ``articles`` articles and the partners, people, events and tags they
    link, reproducibly from ``seed``. Callers decide about existing content."""
    started = time.monotonic()
    say = progress or (lambda message: None)
    rng = random.Random(seed)
    now = timezone.now().replace(second=0, microsecond=0)
    today = timezone.localdate()

    with transaction.atomic():
        partner_list = _partners(rng, max(12, articles // 25), UniqueSlugs(Partner))
        partners = LongTail(rng, partner_list, exponent=1.05)
        people = _people(rng, max(10, articles // 8), partners, UniqueSlugs(Person))
        people_of: dict[int, list[Person]] = {}
        for person in people:
            people_of.setdefault(person.affiliation_id, []).append(person)
        events, guests_of = _events(rng, max(5, articles // 3), partners, UniqueSlugs(Event), today)
        tags = [
            Tag.objects.get_or_create(
                name__iexact=name, defaults={"name": name, "slug": slugify(name)}
            )[0]
            for name in TOPICS
        ]
        tag_tail = LongTail(rng, tags, exponent=0.8)
        say(f"{len(partner_list)} partners, {len(people)} people, {len(events)} events")

        # Articles report on events that have happened (or whose year is unknown).
        reported = [e for e in events if not e.start_date or e.start_date < today]
        slugs = UniqueSlugs(Article)
        article_type = ContentType.objects.get_for_model(Article)
        PeopleLink, EventLink = Article.people.through, Article.events.through
        for start in range(0, articles, BATCH_SIZE):
            batch, links = [], []
            for _ in range(start, min(start + BATCH_SIZE, articles)):
                event = rng.choice(reported) if rng.random() < 0.7 else None
                named = list(guests_of.get(event.pk, [])) if event else []
                for extra in partners.distinct(rng.randint(0 if named else 1, 2)):
                    if extra not in named:
                        named.append(extra)
                speakers = [p for partner in named for p in people_of.get(partner.pk, [])[:2]]
                speakers = speakers[:3] or [rng.choice(people)]
                around = now - dt.timedelta(minutes=rng.randint(10, HISTORY_DAYS * 24 * 60))
                if event and event.start_date and event.start_date < today:
                    around = timezone.make_aware(
                        dt.datetime.combine(event.start_date, dt.time(rng.randint(8, 18)))
                    ) + dt.timedelta(days=rng.randint(0, 3))
                status, published_at = _status(rng, now, around)
                day = timezone.localdate(published_at or around)
                date_text = f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
                text = article_text(rng, event, named, speakers, rng.choice(TOPICS), date_text)
                article = Article(
                    title=text.title,
                    slug=slugs(text.title),
                    standfirst=text.standfirst,
                    body=text.body,
                    status=status,
                    published_at=published_at,
                    source_name="Belt and Road Research Center",
                    **_dateline(rng, event, timezone.localdate(published_at or now)),
                )
                batch.append(article)
                links.append(
                    (article, event, named, speakers, tag_tail.distinct(rng.randint(1, 4)))
                )
            Article.objects.bulk_create(batch)
            _link(links, article_type, PeopleLink, EventLink)
            say(f"{min(start + BATCH_SIZE, articles)} / {articles} articles")

    # bulk_create sends no signals: what pages read is rebuilt in bulk.
    from newsroom.caching import content_changed
    from newsroom.models.reviewable import approve_hand_entered
    from newsroom.models.visibility import rebuild_all

    approve_hand_entered()
    rebuild_all()
    content_changed()
    # Fresh statistics after a bulk load: without them SQLite's planner probes
    # link tables from the wrong side (seconds instead of milliseconds). On
    # PostgreSQL, VACUUM also sets the visibility map, so that deep pages are
    # read from the index alone (what autovacuum would do some time later).
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and connection.get_autocommit():
            cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("ANALYZE")
    return DemoReport(
        articles=articles,
        partners=len(partner_list),
        people=len(people),
        events=len(events),
        tags=len(tags),
        seconds=time.monotonic() - started,
    )


def _link(links, article_type, PeopleLink, EventLink) -> None:
    roles, people, events, tagged = [], [], [], []
    for article, event, named, speakers, tags in links:
        for n, partner in enumerate(named):
            role = ArticlePartnerRole.PARTICIPANT if event else ArticlePartnerRole.MENTIONED
            if n == 0 and event:
                role = ArticlePartnerRole.ORGANISER
            roles.append(ArticlePartner(article=article, partner=partner, role=role))
        people += [PeopleLink(article_id=article.pk, person_id=p.pk) for p in speakers]
        if event:
            events.append(EventLink(article_id=article.pk, event_id=event.pk))
        tagged += [
            TaggedItem(content_type=article_type, object_id=article.pk, tag=tag) for tag in tags
        ]
    ArticlePartner.objects.bulk_create(roles, batch_size=BATCH_SIZE)
    PeopleLink.objects.bulk_create(people, batch_size=BATCH_SIZE)
    EventLink.objects.bulk_create(events, batch_size=BATCH_SIZE)
    TaggedItem.objects.bulk_create(tagged, batch_size=BATCH_SIZE)
