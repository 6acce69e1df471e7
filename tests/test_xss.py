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


def test_payloads_in_imported_press_texts_are_inert_on_public_pages(client, tmp_path):
    """The same payloads, in every part of a press text the importer reads:
    headline, lead, body and front matter."""
    import io

    from django.core.management import call_command

    folder = tmp_path / "texts"
    folder.mkdir()
    for n, payload in enumerate(XSS_PAYLOADS):
        (folder / f"hostile-{n:02d}.txt").write_text(
            f"Forum on clean energy {payload} concluded\n\n"
            f"On March 21, 2024 – The Example Energy Society (EES) hosted a forum {payload} "
            f"in Beijing with the Example University.\n\n{payload}\n\n"
            f"Mr. Li Wei, Director of the Example Energy Society, spoke. {payload}\n",
            encoding="utf-8",
        )
    (folder / "hostile-front-matter.md").write_text(
        f"---\ntitle: 'Front matter {XSS_PAYLOADS[2]}'\nsource: '{XSS_PAYLOADS[5]}'\n"
        f"tags: ['{XSS_PAYLOADS[0]}']\n---\nOn May 2, 2024 – A seminar was held.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(folder), stdout=io.StringIO(), stderr=io.StringIO())
    articles = list(Article.objects.published())
    assert len(articles) == len(XSS_PAYLOADS) + 1
    # The payloads did reach the site (as text), so the pages below do test them.
    assert any("<script>alert(1)</script>" in a.title for a in articles)

    urls = {reverse("newsroom:home"), reverse("newsroom:article-list"),
            reverse("newsroom:partner-list"), reverse("newsroom:event-list")}  # fmt: skip
    for article in articles:
        urls.add(article.get_absolute_url())
        urls.update(p.get_absolute_url() for p in article.partners.all())
        urls.update(e.get_absolute_url() for e in article.events.all())
        urls.update(p.get_absolute_url() for p in article.people.all())
        urls.update(reverse("newsroom:tag-detail", args=[t.slug]) for t in article.tags.all())
    for url in sorted(urls):
        response = client.get(url)
        assert response.status_code == 200, url
        problems = dangerous_markup(response.content.decode())
        assert not problems, (url, problems)
