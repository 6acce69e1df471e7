"""An import keeps what public pages read about the partners it names: their
coverage (the partner page's news and its count) and their visibility, also
when nothing else about the article's links changes."""

import pytest
from django.urls import reverse

from newsroom.importing.load import Importer
from newsroom.models import Partner
from newsroom.models.coverage import Coverage, TopicKind
from tests.html import visible_text

pytestmark = pytest.mark.django_db

LAB = """Southeast University Opens a Solar Laboratory

NANJING, May 4, 2024 -- Southeast University opened a solar laboratory in Nanjing.
"""
# The same news with a speaker: the person is linked at the first import and
# stays the same when the text is imported again.
LAB_WITH_SPEAKER = LAB.replace("Nanjing.", "Nanjing. Professor Anna Berg spoke at the opening.")


def _import(text: str):
    result = Importer(status="published").import_bytes("lab.txt", text.encode())
    assert result.ok, result.error
    return result


def _partner_page(client, name: str):
    partner = Partner.objects.get(name=name)
    return client.get(reverse("newsroom:partner-detail", args=[partner.slug]))


def test_a_published_import_naming_only_a_partner_puts_it_on_the_partners_page(client):
    result = _import(LAB)

    assert not result.parsed.people and not result.parsed.events and not result.parsed.tags
    partner = Partner.objects.get(name="Southeast University")
    assert partner.public_from is not None
    assert Coverage.objects.filter(
        topic__kind=TopicKind.PARTNER, topic__key=str(partner.pk), article_id=result.article_id
    ).exists()
    text = visible_text(_partner_page(client, "Southeast University"))
    assert "News with Southeast University (1)" in text
    assert "Southeast University Opens a Solar Laboratory" in text


def test_a_changed_text_imported_again_keeps_its_partners_news(client):
    _import(LAB_WITH_SPEAKER)
    assert "News with Southeast University (1)" in visible_text(
        _partner_page(client, "Southeast University")
    )

    result = _import(LAB_WITH_SPEAKER.replace("a solar laboratory", "a new solar laboratory"))

    assert result.status == "updated"
    assert "News with Southeast University (1)" in visible_text(
        _partner_page(client, "Southeast University")
    )


def test_a_text_imported_again_with_another_partner_moves_its_news_to_that_partner(client):
    _import(LAB_WITH_SPEAKER)

    result = _import(LAB_WITH_SPEAKER.replace("Southeast University", "Hohai University"))

    assert result.status == "updated"
    text = visible_text(_partner_page(client, "Hohai University"))
    assert "News with Hohai University (1)" in text
    assert "Hohai University Opens a Solar Laboratory" in text
    assert _partner_page(client, "Southeast University").status_code == 404
    assert Partner.objects.get(name="Southeast University").public_from is None
