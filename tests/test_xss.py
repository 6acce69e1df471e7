"""Every HTML that reaches a page is sanitised: hostile payloads entered through
the admin are inert on the public pages (the importer's path is tested in
test_importing_* with the same payload list)."""

import pytest
from django.urls import reverse

from newsroom.models import Article, Event, Partner
from tests.support.html_safety import dangerous_markup
from tests.xss_payloads import FILTER_EVASIONS, XSS_PAYLOADS

pytestmark = pytest.mark.django_db


def test_the_inspector_catches_each_payload_unsanitised():
    for payload in set(XSS_PAYLOADS) - FILTER_EVASIONS:
        assert dangerous_markup(f"<html><body>{payload}</body></html>"), payload


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_payload_through_the_admin_is_inert_on_public_pages(editor_client, client, payload):
    response = editor_client.post(
        reverse("admin:newsroom_partner_add"),
        {
            "name": f"Partner {payload}",
            "slug": "hostile-partner",
            "kind": "ngo",
            "acronym": "HP",
            "description": payload,
        },
    )
    assert response.status_code == 302
    partner = Partner.objects.get(slug="hostile-partner")
    response = editor_client.post(
        reverse("admin:newsroom_event_add"),
        {
            "title": f"Event {payload}",
            "slug": "hostile-event",
            "kind": "seminar",
            "format": "online",
            "date_precision": "day",
            "start_date": "2024-03-21",
            "venue": payload,
            "description": payload,
            "partner_roles-TOTAL_FORMS": "1",
            "partner_roles-INITIAL_FORMS": "0",
            "partner_roles-0-partner": partner.pk,
            "partner_roles-0-role": "host",
        },
    )
    assert response.status_code == 302
    event = Event.objects.get(slug="hostile-event")
    response = editor_client.post(
        reverse("admin:newsroom_article_add"),
        {
            "title": f"Headline {payload}",
            "slug": "hostile-article",
            "standfirst": payload,
            "body": f"<p>Before</p>{payload}<p>After</p>",
            "status": "published",
            "language": "en",
            "tags": "hostile",
            "dateline_precision": "day",
            "dateline": "2024-03-21",
            "source_name": payload,
            "hero_caption": payload,
            "events": [event.pk],
            "partner_roles-TOTAL_FORMS": "1",
            "partner_roles-INITIAL_FORMS": "0",
            "partner_roles-0-partner": partner.pk,
            "partner_roles-0-role": "organiser",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(slug="hostile-article")
    assert "Before" in article.body  # text around the payload survives

    urls = [
        reverse("newsroom:home"),
        reverse("newsroom:article-list"),
        article.get_absolute_url(),
        partner.get_absolute_url(),
        reverse("newsroom:partner-list"),
        event.get_absolute_url(),
        reverse("newsroom:event-list"),
        reverse("newsroom:tag-detail", args=["hostile"]),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        problems = dangerous_markup(response.content.decode())
        assert not problems, (url, problems)
