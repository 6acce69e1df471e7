"""Faults the site survives: the database going away."""

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_down(monkeypatch):
    """Every new query fails to connect, as when the database server is unreachable."""

    def refuse(self):
        raise OperationalError("connection to server at 127.0.0.1, port 5432 failed")

    def down():
        monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)

    return down


@pytest.fixture
def production(client, settings):
    settings.DEBUG = False
    client.raise_request_exception = False
    return client


def test_public_pages_answer_a_short_503_while_the_database_is_away_then_recover(
    production, database_down, make_article, monkeypatch
):
    article = make_article(title="Forum opens")
    url = article.get_absolute_url()
    database_down()

    for path in (url, reverse("newsroom:article-list") + "?q=forum", reverse("newsroom:home")):
        response = production.get(path)
        assert response.status_code == 503, path
        assert response["Retry-After"] == "30"
        assert response["Cache-Control"] == "no-store"
        page = response.content.decode()
        assert "Our database cannot be reached just now, so no page can be shown." in page
        assert "Traceback" not in page and "OperationalError" not in page

    monkeypatch.undo()
    assert production.get(url).status_code == 200


def test_other_errors_stay_a_500(production, monkeypatch):
    from newsroom import views

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(views.HomeView, "get", broken)
    response = production.get(reverse("newsroom:home"))
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


def test_an_unreachable_postgresql_server_gives_a_503_not_a_traceback():
    from tests.support.processes import manage, project_env

    code = (
        "from django.test import Client; c = Client(raise_request_exception=False); "
        "r = c.get('/news/', HTTP_HOST='news.example.org'); "
        "print(r.status_code, r['Retry-After'], b'cannot be reached' in r.content)"
    )
    env = project_env(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="k3y-" + "q7Wm2xZp9LrT4vBn8" * 4,
        DJANGO_ALLOWED_HOSTS="news.example.org",
        DJANGO_SECURE_SSL_REDIRECT="0",
        # Nothing listens on port 9 (discard): the connection is refused at once.
        DATABASE_URL="postgres://newsroom@127.0.0.1:9/newsroom",
    )
    result = manage("shell", "-c", code, env=env)
    assert result.stdout.split()[-3:] == ["503", "30", "True"], result.stderr[-2000:]
