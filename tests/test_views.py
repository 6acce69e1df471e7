"""The public pages as a visitor reads them, and the staff preview."""

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from django.views.defaults import server_error

from tests.html import count_elements, img_tags, visible_text

pytestmark = pytest.mark.django_db


def public_urls(site) -> dict[str, str]:
    return {
        "home": reverse("newsroom:home"),
        "news": reverse("newsroom:article-list"),
        "article": site.forum_article.get_absolute_url(),
        "partners": reverse("newsroom:partner-list"),
        "partner": site.partner.get_absolute_url(),
        "events": reverse("newsroom:event-list"),
        "event": site.forum.get_absolute_url(),
        "person": site.person.get_absolute_url(),
        "tag": reverse("newsroom:tag-detail", args=["green-energy"]),
    }


@pytest.mark.parametrize(
    "page", ["home", "news", "article", "partners", "partner", "events", "event", "person", "tag"]
)
def test_every_public_page_answers_with_its_content_and_accessible_basics(client, site, page):
    response = client.get(public_urls(site)[page])
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert count_elements(response, "h1") == 1
    assert '<a class="skip-link" href="#main">' in html
    assert count_elements(response, "main") == 1
    assert '<main id="main"' in html
    assert count_elements(response, "header") >= 1 and count_elements(response, "footer") >= 1
    assert '<nav class="site-nav" aria-label="Main">' in html
    assert all(" alt=" in img for img in img_tags(response))
    assert "<title>" in html and 'name="description"' in html
    assert "style=" not in html and "<script>" not in html


def test_pages_link_to_each_other(client, site):
    text = visible_text(client.get(reverse("newsroom:home")))
    assert "Green and low-carbon forum concluded in Chengdu" in text
    assert "Belt and Road Energy Summit" in text  # upcoming
    assert "CRES delegation visit" in text  # recent
    assert "Sichuan University" in text  # most covered

    html = client.get(site.forum_article.get_absolute_url()).content.decode()
    for url in [
        site.partner.get_absolute_url(),
        site.person.get_absolute_url(),
        site.forum.get_absolute_url(),
        reverse("newsroom:tag-detail", args=["green-energy"]),
    ]:
        assert f'href="{url}"' in html


def test_article_page_shows_date_honestly_and_everything_it_links(client, site):
    response = client.get(site.forum_article.get_absolute_url())
    text = visible_text(response)
    html = response.content.decode()
    assert "27 June, year unknown" in text
    assert '<time datetime="--06-27">' in html
    assert "Nearly 200 experts met in Chengdu." in text
    assert "The forum discussed green industries going global." in text
    assert "Sichuan University SCU Organiser" in text
    assert "Xue Wenchao Professor, Sichuan University" in text
    assert "Green and Low-carbon Forum Forum · 27 June, year unknown · Chengdu, China" in text
    assert "green energy" in text
    # Related: shares a partner and a tag.
    assert "Related news" in text and "Delegation from CRES visits the centre" in text


def test_article_with_known_date_shows_the_full_date(client, site):
    response = client.get(site.visit_article.get_absolute_url())
    assert "28 November 2023" in visible_text(response)
    assert '<time datetime="2023-11-28">' in response.content.decode()


def test_partner_roles_are_grouped_per_partner(client, site):
    site.forum_article.partner_roles.create(partner=site.partner, role="signatory")
    text = visible_text(client.get(site.forum_article.get_absolute_url()))
    assert "Sichuan University SCU Organiser, Signatory" in text


def test_hero_image_has_caption_credit_dimensions_and_loads_eagerly(
    client, make_article, image_upload
):
    article = make_article(
        title="With a photo",
        hero_image=image_upload(width=40, height=30),
        hero_alt="Delegates around a table",
        hero_caption="The delegation at the centre.",
        hero_credit="AIT",
    )
    response = client.get(article.get_absolute_url())
    [img] = img_tags(response)
    assert 'alt="Delegates around a table"' in img
    assert 'width="40" height="22"' in img  # the 16:9 rendition, cropped at the focal point
    assert 'srcset="' in img and " 40w" in img
    assert 'loading="eager"' in img
    assert "The delegation at the centre. Photo: AIT" in visible_text(response)


def test_list_images_load_lazily(client, make_article, image_upload):
    make_article(title="Photo story", hero_image=image_upload(), hero_alt="A signing")
    [img] = img_tags(client.get(reverse("newsroom:article-list")))
    assert 'loading="lazy"' in img and 'alt="A signing"' in img and 'width="8"' in img


def test_body_html_is_rendered_but_standfirst_is_escaped(client, make_article):
    article = make_article(standfirst="<b>bold?</b>", body="<p>Real <strong>body</strong></p>")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<strong>body</strong>" in html
    assert "&lt;b&gt;bold?&lt;/b&gt;" in html


def test_breadcrumbs_are_in_context_and_on_the_page(client, site):
    response = client.get(site.forum_article.get_absolute_url())
    assert response.context["breadcrumbs"] == [
        {"name": "Home", "url": "/"},
        {"name": "News", "url": "/news/"},
        {"name": site.forum_article.title, "url": site.forum_article.get_absolute_url()},
    ]
    assert response.context["object"] == site.forum_article
    assert 'aria-label="Breadcrumb"' in response.content.decode()
    crumbs = client.get(site.partner.get_absolute_url()).context["breadcrumbs"]
    assert [c["name"] for c in crumbs] == ["Home", "Partners", "Sichuan University (SCU)"]


def test_partner_page_lists_its_news_events_and_people(client, site):
    response = client.get(site.partner.get_absolute_url())
    text = visible_text(response)
    assert response.context["object"] == site.partner
    assert "Sichuan University SCU" in text and "University / research institute" in text
    assert "Chengdu, China" in text
    assert "News with SCU (2)" in text
    assert "Green and low-carbon forum concluded in Chengdu" in text
    assert "Delegation from CRES visits the centre" in text
    assert "Green and Low-carbon Forum" in text
    assert "Xue Wenchao Professor" in text


def test_partner_directory_shows_published_article_counts(client, site):
    text = visible_text(client.get(reverse("newsroom:partner-list")))
    assert "Sichuan University SCU University / research institute · China 2 news articles" in text
    assert "Chongqing Renewable Energy Society CRES NGO / association 1 news article" in text


def test_event_list_puts_upcoming_first_then_past_by_year_and_unknown_years_last(client, site):
    text = visible_text(client.get(reverse("newsroom:event-list")))
    upcoming = text.index("Upcoming Conference")
    assert "Belt and Road Energy Summit" in text[upcoming:]
    past = text.index("Past events (2)")
    assert upcoming < past < text.index("2023 Visit")
    assert text.index("2023 Visit") < text.index("Year unknown Forum 27 June, year unknown")


def test_event_page_shows_date_format_place_partners_and_news(client, site):
    response = client.get(site.forum.get_absolute_url())
    text = visible_text(response)
    assert response.context["object"] == site.forum
    assert "Date 27 June, year unknown" in text
    assert "Format In person" in text and "Place Chengdu, China" in text
    assert "Sichuan University SCU Organiser" in text
    assert "Green and low-carbon forum concluded in Chengdu" in text


def test_online_event_says_so(client, site):
    text = visible_text(client.get(reverse("newsroom:event-list")))
    assert "Belt and Road Energy Summit" in text and "Online" in text


def test_person_page_shows_position_affiliation_and_news(client, site):
    response = client.get(site.person.get_absolute_url())
    text = visible_text(response)
    assert "Professor, Sichuan University" in text
    assert f'href="{site.partner.get_absolute_url()}"' in response.content.decode()
    assert "In the news (1)" in text
    assert "Green and low-carbon forum concluded in Chengdu" in text


def test_tag_page_lists_its_articles_and_unknown_tags_are_404(client, site):
    text = visible_text(client.get(reverse("newsroom:tag-detail", args=["visits"])))
    assert "1 article" in text and "Delegation from CRES visits the centre" in text
    assert "Green and low-carbon forum" not in text
    assert client.get(reverse("newsroom:tag-detail", args=["no-such-tag"])).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/news/no-such-article/",
        "/partners/no-such-partner/",
        "/events/no-such-event/",
        "/people/no-such-person/",
        "/tags/no-such-tag/",
        "/nowhere/",
    ],
)
def test_unknown_addresses_get_the_friendly_404_page(client, db, url):
    response = client.get(url)
    assert response.status_code == 404
    text = visible_text(response)
    assert "We could not find that page" in text and "Search the news" in text


def test_500_page_renders_without_database_or_request(django_assert_num_queries):
    with django_assert_num_queries(0):
        html = render_to_string("500.html")
        response = server_error(RequestFactory().get("/"))
    assert "Something went wrong on our side" in html
    assert response.status_code == 500
    assert b"Something went wrong on our side" in response.content


# --- Staff preview -------------------------------------------------------------


@pytest.fixture
def draft(make_article):
    return make_article(title="A draft in progress", status="draft")


def test_staff_preview_a_draft_under_a_banner_never_cached(editor_client, draft):
    response = editor_client.get(draft.get_preview_url())
    assert response.status_code == 200
    text = visible_text(response)
    assert "Preview. This article is draft: visitors cannot see it." in text
    assert "A draft in progress" in text
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()


def test_preview_of_a_scheduled_article_says_when_it_goes_live(editor_client, make_article):
    article = make_article(published_at=timezone.now() + dt.timedelta(days=2))
    text = visible_text(editor_client.get(article.get_preview_url()))
    assert "This article is scheduled: visitors will see it from" in text


def test_anonymous_visitors_are_sent_to_log_in_and_non_staff_refused(client, draft):
    response = client.get(draft.get_preview_url())
    assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(User.objects.create_user("reader", password="pw-for-tests-1"))
    assert client.get(draft.get_preview_url()).status_code == 403


def test_public_pages_carry_no_preview_banner(client, site):
    assert "Preview." not in visible_text(client.get(site.forum_article.get_absolute_url()))


def test_event_page_offers_the_calendar_file_only_for_a_real_date(client, site):
    dated = client.get(site.visit.get_absolute_url()).content.decode()
    assert f'href="{site.visit.get_ics_url()}"' in dated and "Add to calendar" in dated
    yearless = client.get(site.forum.get_absolute_url()).content.decode()
    assert site.forum.get_ics_url() not in yearless and "Add to calendar" not in yearless


@pytest.mark.parametrize("name", ["home", "article-list", "partner-list", "event-list"])
def test_an_empty_site_says_so_plainly(client, db, name):
    response = client.get(reverse(f"newsroom:{name}"))
    assert response.status_code == 200
    assert count_elements(response, "h1") == 1
    assert "No " in visible_text(response)
