"""The card tags give what the Django template code they replace gave."""

import datetime as dt

import pytest
from django.template import Context, engines
from django.utils.safestring import mark_safe
from taggit.models import Tag

from newsroom.partial_dates import PartialDate
from newsroom.templatetags.newsroom_tags import first_words, partial_date, tag_links


def render(source: str, **context) -> str:
    template = engines["django"].from_string("{% load newsroom_tags %}" + source)
    return template.template.render(Context(context, autoescape=True))


def test_tag_links_are_the_loop_they_replace():
    tags = [
        Tag(name="climate & <energy>", slug="climate-energy"),
        Tag(name='"quoted"', slug="Q_9-x"),
        Tag(name=mark_safe("<b>safe</b>"), slug="safe"),
    ]
    loop = (
        '{% for tag in tags %}<li><a href="{{ tag|tag_url }}">{{ tag.name }}</a></li>{% endfor %}'
    )
    assert render("{% tag_links tags %}", tags=tags) == render(loop, tags=tags)
    assert render("{% tag_links tags %}", tags=[]) == ""


def test_a_tag_whose_slug_the_pattern_refuses_still_fails_as_reverse_does():
    from django.urls import NoReverseMatch

    with pytest.raises(NoReverseMatch):
        tag_links([Tag(name="two words", slug="two words")])


@pytest.mark.parametrize(
    "text",
    [
        "",
        "One.",
        "  Spaces\tand\nnew lines   kept   apart  ",
        " ".join(f"w{i}" for i in range(45)),
        " ".join(f"w{i}" for i in range(46)),
        " ".join(f"w{i}" for i in range(44)) + " …",
        " ".join(f"w{i}" for i in range(44)) + " … more words",
        "Fish & <chips> " * 30,
    ],
)
def test_first_words_are_truncatewords(text):
    for value in (text, mark_safe(text)):
        assert render("{{ value|first_words:45 }}", value=value) == render(
            "{{ value|truncatewords:45 }}", value=value
        )
    assert first_words(text, 0) == ""


@pytest.mark.parametrize(
    "when",
    [
        PartialDate.of_day(dt.date(2024, 3, 21)),
        PartialDate.of_month(2021, 6),
        PartialDate.of_year(2023),
        PartialDate.of_month_day(6, 27),
        PartialDate(),
        PartialDate(text="Spring <2020> & later"),
    ],
)
def test_partial_date_is_escaped_as_format_html_escapes(when):
    from django.utils.html import format_html

    attribute = when.machine()
    if attribute:
        expected = format_html('<time datetime="{}">{}</time>', attribute, when.display())
    else:
        expected = format_html('<span class="date-unknown">{}</span>', when.display())
    assert partial_date(when) == expected
    assert render("{% partial_date when %}", when=when) == expected


@pytest.mark.parametrize(
    "name",
    [
        "newsroom:home",
        "newsroom:article-list",
        "newsroom:event-list",
        "newsroom:partner-list",
        "newsroom:person-list",
        "newsroom:tag-list",
        "newsroom:feed-rss",
        "newsroom:feed-atom",
        "newsroom:events-ics",
    ],
)
def test_path_is_the_url_tag(name):
    assert render(f"{{% path '{name}' %}}") == render(f"{{% url '{name}' %}}")
    assert render(f"{{% path '{name}' as found %}}[{{{{ found }}}}]") == (
        render(f"{{% url '{name}' as found %}}[{{{{ found }}}}]")
    )


def test_the_sitemap_template_gives_what_djangos_gives():
    from pathlib import Path

    import django.contrib.sitemaps
    from django.template.loader import get_template
    from django.utils import timezone

    djangos = Path(django.contrib.sitemaps.__file__).parent / "templates" / "sitemap.xml"
    theirs = engines["django"].from_string(djangos.read_text())
    ours = get_template("sitemap.xml")
    late = dt.datetime(2024, 3, 21, 23, 30, tzinfo=dt.UTC)
    urlset = [
        {"location": "https://x.org/a/?b=1&c=<2>", "lastmod": late, "changefreq": "monthly",
         "priority": "0.8", "alternates": []},
        {"location": "https://x.org/b/", "lastmod": dt.date(999, 1, 2), "changefreq": None,
         "priority": "", "alternates": [{"lang_code": "fr", "location": "https://x.org/fr/b/"}]},
        {"location": "https://x.org/c/", "lastmod": None, "changefreq": "daily",
         "priority": "1.0", "alternates": []},
    ]  # fmt: skip
    for zone in ("UTC", "Asia/Tokyo"):
        with timezone.override(zone):
            for urls in (urlset, []):
                assert ours.render({"urlset": urls}) == theirs.render({"urlset": urls})


@pytest.mark.parametrize(
    "query", ["", "page=3", "q=a%26b+%3Cc%3E&page=2&tag=x&tag=y", "tag=x&year=2021"]
)
@pytest.mark.parametrize("number", [1, 3, 7, 12])
def test_pagination_links_are_the_querystrings_they_replace(rf, query, number):
    from django.core.paginator import Paginator
    from django.template import RequestContext

    page = Paginator(range(120), 10).page(number)
    request = rf.get(f"/news/?{query}")
    ours = (
        "{% pagination_links page as links %}{{ links.previous }}|"
        "{% for number, query, current in links.pages %}{{ number }}{{ query }}{{ current }},"
        "{% endfor %}|{{ links.next }}"
    )
    theirs = (
        "{% if page.has_previous %}{% querystring page=page.previous_page_number %}{% endif %}|"
        "{% for number in numbers %}{{ number }}"
        "{% if number != page.paginator.ELLIPSIS %}{% querystring page=number %}{% endif %}"
        "{% if number == page.number %}True{% else %}False{% endif %},{% endfor %}|"
        "{% if page.has_next %}{% querystring page=page.next_page_number %}{% endif %}"
    )
    numbers = list(page.paginator.get_elided_page_range(number, on_each_side=2, on_ends=1))

    def render_in(source, **context):
        template = engines["django"].from_string("{% load newsroom_tags %}" + source)
        return template.template.render(RequestContext(request, context))

    assert render_in(ours, page=page) == render_in(theirs, page=page, numbers=numbers)


def test_roles_by_partner_are_the_regroup_they_replace():
    """Partners by name, each with its roles in their order, escaped, as the
    template's ``regroup`` of a ``dictsort`` gave them."""
    from newsroom.models import ArticlePartner, Partner

    alpha, beta = Partner(pk=1, name="Alpha <Institute>"), Partner(pk=2, name="Beta & Co")
    roles = [
        ArticlePartner(partner=beta, role="signatory"),
        ArticlePartner(partner=alpha, role="organiser"),
        ArticlePartner(partner=beta, role="participant"),
    ]
    new = (
        "{% for partner, labels in roles|by_partner %}"
        "{{ partner.name }}: {{ labels|join:', ' }}; {% endfor %}"
    )
    old = (
        '{% regroup roles|dictsort:"partner.name" by partner as by_partner %}'
        "{% for group in by_partner %}{{ group.grouper.name }}: "
        "{% for role in group.list %}{{ role.get_role_display }}"
        "{% if not forloop.last %}, {% endif %}{% endfor %}; {% endfor %}"
    )
    assert render(new, roles=roles) == render(old, roles=roles)
    assert render(new, roles=roles) == (
        "Alpha &lt;Institute&gt;: Organiser; Beta &amp; Co: Signatory, Participant; "
    )
    # Two partners of one name stay apart, each on one line with all its roles
    # (``regroup`` split a partner whose roles the other's came between).
    twin = Partner(pk=3, name="Beta & Co")
    roles.insert(1, ArticlePartner(partner=twin, role="mentioned"))
    assert render(new, roles=roles) == (
        "Alpha &lt;Institute&gt;: Organiser; Beta &amp; Co: Signatory, Participant; "
        "Beta &amp; Co: Mentioned; "
    )
