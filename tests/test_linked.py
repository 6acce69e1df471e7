"""An article's page shows its partners, people and events from its row, an
event's page its partners (``newsroom.models.linked``): every change to them
shows on the next request."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsroom.backup import dump_data
from newsroom.models import Article, ArticlePartner, Event, EventPartner, Partner, Person
from newsroom.models.linked import links_of
from newsroom.models.visibility import rebuild_all
from tests.html import visible_text


@pytest.fixture
def linked(make_article, make_partner, make_person, make_event):
    """An article naming a partner (twice), a second partner, a person of the
    first and an event."""
    partner = make_partner(name="Sichuan University", acronym="SCU")
    other = make_partner(name="Asian Development Bank", acronym="ADB")
    person = make_person(name="Xue Wenchao", position="Professor", affiliation=partner)
    event = make_event(title="Green Forum", kind="forum", city="Chengdu", country="CN")
    article = make_article(title="Forum held")
    ArticlePartner.objects.create(article=article, partner=partner, role="organiser")
    ArticlePartner.objects.create(article=article, partner=partner, role="signatory")
    article.partners.add(other, through_defaults={"role": "participant"})
    article.people.add(person)
    article.events.add(event)
    return article, partner, other, person, event


def page_text(client, article) -> str:
    return visible_text(client.get(article.get_absolute_url()))


def test_the_article_page_shows_each_link_as_it_is_now(client, linked):
    article, *_ = linked
    text = page_text(client, article)
    assert "Asian Development Bank ADB Participant" in text
    assert "Sichuan University SCU Organiser, Signatory" in text
    assert "Xue Wenchao Professor, Sichuan University" in text
    assert "Green Forum Forum · 21 March 2024 · Chengdu, China" in text


def test_the_article_page_reads_no_link_table(client, linked):
    article, *_ = linked
    client.get(article.get_absolute_url())  # the page cache: not what is counted
    from django.core.cache import caches

    caches["default"].clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(article.get_absolute_url()).status_code == 200
    tables = " ".join(query["sql"] for query in queries.captured_queries)
    for table in ("articlepartner", "article_people", "article_events", "partner", "person"):
        assert f'"newsroom_{table}"' not in tables  # the instances read back load nothing
    assert '"newsroom_event"' not in tables


def test_links_removed_or_cleared_leave_the_page(client, linked):
    article, partner, other, person, event = linked
    ArticlePartner.objects.filter(article=article, role="signatory").delete()
    article.partners.remove(other)
    article.people.clear()
    event.articles.remove(article)  # from the event's side
    text = page_text(client, article)
    assert "Sichuan University SCU Organiser" in text
    assert "Signatory" not in text and "Asian Development Bank" not in text
    assert "Xue Wenchao" not in text and "Green Forum" not in text


def test_an_article_in_memory_reads_its_links_again_after_a_change(linked, make_person):
    article, *_ = linked
    assert [p.name for p in article.links.people] == ["Xue Wenchao"]
    article.people.add(make_person(name="Ana Lima"))
    assert [p.name for p in article.links.people] == ["Ana Lima", "Xue Wenchao"]


def test_a_renamed_partner_person_or_event_shows_on_every_article_page(client, linked):
    article, partner, other, person, event = linked
    partner.name, partner.slug, partner.acronym = "Sichuan Univ.", "sichuan-univ", "SU"
    partner.save()
    person.position = "Dean"
    person.save()
    event.title, event.start_date, event.city = "Green Summit", dt.date(2024, 4, 2), "Xi'an"
    event.save()
    text = page_text(client, article)
    assert "Sichuan Univ. SU Organiser, Signatory" in text
    assert (
        'href="/partners/sichuan-univ/"' in client.get(article.get_absolute_url()).content.decode()
    )
    assert "Xue Wenchao Dean, Sichuan Univ." in text
    assert "Green Summit Forum · 2 April 2024 · Xi'an, China" in text


def test_a_person_who_moves_shows_their_new_affiliation(client, linked):
    article, partner, other, person, event = linked
    person.affiliation = other
    person.save()
    assert "Xue Wenchao Professor, Asian Development Bank" in page_text(client, article)


def test_a_save_that_changes_nothing_shown_rewrites_no_article(linked):
    article, partner, *_ = linked
    partner.description = "<p>A university in Chengdu.</p>"
    with CaptureQueriesContext(connection) as queries:
        partner.save()
    assert not any("newsroom_article" in q["sql"] and "UPDATE" in q["sql"] for q in queries)


def test_deleted_partners_people_and_events_leave_the_page(client, linked):
    article, partner, other, person, event = linked
    other.delete()
    event.delete()
    text = page_text(client, article)
    assert "Asian Development Bank" not in text and "Green Forum" not in text
    person.delete()
    assert "Xue Wenchao" not in page_text(client, article)
    partner.delete()
    response = client.get(article.get_absolute_url())
    assert "Sichuan University" not in visible_text(response)
    assert 'id="partners-heading"' not in response.content.decode()


def test_a_deleted_affiliation_leaves_the_person_without_one(client, linked):
    article, partner, other, person, event = linked
    ArticlePartner.objects.filter(partner=partner).delete()
    partner.delete()
    text = page_text(client, article)
    assert "Xue Wenchao Professor" in text and "Sichuan University" not in text


def test_rebuild_writes_every_articles_links_again(linked):
    article, *_ = linked
    expected = Article.objects.get(pk=article.pk).listed_links
    Article.objects.filter(pk=article.pk).update(listed_links={})
    rebuild_all()
    assert (
        Article.objects.get(pk=article.pk).listed_links
        == expected
        == links_of([article.pk])[article.pk]
    )


def test_links_read_back_as_the_fields_they_were(linked):
    article, partner, other, person, event = linked
    event.end_date, event.date_month = None, None
    links = Article.objects.get(pk=article.pk).links
    (shown,) = links.events
    for name in ("title", "kind", "start_date", "end_date", "city", "format", "date_precision"):
        assert getattr(shown, name) == getattr(event, name)
    assert shown.country.code == "CN" and shown.pk == event.pk
    assert [(r.partner.name, r.role) for r in links.roles] == [
        ("Sichuan University", "organiser"),
        ("Asian Development Bank", "participant"),
        ("Sichuan University", "signatory"),
    ]
    assert links.people[0].affiliation.name == "Sichuan University"
    assert isinstance(links.people[0], Person) and isinstance(links.roles[0].partner, Partner)
    assert isinstance(shown, Event)


def test_backups_leave_the_stored_links_out(linked):
    rows = [row for row in dump_data() if row["model"] == "newsroom.article"]
    assert rows and all("listed_links" not in row["fields"] for row in rows)


# --- An event's partners -------------------------------------------------------------


@pytest.fixture
def event_with_partners(make_event, make_partner):
    event = make_event(title="Green Forum", kind="forum", city="Chengdu", country="CN")
    partner = make_partner(name="Sichuan University", acronym="SCU")
    other = make_partner(name="Asian Development Bank", acronym="ADB")
    EventPartner.objects.create(event=event, partner=partner, role="organiser")
    event.partners.add(other, through_defaults={"role": "participant"})
    return event, partner, other


def event_text(client, event) -> str:
    return visible_text(client.get(event.get_absolute_url()))


def test_the_event_page_shows_its_partners_as_they_are_now(client, event_with_partners):
    event, partner, other = event_with_partners
    assert "Asian Development Bank ADB Participant Sichuan University SCU Organiser" in (
        event_text(client, event)
    )
    partner.name = "Sichuan Univ."
    partner.save()
    other.events.remove(event)  # from the partner's side
    text = event_text(client, event)
    assert "Sichuan Univ. SCU Organiser" in text and "Asian Development Bank" not in text
    EventPartner.objects.filter(event=event).delete()
    response = client.get(event.get_absolute_url())
    assert 'id="partners-heading"' not in response.content.decode()


def test_the_event_page_reads_no_partner_table(client, event_with_partners):
    event, *_ = event_with_partners
    with CaptureQueriesContext(connection) as queries:
        assert client.get(event.get_absolute_url()).status_code == 200
    tables = " ".join(query["sql"] for query in queries.captured_queries)
    assert '"newsroom_eventpartner"' not in tables and '"newsroom_partner"' not in tables


def test_an_event_page_shows_a_partner_only_once_visitors_may_see_it(
    client, make_event, make_partner, make_article
):
    event = make_event(title="Signing ceremony")
    unseen = make_partner(name="Harbin Institute", reviewed=False)  # no published news yet
    EventPartner.objects.create(event=event, partner=unseen, role="signatory")
    assert "Harbin Institute" not in event_text(client, event)
    # Its first news, scheduled: the partner, and so the event's line, appear on time.
    soon = timezone.now() + dt.timedelta(minutes=5)
    make_article(title="Agreement signed", published_at=soon).partners.add(unseen)
    assert "Harbin Institute" not in event_text(client, event)
    later = soon + dt.timedelta(minutes=1)
    assert [r.partner.name for r in Event.objects.get(pk=event.pk).public_roles(later)] == [
        "Harbin Institute"
    ]
    review = Event.objects.get(pk=event.pk).all_roles()
    assert [(r.partner.name, r.role) for r in review] == [("Harbin Institute", "signatory")]


def test_a_deleted_partner_leaves_its_events(client, event_with_partners):
    event, partner, other = event_with_partners
    other.delete()
    text = event_text(client, event)
    assert "Asian Development Bank" not in text and "Sichuan University SCU Organiser" in text


def test_an_event_saved_from_an_old_copy_keeps_its_partners(client, event_with_partners):
    event, partner, other = event_with_partners
    stale = Event.objects.get(pk=event.pk)
    stale.listed_partners = []  # as loaded before a partner was added elsewhere
    stale.title = "Green Forum 2024"
    stale.save()
    assert "Sichuan University SCU Organiser" in event_text(client, event)


def test_rebuild_writes_every_events_partners_again(event_with_partners):
    event, *_ = event_with_partners
    expected = Event.objects.get(pk=event.pk).listed_partners
    Event.objects.filter(pk=event.pk).update(listed_partners=[])
    rebuild_all()
    assert Event.objects.get(pk=event.pk).listed_partners == expected
    assert len(expected) == 2
