"""No draft, in-review or scheduled content reaches an anonymous visitor, by any
URL, and no query string makes a public page fail."""

import datetime as dt
import re
from collections import deque
from urllib.parse import urljoin, urlparse

import pytest
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsroom.models import ArticleStatus

pytestmark = pytest.mark.django_db

HREF = re.compile(r'(?:href|src)="([^"#]+)"')
SKIP_PREFIXES = ("/admin/", "/static/", "/media/", "/preview/")


@pytest.fixture
def hidden_world(make_article, make_partner, make_person, make_event):
    """Published content, and hidden articles that share its partner, person,
    event and tag, so every page that could leak them exists."""
    partner = make_partner(name="Sichuan University", acronym="SCU")
    person = make_person(name="Xue Wenchao", affiliation=partner)
    event = make_event(title="Green forum", kind="forum")
    public = make_article(title="Forum concluded in Chengdu", tags=["energy"])
    public.partner_roles.create(partner=partner, role="organiser")
    public.people.add(person)
    public.events.add(event)
    hidden = []
    for status, when, word in [
        (ArticleStatus.DRAFT, None, "Zanzibarqa"),
        (ArticleStatus.REVIEW, None, "Quixotelly"),
        (ArticleStatus.PUBLISHED, timezone.now() + dt.timedelta(days=2), "Embargoxy"),
    ]:
        article = make_article(
            title=f"{word} secret memorandum",
            slug=f"{word.lower()}-secret",
            status=status,
            published_at=when,
            standfirst=f"{word} standfirst",
            tags=["energy", word.lower()],
        )
        article.partner_roles.create(partner=partner, role="signatory")
        article.people.add(person)
        article.events.add(event)
        hidden.append(article)
    return {"hidden": hidden, "partner": partner, "event": event, "person": person}


def crawl(client, start: list[str], limit: int = 400) -> dict[str, str]:
    """Every page reachable from ``start`` by internal links (GET, anonymous)."""
    seen: dict[str, str] = {}
    queue = deque(start)
    while queue and len(seen) < limit:
        url = queue.popleft()
        if url in seen:
            continue
        response = client.get(url)
        assert response.status_code in {200, 301, 302, 404}, (url, response.status_code)
        body = response.content.decode(errors="replace") if response.status_code == 200 else ""
        seen[url] = body
        for link in HREF.findall(body):
            parsed = urlparse(urljoin(url, link.replace("&amp;", "&")))
            if parsed.netloc not in {"", "testserver", "127.0.0.1:8000"}:
                continue
            path = parsed.path + (f"?{parsed.query}" if parsed.query else "")
            if not path.startswith(SKIP_PREFIXES) and path not in seen:
                queue.append(path)
    return seen


def test_hidden_articles_appear_nowhere_on_the_public_site(client, hidden_world):
    hidden = hidden_world["hidden"]
    words = ["Zanzibarqa", "Quixotelly", "Embargoxy"]
    start = [
        "/",
        reverse("newsroom:article-list"),
        reverse("newsroom:feed-rss"),
        reverse("newsroom:feed-atom"),
        reverse("newsroom:tag-feed-rss", args=["energy"]),
        reverse("newsroom:partner-feed-atom", args=[hidden_world["partner"].slug]),
        reverse("newsroom:events-ics"),
        hidden_world["event"].get_ics_url(),
        "/sitemap.xml",
        "/robots.txt",
        *(f"{reverse('newsroom:article-list')}?q={w}" for w in words),
        *(f"{reverse('newsroom:article-list')}?q=secret+memorandum&tag={w.lower()}" for w in words),
        f"{reverse('newsroom:article-list')}?partner={hidden_world['partner'].slug}",
    ]
    pages = crawl(client, start)
    assert len(pages) > 15
    for url, body in pages.items():
        for article in hidden:
            assert article.title not in body, url
            assert article.slug not in body, url
            assert article.standfirst not in body, url
        for word in words:
            if word.lower() not in url.lower():  # a search page may echo its own query
                assert word.lower() not in body.lower(), url
    for article in hidden:
        assert client.get(article.get_absolute_url()).status_code == 404
        assert client.get(article.get_preview_url()).status_code == 302  # to the login
        tag_url = reverse("newsroom:tag-detail", args=[article.tags.exclude(name="energy")[0].slug])
        assert client.get(tag_url).status_code == 404


HOSTILE_VALUES = st.one_of(
    st.text(max_size=300),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(
        [
            "",
            "0",
            "-1",
            "99999999999999999999999",
            "1e309",
            "NaN",
            "abc",
            "' OR 1=1 --",
            "1; DROP TABLE newsroom_article;",
            "%00",
            "\x00",
            "../../etc/passwd",
            "<script>alert(1)</script>",
            "中文版",
            "é" * 5000,
            "a" * 10000,
            "last",
            "2023-13-45",
            "unknown",
        ]
    ),
)
PARAMETERS = ["page", "q", "tag", "partner", "kind", "year", "month", "country", "letter"]


@pytest.mark.parametrize(
    "name",
    [
        "newsroom:home",
        "newsroom:article-list",
        "newsroom:partner-list",
        "newsroom:event-list",
        "newsroom:feed-rss",
    ],
)
def test_hostile_query_strings_never_cause_a_server_error(client, hidden_world, name):
    url = reverse(name)

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.dictionaries(st.sampled_from(PARAMETERS), HOSTILE_VALUES, max_size=4))
    def check(params):
        response = client.get(url, params)
        assert response.status_code in {200, 301, 302, 404}, (params, response.status_code)

    check()


@pytest.mark.parametrize(
    "path",
    [
        "/news/%00/",
        "/partners/" + "x" * 3000 + "/",
        "/events/..%2F..%2Fetc/",
        "/tags/%E4%B8%AD/",
        "/people/'%20OR%201=1/",
        "/events/nope.ics",
        "/feeds/tags/nope.rss",
    ],
)
def test_hostile_paths_are_404_not_500(client, hidden_world, path):
    assert client.get(path).status_code == 404
