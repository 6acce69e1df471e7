"""The GET filters of the news, partner and event lists: each, combined, and abused."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.html import visible_text

pytestmark = pytest.mark.django_db

NEWS = reverse("newsroom:article-list")


def titles(response) -> set[str]:
    return {article.title for article in response.context["page_obj"].object_list}


@pytest.fixture
def news(site, make_article, make_event):
    """The site, plus an article dated March 2021 covering a seminar."""
    seminar = make_event(title="Standards seminar", kind="seminar", start_date=dt.date(2021, 3, 2))
    march = make_article(
        title="Vehicle standards seminar",
        dateline=dt.date(2021, 3, 2),
        tags=["standards"],
        published_at=timezone.now() - dt.timedelta(days=5),
    )
    march.events.add(seminar)
    march.partner_roles.create(partner=site.other, role="organiser")
    return site


FORUM = "Green and low-carbon forum concluded in Chengdu"
VISIT = "Delegation from CRES visits the centre"
MARCH = "Vehicle standards seminar"


@pytest.mark.parametrize(
    "query,expected",
    [
        ({}, {FORUM, VISIT, MARCH}),
        ({"tag": "green-energy"}, {FORUM, VISIT}),
        ({"tag": "standards"}, {MARCH}),
        ({"partner": "sichuan-university"}, {FORUM, VISIT}),
        ({"partner": "chongqing-renewable-energy-society"}, {VISIT, MARCH}),
        ({"kind": "forum"}, {FORUM}),
        ({"kind": "seminar"}, {MARCH}),
        ({"kind": "signing"}, set()),
        ({"year": "2023"}, {VISIT}),
        ({"year": "2021"}, {MARCH}),
        ({"month": "6"}, {FORUM}),  # "27 June, year unknown" is in June, in no year
        ({"month": "11"}, {VISIT}),
        ({"year": "2021", "month": "3"}, {MARCH}),
        ({"year": "2021", "month": "4"}, set()),
        ({"tag": "green-energy", "partner": "chongqing-renewable-energy-society"}, {VISIT}),
        ({"tag": "green-energy", "kind": "visit", "year": "2023", "month": "11"}, {VISIT}),
        ({"q": "Chengdu", "partner": "sichuan-university"}, {FORUM}),
    ],
)
def test_news_filters_alone_and_combined(client, news, query, expected):
    response = client.get(NEWS, query)
    assert response.status_code == 200
    assert titles(response) == expected
    count = len(expected)
    assert f"{count} article{'s' if count != 1 else ''}" in visible_text(response)


def test_a_partner_with_two_roles_counts_its_article_once(client, news):
    news.forum_article.partner_roles.create(partner=news.partner, role="participant")
    response = client.get(NEWS, {"partner": "sichuan-university"})
    assert response.context["paginator"].count == 2


def test_year_choices_are_the_years_shown_on_articles(client, news):
    form = client.get(NEWS).context["filter"].form
    years = [value for value, _ in form.fields["year"].choices if value]
    assert years == ["2023", "2021"]


def test_active_filters_are_chips_that_each_remove_one_filter(client, news):
    response = client.get(NEWS, {"tag": "green-energy", "year": "2023", "page": "1"})
    chips = response.context["active_filters"]
    assert [(c["label"], c["value"]) for c in chips] == [
        ("Topic", "green energy"),
        ("Year", "2023"),
    ]
    assert chips[0]["remove_url"] == "?year=2023"
    assert chips[1]["remove_url"] == "?tag=green-energy"
    text = visible_text(response)
    assert "Topic: green energy × (remove this filter)" in text
    assert "1 article matches these filters" in text
    assert 'href="/news/">Clear all</a>' in response.content.decode()


def test_removing_the_last_chip_goes_back_to_all_news(client, news):
    [chip] = client.get(NEWS, {"kind": "forum"}).context["active_filters"]
    assert chip == {"label": "Event type", "value": "Forum", "remove_url": "?"}


@pytest.mark.parametrize(
    "query,field",
    [
        ({"year": "foo"}, "year"),
        ({"year": "1850"}, "year"),
        ({"month": "13"}, "month"),
        ({"month": "0"}, "month"),
        ({"tag": "no-such-tag"}, "tag"),
        ({"kind": "party"}, "kind"),
        ({"tag": "x' OR 1=1 --"}, "tag"),
    ],
)
def test_bad_filter_values_are_shown_as_errors_and_ignored(client, news, query, field):
    response = client.get(NEWS, query)
    assert response.status_code == 200
    assert field in response.context["filter"].form.errors
    assert "Select a valid choice" in visible_text(response)
    assert titles(response) == {FORUM, VISIT, MARCH}
    assert response.context["active_filters"] == []


@pytest.mark.parametrize(
    "typed,message",
    [
        ("no-such-partner", "No partner called “no-such-partner” is in the news"),
        ("secret-draft-partner", "No partner called “secret-draft-partner” is in the news"),
        ("bad\x00value", "Null characters are not allowed."),
        ("x" * 300, "Ensure this value has at most 255 characters (it has 300)."),
    ],
)
def test_an_unknown_partner_is_named_in_the_error_and_ignored(client, news, typed, message):
    response = client.get(NEWS, {"partner": typed})
    assert response.status_code == 200
    assert message in visible_text(response)
    assert titles(response) == {FORUM, VISIT, MARCH}
    assert response.context["active_filters"] == []


@pytest.mark.parametrize("typed", ["sichuan-university", "Sichuan University", "SCU", "scu"])
def test_a_partner_is_found_by_its_address_name_or_acronym(client, news, typed):
    response = client.get(NEWS, {"partner": typed})
    assert titles(response) == {FORUM, VISIT}
    [chip] = response.context["active_filters"]
    assert (chip["label"], chip["value"]) == ("Partner", "Sichuan University (SCU)")


def test_the_news_filter_lists_no_partners_but_links_the_directory(client, news):
    html = client.get(NEWS).content.decode()
    assert "<option" not in html.split('name="partner"')[1].split("</div>")[0]
    assert '<a class="field__hint" href="/partners/">Find a partner in the directory</a>' in html


def test_a_bad_filter_does_not_drop_the_good_ones(client, news):
    response = client.get(NEWS, {"year": "foo", "tag": "standards"})
    assert titles(response) == {MARCH}
    assert [c["label"] for c in response.context["active_filters"]] == ["Topic"]


def test_unknown_parameters_are_ignored(client, news):
    assert client.get(NEWS, {"utm_source": "x", "order": "drop"}).status_code == 200


# --- Pagination ----------------------------------------------------------------


@pytest.fixture
def many(bulk_articles):
    return bulk_articles(45, tag="bulk")


def test_twenty_per_page_newest_first_with_page_links_that_keep_filters(client, many):
    response = client.get(NEWS, {"tag": "bulk"})
    page = response.context["page_obj"]
    assert len(page.object_list) == 20 and page.paginator.num_pages == 3
    dates = [a.published_at for a in page.object_list]
    assert dates == sorted(dates, reverse=True)
    html = response.content.decode()
    assert 'href="?tag=bulk&amp;page=2"' in html
    assert 'rel="next" href="?tag=bulk&amp;page=2"' in html
    assert "Page 1 of 3" in visible_text(response)


def test_last_page_holds_the_rest(client, many):
    response = client.get(NEWS, {"page": "3"})
    assert len(response.context["page_obj"].object_list) == 5
    assert 'rel="prev" href="?page=2"' in response.content.decode()
    assert client.get(NEWS, {"page": "last"}).context["page_obj"].number == 3


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "1.5", "９"])
def test_impossible_pages_are_404_not_500(client, many, page):
    assert client.get(NEWS, {"page": page}).status_code == 404


def test_empty_result_has_one_clean_page(client, many):
    response = client.get(NEWS, {"kind": "signing"})
    assert response.status_code == 200
    assert "No articles match these filters." in visible_text(response)


# --- Partners ------------------------------------------------------------------

PARTNERS = reverse("newsroom:partner-list")


def partner_names(response) -> list[str]:
    return [p.name for p in response.context["page_obj"].object_list]


def test_partner_directory_filters_by_kind_country_and_letter(client, news):
    assert partner_names(client.get(PARTNERS, {"kind": "university"})) == ["Sichuan University"]
    assert partner_names(client.get(PARTNERS, {"country": "CN"})) == ["Sichuan University"]
    assert partner_names(client.get(PARTNERS, {"letter": "C"})) == [
        "Chongqing Renewable Energy Society"
    ]
    assert partner_names(client.get(PARTNERS, {"letter": "C", "kind": "university"})) == []


def test_partner_a_to_z_links_only_letters_in_use_and_keep_filters(client, news):
    response = client.get(PARTNERS, {"kind": "ngo"})
    assert response.context["letters"] == ["C", "S"]
    html = response.content.decode()
    assert 'href="?kind=ngo&amp;letter=C"' in html
    assert 'href="?kind=ngo&amp;letter=Z"' not in html


@pytest.mark.parametrize("query", [{"letter": "ж"}, {"country": "XX"}, {"kind": "spy"}])
def test_bad_partner_filters_are_errors_not_crashes(client, news, query):
    response = client.get(PARTNERS, query)
    assert response.status_code == 200
    assert "Select a valid choice" in visible_text(response)
    assert len(partner_names(response)) == 2


# --- Events --------------------------------------------------------------------

EVENTS = reverse("newsroom:event-list")


def event_titles(response) -> set[str]:
    upcoming = {e.title for e in response.context["upcoming_events"]}
    return upcoming | {e.title for e in response.context["page_obj"].object_list}


def test_event_filters_by_kind_and_year_including_unknown_year(client, news):
    assert event_titles(client.get(EVENTS, {"kind": "visit"})) == {"CRES delegation visit"}
    assert event_titles(client.get(EVENTS, {"year": "2021"})) == {"Standards seminar"}
    assert event_titles(client.get(EVENTS, {"year": "unknown"})) == {"Green and Low-carbon Forum"}
    assert event_titles(client.get(EVENTS, {"kind": "conference"})) == {
        "Belt and Road Energy Summit"
    }
    assert event_titles(client.get(EVENTS, {"kind": "forum", "year": "2021"})) == set()


@pytest.mark.parametrize("query", [{"year": "foo"}, {"year": "2019"}, {"kind": "party"}])
def test_bad_event_filters_are_errors_not_crashes(client, news, query):
    response = client.get(EVENTS, query)
    assert response.status_code == 200
    assert "Select a valid choice" in visible_text(response)


@pytest.mark.parametrize("page", ["abc", "0", "99999"])
def test_event_and_partner_pages_reject_impossible_pages_with_404(client, news, page):
    assert client.get(EVENTS, {"page": page}).status_code == 404
    assert client.get(PARTNERS, {"page": page}).status_code == 404
    assert client.get(news.partner.get_absolute_url(), {"page": page}).status_code == 404


def test_each_filterset_gets_its_own_filters(make_article):
    from newsroom.filters import ArticleFilter
    from newsroom.models import Article

    make_article(title="Energy forum", tags=["energy"])
    make_article(title="Rail seminar", tags=["rail"])
    first = ArticleFilter({"tag": "energy"}, queryset=Article.objects.published())
    second = ArticleFilter({"tag": "rail"}, queryset=Article.objects.published())
    first.filters["tag"].extra["choices"] = [("energy", "Energy")]

    assert second.filters["tag"].extra["choices"] != [("energy", "Energy")]
    assert "choices" not in ArticleFilter.base_filters["tag"].extra
    assert first.filters["tag"] is not second.filters["tag"]
    assert first.filters["tag"].parent is first and second.filters["tag"].parent is second
    assert [a.title for a in first.qs] == ["Energy forum"]  # methods run on their own filterset
    assert [a.title for a in second.qs] == ["Rail seminar"]


@pytest.mark.parametrize(
    "data",
    [{}, {"q": 'a"<b>&', "month": "3", "partner": "x' y"}, {"tag": "standards", "year": "2021"}],
)
def test_filter_fields_render_as_djangos_widgets_would(news, data):
    from django.template import Context, Template

    from newsroom.filters import ArticleFilter
    from newsroom.models import Article

    def tags_only(html: str) -> str:  # the whitespace between tags is Django's layout
        return re.sub(r">\s+<", "><", html.strip())

    form = ArticleFilter(data or None, queryset=Article.objects.published()).form
    tag = Template("{% load newsroom_tags %}{% filter_field field %}")
    for field in form.visible_fields():
        assert tag.render(Context({"field": field})) == tags_only(str(field)), field.name
