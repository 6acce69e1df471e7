"""Production configuration, security headers and login throttling."""

import pytest
from django.urls import reverse

from tests.support.processes import manage as run_manage
from tests.support.processes import project_env

PRODUCTION_ENV = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "k3y-" + "q7Wm2xZp9LrT4vBn8" * 4,
    "DJANGO_ALLOWED_HOSTS": "news.example.org",
}


def manage(*args, **env):
    return run_manage(*args, env=project_env(**env))


def test_check_deploy_reports_no_warnings_with_the_documented_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
def test_public_pages_send_security_headers(client):
    response = client.get(reverse("newsroom:home"))
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.django_db
def test_admin_csp_allows_only_the_editor_import_map_by_hash(editor_client):
    response = editor_client.get(reverse("admin:newsroom_article_add"))
    csp = response["Content-Security-Policy"]
    assert "unsafe-inline" not in csp
    assert "'sha256-" in csp
    assert response["X-Frame-Options"] == "DENY"


def test_hsts_and_secure_cookies_in_production():
    code = (
        "from django.conf import settings as s;"
        "print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
        " s.SECURE_SSL_REDIRECT)"
    )
    result = manage("shell", "-c", code, **PRODUCTION_ENV)
    assert result.stdout.split()[-4:] == ["31536000", "True", "True", "True"], result.stderr
    result = manage("shell", "-c", code, **PRODUCTION_ENV, DJANGO_HSTS_SECONDS="600")
    assert result.stdout.split()[-4] == "600"


def test_admin_url_is_configurable():
    code = "from django.urls import reverse; print(reverse('admin:index'))"
    result = manage("shell", "-c", code, DJANGO_ADMIN_URL="back-office")
    assert result.stdout.strip().splitlines()[-1] == "/back-office/", result.stderr


@pytest.mark.django_db
def test_admin_login_is_throttled_after_repeated_failures(client, editor, settings):
    url = reverse("admin:login")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(url, {"username": "editor", "password": "wrong"})
        assert response.status_code == 200
    assert client.post(url, {"username": "editor", "password": "wrong"}).status_code == 429
    # Even the right password is refused while the lock holds.
    response = client.post(url, {"username": "editor", "password": "pw-for-tests-1"})
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()


@pytest.mark.django_db
def test_successful_login_is_not_throttled(client, editor):
    url = reverse("admin:login")
    client.post(url, {"username": "editor", "password": "wrong"})
    response = client.post(url, {"username": "editor", "password": "pw-for-tests-1"})
    assert response.status_code == 302


@pytest.mark.django_db
def test_behind_a_proxy_failures_lock_one_user_from_one_client_address(client, editor, settings):
    settings.NEWSROOM_PROXY_COUNT = 1
    url = reverse("admin:login")
    attacker = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "10.9.9.9, 198.51.100.7"}
    visitor = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.20"}
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(url, {"username": "editor", "password": "wrong"}, **attacker)
    wrong = {"username": "editor", "password": "wrong"}
    assert client.post(url, wrong, **attacker).status_code == 429
    # A forged left-hand entry changes nothing: the proxy's own entry is the address.
    forged = {**attacker, "HTTP_X_FORWARDED_FOR": "203.0.113.20, 198.51.100.7"}
    assert client.post(url, {"username": "editor", "password": "x"}, **forged).status_code == 429

    response = client.post(url, {"username": "editor", "password": "pw-for-tests-1"}, **visitor)
    assert response.status_code == 302


def test_client_address_is_the_proxys_entry_or_the_socket():
    from django.test import RequestFactory, override_settings

    from newsroom.client_address import client_address

    def address(count, forwarded=None):
        meta = {"REMOTE_ADDR": "127.0.0.1"}
        if forwarded is not None:
            meta["HTTP_X_FORWARDED_FOR"] = forwarded
        with override_settings(NEWSROOM_PROXY_COUNT=count):
            return client_address(RequestFactory().get("/", **meta))

    assert address(0, "198.51.100.7") == "127.0.0.1"
    assert address(1, "198.51.100.7") == "198.51.100.7"
    assert address(1, "1.1.1.1, 198.51.100.7") == "198.51.100.7"
    assert address(2, "1.1.1.1, 198.51.100.7, 10.0.0.2") == "198.51.100.7"
    assert address(2, "198.51.100.7") == "127.0.0.1"
    assert address(1, "not-an-address") == "127.0.0.1"


def test_check_deploy_refuses_the_development_key_when_debug_was_left_unset():
    result = manage("check", "--deploy")  # DJANGO_DEBUG and DJANGO_SECRET_KEY unset
    assert result.returncode == 1
    assert (
        "?: (newsroom.E001) SECRET_KEY is the development key committed in config/settings.py "
        "(DJANGO_SECRET_KEY is not set), and DJANGO_DEBUG is probably unset too."
    ) in result.stderr


def test_start_up_with_debug_off_refuses_the_development_key():
    result = manage(
        "check",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="insecure-local-development-key-only-used-with-debug-on",
    )
    assert result.returncode == 1
    assert "DJANGO_SECRET_KEY is not set (or is the development key)." in result.stderr


@pytest.mark.django_db
def test_a_bad_host_header_gets_a_400_that_still_carries_the_policy(client, settings):
    settings.DEBUG = False
    response = client.get("/news/", HTTP_HOST="evil.example.com")
    assert response.status_code == 400
    assert "script-src 'self'" in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_a_login_with_an_off_site_next_lands_on_the_admin_index(client, editor):
    url = reverse("admin:login") + "?next=https://evil.example/steal"
    response = client.post(url, {"username": "editor", "password": "pw-for-tests-1"})
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/news/", "/events/", "/partners/", "/no-such-page/"])
def test_a_page_number_of_thousands_of_digits_is_a_404_not_a_500(client, site, path):
    client.raise_request_exception = False
    assert client.get(path, {"page": "9" * 5000}).status_code == 404
