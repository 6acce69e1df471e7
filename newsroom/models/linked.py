"""What an article's page shows of the partners, people and events it names
(``Article.listed_links``), and an event's page of its partners
(``Event.listed_partners``), kept on their rows by every write that changes it.

These pages (and their previews and review links), related articles and
JSON-LD read them from the row: no query and no prefetch, however many links.
An event's partners are kept with the time each became public, so the page
shows those public at the time of the request (``Event.public_roles``), with
no save. The rows are written in the transaction of the change:

- the article's own links, by ``newsroom.models.visibility.refresh_article``,
  which every change to them calls; an event's, by the receivers of its
  partner roles below;
- a partner, person or event renamed, moved or redated, by the receivers
  below, for the articles (and a partner's events) that show it; a partner
  becoming public or held back, by ``refresh_visibility``;
- a partner, person or event deleted: their links go without signals (the
  people's affiliation is set to none, the many-to-many rows are deleted in
  bulk), so the receivers note the articles before the delete;
- everything, by ``rebuild_coverage`` (``rebuild_all``), after bulk inserts.

Shown facts are kept as their fields serialise (``value_to_string``, as
``dumpdata`` writes them; ``null`` for none), and read back into unsaved model
instances.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import NamedTuple

from django.apps import apps as global_apps
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from newsroom.models.events import CARD_FIELDS

# Articles whose links one round of reads rewrites (``refresh_listed_links``).
LINK_BATCH = 500
# What the article page shows of each; a change to another field rewrites nothing.
PARTNER_FIELDS = ("name", "slug", "acronym")
PERSON_FIELDS = ("name", "slug", "position", "affiliation")
EVENT_FIELDS = CARD_FIELDS


class ArticleLinks(NamedTuple):
    """An article's partner roles (by role, then partner name), people (by
    name) and events (by start date, then title), as unsaved instances."""

    roles: list
    people: list
    events: list


def links_of(article_ids, apps=global_apps) -> dict[int, dict]:
    """``listed_links`` of each article, in three queries whatever their number
    (``apps``: a migration's models)."""
    Article, ArticlePartner, Event = (
        apps.get_model("newsroom", name) for name in ("Article", "ArticlePartner", "Event")
    )
    ids = list(article_ids)
    links = {pk: {"partners": [], "people": [], "events": []} for pk in ids}
    roles = ArticlePartner.objects.filter(article__in=ids).order_by("role", "partner__name", "pk")
    for article, *role in roles.values_list(
        "article", "role", "partner", *(f"partner__{name}" for name in PARTNER_FIELDS)
    ):
        links[article]["partners"].append(role)
    people = Article.people.through.objects.filter(article__in=ids)
    for article, *person in people.order_by("person__name", "person").values_list(
        "article", "person", "person__name", "person__slug", "person__position",
        "person__affiliation", "person__affiliation__name",
    ):  # fmt: skip
        links[article]["people"].append(person)
    named = defaultdict(list)
    for article, event in Article.events.through.objects.filter(article__in=ids).values_list(
        "article", "event"
    ):
        named[event].append(article)
    fields = [Event._meta.get_field(name) for name in EVENT_FIELDS]
    for event in (
        Event.objects.filter(pk__in=named).only(*EVENT_FIELDS).order_by("start_date", "title", "pk")
    ):
        shown = {
            field.name: None
            if field.value_from_object(event) is None
            else field.value_to_string(event)
            for field in fields
        }
        for article in named[event.pk]:
            links[article]["events"].append([event.pk, shown])
    return links


def _instance(model, **values):
    """An instance with these fields only, built as a query with ``only()``
    builds its rows (the others deferred): a third of a plain constructor's cost."""
    names = [f.attname for f in model._meta.concrete_fields if f.attname in values]
    return model.from_db(None, names, [values[name] for name in names])


def _partner(partners: dict, pk: int, name: str, slug: str = "", acronym: str = ""):
    from newsroom.models import Partner

    if pk not in partners:
        partners[pk] = _instance(Partner, id=pk, name=name, slug=slug, acronym=acronym)
    return partners[pk]


def read_links(listed: dict) -> ArticleLinks:
    """``listed_links`` as the instances templates and JSON-LD read."""
    from newsroom.models import ArticlePartner, Event, Partner, Person

    partners = {}
    roles = []
    for role, pk, name, slug, acronym in listed.get("partners", ()):
        roles.append(_instance(ArticlePartner, role=role, partner_id=pk))
        roles[-1].partner = _partner(partners, pk, name, slug, acronym)
    people = []
    for pk, name, slug, position, affiliation, affiliation_name in listed.get("people", ()):
        person = _instance(
            Person, id=pk, name=name, slug=slug, position=position,
            affiliation_id=affiliation,
        )  # fmt: skip
        if affiliation:
            person.affiliation = _instance(Partner, id=affiliation, name=affiliation_name)
        people.append(person)
    fields = [Event._meta.get_field(name) for name in EVENT_FIELDS]
    events = [
        _instance(Event, id=pk, **{f.name: f.to_python(shown[f.name]) for f in fields})
        for pk, shown in listed.get("events", ())
    ]
    return ArticleLinks(roles, people, events)


def _write(model_name: str, field: str, keys, read, apps) -> int:
    """Write ``field`` of these rows from ``read(batch of keys, apps)``, in
    batches of its reads and one bulk update. Returns how many rows were written."""
    model = apps.get_model("newsroom", model_name)
    keys = sorted(set(keys))
    for start in range(0, len(keys), LINK_BATCH):
        batch = read(keys[start : start + LINK_BATCH], apps)
        model.objects.bulk_update([model(pk=pk, **{field: v}) for pk, v in batch.items()], [field])
    return len(keys)


def refresh_links(article_ids, apps=global_apps) -> int:
    """Write ``listed_links`` of these articles (``apps``: a migration's models)."""
    return _write("Article", "listed_links", article_ids, links_of, apps)


# --- An event's partners ------------------------------------------------------------


def _as_text(when) -> str | None:
    return None if when is None else when.isoformat()


def event_partners_of(event_ids, apps=global_apps) -> dict[int, list]:
    """``listed_partners`` of each event, in one query: ``[role, partner id,
    name, slug, acronym, public from]`` by role, then partner name."""
    EventPartner = apps.get_model("newsroom", "EventPartner")
    ids = list(event_ids)
    listed = {pk: [] for pk in ids}
    roles = EventPartner.objects.filter(event__in=ids).order_by("role", "partner__name", "pk")
    for event, *role, public_from in roles.values_list(
        "event", "role", "partner", *(f"partner__{name}" for name in PARTNER_FIELDS),
        "partner__public_from",
    ):  # fmt: skip
        listed[event].append([*role, _as_text(public_from)])
    return listed


def read_event_partners(listed: list, now=None) -> list:
    """``listed_partners`` as partner roles; with ``now``, only those of
    partners public by then."""
    from newsroom.models import EventPartner

    partners = {}
    roles = []
    for role, pk, name, slug, acronym, public_from in listed:
        if now is not None and (
            public_from is None or dt.datetime.fromisoformat(public_from) > now
        ):
            continue
        roles.append(_instance(EventPartner, role=role, partner_id=pk))
        roles[-1].partner = _partner(partners, pk, name, slug, acronym)
    return roles


def refresh_event_partners(event_ids, apps=global_apps) -> int:
    """Write ``listed_partners`` of these events (``apps``: a migration's models)."""
    return _write("Event", "listed_partners", event_ids, event_partners_of, apps)


def events_of_partners(partner_ids) -> set[int]:
    """The events whose page shows one of these partners."""
    from newsroom.models import EventPartner

    roles = EventPartner.objects.filter(partner__in=list(partner_ids))
    return set(roles.values_list("event", flat=True))


# --- Receivers: a shown partner, person or event changed or deleted ---------------


def _showing(model, pk) -> set[int]:
    """The articles whose page shows this partner, person or event."""
    from newsroom.models import Article, ArticlePartner, Partner, Person

    if model is Partner:
        roles = ArticlePartner.objects.filter(partner=pk).values_list("article", flat=True)
        staff = Article.people.through.objects.filter(person__affiliation=pk)
        return set(roles) | set(staff.values_list("article", flat=True))
    through = Article.people.through if model is Person else Article.events.through
    column = "person" if model is Person else "event"
    return set(through.objects.filter(**{column: pk}).values_list("article", flat=True))


def _shown_fields(model) -> tuple[str, ...]:
    from newsroom.models import Partner, Person

    return {Partner: PARTNER_FIELDS, Person: PERSON_FIELDS}.get(model, EVENT_FIELDS)


def _shown(model, instance) -> tuple:
    return tuple(
        getattr(instance, model._meta.get_field(name).attname) for name in _shown_fields(model)
    )


def _saving(sender, instance, raw=False, **kwargs):
    if not raw and instance.pk:
        columns = [sender._meta.get_field(name).attname for name in _shown_fields(sender)]
        instance._shown_before = sender.objects.filter(pk=instance.pk).values_list(*columns).first()


def _saved(sender, instance, created, raw=False, **kwargs):
    from newsroom.models import Partner

    before = getattr(instance, "_shown_before", None)
    if not raw and not created and before is not None and before != _shown(sender, instance):
        refresh_links(_showing(sender, instance.pk))
        if sender is Partner:
            refresh_event_partners(events_of_partners([instance.pk]))


def _deleting(sender, instance, **kwargs):
    instance._showing_before_delete = _showing(sender, instance.pk)


def _deleted(sender, instance, **kwargs):
    # A partner's event roles go by a cascade that sends their own signals.
    refresh_links(getattr(instance, "_showing_before_delete", ()))


def _event_saved(sender, instance, raw=False, **kwargs):
    # The save wrote the list the event had in memory: written again from the links.
    if not raw:
        refresh_event_partners([instance.pk])
        instance.__dict__.pop("listed_partners", None)


def _event_role_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        refresh_event_partners([instance.event_id])
        event = instance._state.fields_cache.get("event")
        if event is not None:
            event.__dict__.pop("listed_partners", None)


def _event_partners_added(sender, instance, action, reverse, pk_set, **kwargs):
    # ``event.partners.add`` writes its roles in bulk, without their signals
    # (removing and clearing delete them one by one, with them).
    if action == "post_add":
        refresh_event_partners(pk_set if reverse else [instance.pk])
        if not reverse:
            instance.__dict__.pop("listed_partners", None)


# --- The article in memory: its links are read again from the row -----------------


def forget_links(article) -> None:
    """Make an article in memory read ``listed_links`` again, from the row just
    written: the field is deferred (loaded on its next use) and ``links`` dropped."""
    article.__dict__.pop("listed_links", None)
    article.__dict__.pop("links", None)


def _article_saved(sender, instance, raw=False, **kwargs):
    if not raw:  # ``refresh_article`` wrote the row after the save
        forget_links(instance)


def _role_changed(sender, instance, raw=False, **kwargs):
    article = instance._state.fields_cache.get("article")
    if article is not None and not raw:
        forget_links(article)


def _linked(sender, instance, action, reverse, **kwargs):
    from newsroom.models import Article

    if not reverse and isinstance(instance, Article) and action.startswith("post_"):
        forget_links(instance)


def connect_signals() -> None:
    """Called from ``NewsroomConfig.ready``."""
    from newsroom.models import Article, ArticlePartner, Event, EventPartner, Partner, Person

    uid = "newsroom-listed-links"
    post_save.connect(_article_saved, sender=Article, dispatch_uid=f"{uid}-article")
    post_save.connect(_event_saved, sender=Event, dispatch_uid=f"{uid}-event")
    for signal in (post_save, post_delete):
        signal.connect(_event_role_changed, sender=EventPartner, dispatch_uid=f"{uid}-event-role")
    m2m_changed.connect(
        _event_partners_added, sender=Event.partners.through, dispatch_uid=f"{uid}-event-added"
    )
    for signal in (post_save, post_delete):
        signal.connect(_role_changed, sender=ArticlePartner, dispatch_uid=f"{uid}-role")
    for through in (Article.people.through, Article.events.through, Article.partners.through):
        m2m_changed.connect(_linked, sender=through, dispatch_uid=f"{uid}-{through.__name__}")
    for model in (Partner, Person, Event):
        name = model.__name__
        pre_save.connect(_saving, sender=model, dispatch_uid=f"{uid}-{name}-pre")
        post_save.connect(_saved, sender=model, dispatch_uid=f"{uid}-{name}")
        pre_delete.connect(_deleting, sender=model, dispatch_uid=f"{uid}-{name}-pre-del")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"{uid}-{name}-del")
