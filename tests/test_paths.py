import pytest
from django.test import override_settings
from django.urls import NoReverseMatch, reverse, set_script_prefix

from newsroom.paths import path_for


def test_a_slug_path_is_the_one_reverse_gives():
    assert path_for("newsroom:tag-detail", slug="climate-action") == reverse(
        "newsroom:tag-detail", kwargs={"slug": "climate-action"}
    )
    assert path_for("newsroom:event-ics", slug="forum-2024") == "/events/forum-2024.ics"
    assert path_for("newsroom:home") == "/"


def test_an_integer_argument_is_filled_in():
    assert path_for("newsroom:article-preview", pk=42) == "/preview/news/42/"


def test_a_value_the_url_refuses_still_raises():
    with pytest.raises(NoReverseMatch):
        path_for("newsroom:tag-detail", slug="two words")
    with pytest.raises(NoReverseMatch):
        path_for("newsroom:article-preview", pk="x")


def test_the_script_prefix_is_kept():
    set_script_prefix("/site/")
    try:
        assert path_for("newsroom:tag-detail", slug="water") == "/site/tags/water/"
    finally:
        set_script_prefix("/")
    assert path_for("newsroom:tag-detail", slug="water") == "/tags/water/"


@override_settings(ROOT_URLCONF="config.urls")
def test_a_changed_urlconf_is_read_again():
    assert path_for("newsroom:tag-detail", slug="water") == "/tags/water/"


def test_every_character_a_slug_may_have_is_put_in_as_reverse_puts_it():
    slug = "A-z_0-9-" + "".join(chr(c) for c in range(ord("a"), ord("z") + 1))
    assert path_for("newsroom:tag-detail", slug=slug) == reverse(
        "newsroom:tag-detail", kwargs={"slug": slug}
    )
    assert path_for("newsroom:article-preview", pk="0042") == reverse(
        "newsroom:article-preview", kwargs={"pk": "0042"}
    )
