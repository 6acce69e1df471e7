"""Drafts, articles in review and scheduled articles never reach visitors.

Each hidden article (see the ``site`` fixture) carries a tag, a partner, a
person and an event known only from it, and also names the public partner,
person and event: none of it may show on any public page, filter or count.
"""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.html import visible_text

pytestmark = pytest.mark.django_db

STATES = ["draft", "review", "scheduled"]


def all_public_pages(client, site):
    urls = [
        reverse("newsroom:home"),
        reverse("newsroom:article-list"),
        reverse("newsroom:article-list") + "?q=secret",
        reverse("newsroom:article-list") + "?q=green",
        reverse("newsroom:article-list") + "?tag=green-energy",
        reverse("newsroom:article-list") + "?partner=sichuan-university",
        reverse("newsroom:article-list") + "?kind=forum",
        reverse("newsroom:article-list") + "?kind=exhibition",
        reverse("newsroom:partner-list"),
        reverse("newsroom:event-list"),
        reverse("newsroom:event-list") + "?kind=exhibition",
        site.partner.get_absolute_url(),
        site.person.get_absolute_url(),
        site.forum.get_absolute_url(),
        site.forum_article.get_absolute_url(),
        reverse("newsroom:tag-detail", args=["green-energy"]),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        yield url, response


@pytest.mark.parametrize("state", STATES)
def test_hidden_articles_and_what_only_they_mention_appear_on_no_page(client, site, state):
    for url, response in all_public_pages(client, site):
        text = visible_text(response)
        assert f"Secret {state}" not in text, url
        assert f"Unpublished {state}" not in text, url
        assert f"secret-{state}" not in response.content.decode(), url


@pytest.mark.parametrize("state", STATES)
def test_hidden_articles_and_their_own_entities_are_404(client, site, state):
    hidden = site.hidden[state]
    for url in [
        hidden.article.get_absolute_url(),
        hidden.partner.get_absolute_url(),
        hidden.person.get_absolute_url(),
        hidden.event.get_absolute_url(),
        reverse("newsroom:tag-detail", args=[f"secret-{state}"]),
    ]:
        assert client.get(url).status_code == 404, url


def test_counts_only_count_published_news(client, site):
    partners = client.get(reverse("newsroom:partner-list")).context["page_obj"].object_list
    assert {p.name: p.article_count for p in partners} == {
        "Sichuan University": 2,
        "Chongqing Renewable Energy Society": 1,
    }
    assert client.get(reverse("newsroom:article-list")).context["paginator"].count == 2
    assert "News with SCU (2)" in visible_text(client.get(site.partner.get_absolute_url()))
    assert "In the news (1)" in visible_text(client.get(site.person.get_absolute_url()))
    tag_page = client.get(reverse("newsroom:tag-detail", args=["green-energy"]))
    assert tag_page.context["paginator"].count == 2
    event_page = client.get(site.forum.get_absolute_url())
    assert [a.title for a in event_page.context["articles"]] == [site.forum_article.title]


def test_filter_choices_offer_nothing_only_hidden_news_has(client, site):
    form = client.get(reverse("newsroom:article-list")).context["filter"].form
    assert {v for v, _ in form.fields["tag"].choices if v} == {"green-energy", "visits"}
    assert "2019" not in {v for v, _ in form.fields["year"].choices}
    events_form = client.get(reverse("newsroom:event-list")).context["filter"].form
    assert "2024" not in {v for v, _ in events_form.fields["year"].choices}


@pytest.mark.parametrize("state", STATES)
def test_filtering_by_what_only_hidden_news_has_is_refused(client, site, state):
    response = client.get(reverse("newsroom:article-list"), {"tag": f"secret-{state}"})
    assert "tag" in response.context["filter"].form.errors
    response = client.get(reverse("newsroom:article-list"), {"year": "2019"})
    assert "year" in response.context["filter"].form.errors
    partner = site.hidden[state].partner
    for typed in (partner.slug, partner.name):
        response = client.get(reverse("newsroom:article-list"), {"partner": typed})
        assert response.context["filter"].form.errors["partner"] == [
            f"No partner called “{typed}” is in the news: see the partner directory."
        ]


def test_publishing_an_article_reveals_it_everywhere(client, site):
    article = site.hidden["draft"].article
    article.status = "published"
    article.save()
    assert client.get(article.get_absolute_url()).status_code == 200
    assert client.get(site.hidden["draft"].partner.get_absolute_url()).status_code == 200
    text = visible_text(client.get(reverse("newsroom:home")))
    assert "Secret draft story about green energy" in text


@pytest.mark.parametrize("page_cache", [True, False], ids=["cached", "cold"])
def test_a_scheduled_article_reveals_what_it_names_when_its_time_comes_without_a_save(
    client, site, settings, monkeypatch, page_cache
):
    settings.NEWSROOM_PAGE_CACHE = page_cache
    hidden = site.hidden["scheduled"]
    partner_url = hidden.partner.get_absolute_url()
    news = reverse("newsroom:article-list")
    assert client.get(partner_url).status_code == 404
    assert "2019" not in {
        v for v, _ in client.get(news).context["filter"].form.fields["year"].choices
    }
    before = client.get(site.partner.get_absolute_url()).context["paginator"].count

    later = hidden.article.published_at + dt.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)

    partner_page = client.get(partner_url)
    assert partner_page.status_code == 200
    assert [a.title for a in partner_page.context["page_obj"]] == [hidden.article.title]
    assert "News with Secret scheduled partner (1)" in visible_text(partner_page)
    assert client.get(hidden.person.get_absolute_url()).status_code == 200
    assert client.get(hidden.event.get_absolute_url()).status_code == 200
    assert "2019" in {v for v, _ in client.get(news).context["filter"].form.fields["year"].choices}
    after = client.get(site.partner.get_absolute_url()).context["paginator"].count
    assert after == before + 1
    home = client.get(reverse("newsroom:home"))
    assert hidden.article.title in visible_text(home)


def test_what_saves_keep_is_what_a_rebuild_makes(site, make_article):
    from newsroom.models import Coverage, Event, Partner, Person, Topic
    from newsroom.models.visibility import rebuild_all

    article = site.hidden["draft"].article
    article.status = "published"
    article.save()
    site.visit_article.partner_roles.filter(partner=site.partner).delete()
    site.forum_article.tags.add("rebuilt")
    site.visit_article.delete()

    def state():
        topics = {(t.kind, t.key): (t.public_from, t.live_count()) for t in Topic.objects.all()}
        topics = {key: value for key, value in topics.items() if value != (None, 0)}
        rows = set(
            Coverage.objects.values_list("topic__kind", "topic__key", "article", "published_at")
        )
        seen = {
            model.__name__: dict(model.objects.values_list("pk", "public_from"))
            for model in (Partner, Person, Event)
        }
        return topics, rows, seen

    kept = state()
    rebuild_all()
    assert state() == kept


def test_past_events_are_counted_from_the_yearly_summaries_as_time_passes(make_event, make_article):
    """The events list's "Past events (n)" is read from summaries; an event whose
    last day passes, or that a scheduled article makes public, changes it on
    time with no save in between."""
    from newsroom.models import Event
    from newsroom.models.coverage import past_event_count

    today = timezone.localdate()
    years_ago = today.replace(month=1, day=1) - dt.timedelta(days=400)
    make_event(start_date=years_ago)
    make_event(start_date=years_ago, end_date=today + dt.timedelta(days=40))  # still running
    make_event(start_date=None, date_precision="month_day", date_month=6, date_day=27)
    make_event(start_date=today - dt.timedelta(days=1))
    make_event(start_date=today - dt.timedelta(days=5), end_date=today + dt.timedelta(days=5))
    make_event(start_date=today + dt.timedelta(days=10))
    scheduled = make_event(start_date=years_ago, reviewed=False)
    article = make_article(published_at=timezone.now() + dt.timedelta(days=2))
    article.events.add(scheduled)

    now = timezone.now()
    for days in (0, 3, 45, 400):
        later_today, later = today + dt.timedelta(days=days), now + dt.timedelta(days=days)
        expected = Event.objects.public(later).past(later_today).count()
        assert past_event_count(later_today, later) == expected, days
    assert past_event_count(today, now) == 3
    assert past_event_count(today + dt.timedelta(days=45), now + dt.timedelta(days=45)) == 7


def test_the_events_list_says_how_many_events_are_past(client, make_event):
    today = timezone.localdate()
    for offset in (-800, -400, 30):
        make_event(start_date=today + dt.timedelta(days=offset))
    text = visible_text(client.get(reverse("newsroom:event-list")))
    assert "Past events (2)" in text


def test_renames_moves_and_deletions_keep_the_summaries_a_rebuild_makes(make_partner, make_event):
    """Each write recomputes only the summaries it touches (an initial, a country, a
    year): the old one it leaves and the new one it joins, never the whole table."""
    import datetime as dt

    from newsroom.models import Topic, TopicKind
    from newsroom.models.visibility import rebuild_all

    alpha = make_partner(name="Alpha Institute", country="TH")
    make_partner(name="beta University", country="TH")
    lone = make_partner(name="Zeta Society", country="KE")
    early = make_event(title="Forum", start_date=dt.date(2019, 5, 1))
    make_event(title="Seminar", start_date=dt.date(2024, 5, 1))

    alpha.name, alpha.country = "Gamma Institute", "VN"
    alpha.save()
    lone.delete()
    early.start_date = dt.date(2021, 5, 1)
    early.save()

    summaries = (TopicKind.PARTNER_INITIAL, TopicKind.PARTNER_COUNTRY, TopicKind.EVENT_YEAR)

    def state():
        rows = Topic.objects.filter(kind__in=summaries, public_from__isnull=False)
        return {(t.kind, t.key): (t.public_from, t.live_count()) for t in rows}

    kept = state()
    assert {key for kind, key in kept if kind == TopicKind.PARTNER_INITIAL} == {"B", "G"}
    assert {key for kind, key in kept if kind == TopicKind.PARTNER_COUNTRY} == {"TH", "VN"}
    assert {key for kind, key in kept if kind == TopicKind.EVENT_YEAR} == {"2021", "2024"}
    rebuild_all()
    assert state() == kept


def test_partner_links_keep_their_events_start_date_and_a_rebuild_repairs_them(
    make_partner, make_event
):
    import datetime as dt

    from newsroom.models import EventPartner
    from newsroom.models.visibility import rebuild_all

    partner = make_partner(name="Alpha Institute")
    event = make_event(title="Forum", start_date=dt.date(2019, 5, 1))
    link = EventPartner.objects.create(event=event, partner=partner, role="host")
    assert link.event_start == dt.date(2019, 5, 1)
    event.start_date = dt.date(2021, 5, 1)
    event.save()
    link.refresh_from_db()
    assert link.event_start == dt.date(2021, 5, 1)

    EventPartner.objects.update(event_start=None)  # a write that sends no signals
    rebuild_all()
    link.refresh_from_db()
    assert link.event_start == dt.date(2021, 5, 1)


def test_a_topics_stored_count_serves_until_its_next_scheduled_article_goes_live(
    make_article, make_partner, django_assert_num_queries
):
    """A page reads a topic's count with no query while no article of it is due;
    once one is (a time passing with no save), the count includes it."""
    from newsroom.models import Topic, TopicKind
    from newsroom.models.coverage import NEVER

    partner = make_partner(name="Delta Institute")
    make_article().partners.add(partner)
    due = timezone.now() + dt.timedelta(hours=1)
    scheduled = make_article(published_at=due)
    scheduled.partners.add(partner)
    topic = Topic.objects.get(kind=TopicKind.PARTNER, key=str(partner.pk))
    assert topic.exact_until == due

    with django_assert_num_queries(0):
        assert Topic.objects.live_counts([topic]) == {topic.pk: 1}
    with django_assert_num_queries(1):
        assert topic.live_count(due) == 2

    scheduled.status = "draft"
    scheduled.save()
    topic.refresh_from_db()
    assert (topic.count, topic.exact_until) == (1, NEVER)


def test_a_rebuild_counts_each_topic_exact_until_its_next_scheduled_article(
    make_article, make_partner
):
    from newsroom.models import Topic, TopicKind
    from newsroom.models.visibility import rebuild_all

    partner = make_partner(name="Epsilon Institute")
    due = timezone.now() + dt.timedelta(hours=2)
    for published_at in (timezone.now() - dt.timedelta(days=1), due, due + dt.timedelta(days=1)):
        make_article(published_at=published_at).partners.add(partner)
    rebuild_all()
    topic = Topic.objects.get(kind=TopicKind.PARTNER, key=str(partner.pk))
    assert (topic.count, topic.exact_until) == (1, due)
    assert topic.live_count(due) == 2
