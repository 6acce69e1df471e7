"""Small presentation helpers for the public templates.

The tags that a list page calls for each card or option escape with
``_escape`` and build their few elements with f-strings: ``format_html``'s
lazy-string checks on every argument were most of their cost.
"""

import html

from django import forms, template
from django.utils.functional import Promise
from django.utils.safestring import mark_safe

from newsroom.partial_dates import DatePrecision, PartialDate
from newsroom.paths import path_for, paths_for

register = template.Library()


def _escape(value) -> str:
    """``django.utils.html.conditional_escape(value)``, without the wrapper
    that checks every argument for a lazy string (a lazy string is read here,
    as ``conditional_escape`` reads it)."""
    if isinstance(value, Promise):
        value = str(value)
    if hasattr(value, "__html__"):
        return value.__html__()
    return html.escape(str(value))


def datetime_attribute(when: PartialDate) -> str:
    """A machine-readable HTML date claiming no more than is known.

    "2024-03-21", "2021-06", "2023", or the yearless "--06-27"; empty when
    nothing is known.
    """
    return when.machine()


@register.simple_tag
def partial_date(when: PartialDate):
    """``<time>`` for a partial date, shown honestly ("27 June, year unknown")."""
    attribute = datetime_attribute(when)
    if attribute:
        return mark_safe(f'<time datetime="{_escape(attribute)}">{_escape(when.display())}</time>')
    return mark_safe(f'<span class="date-unknown">{_escape(when.display())}</span>')


@register.simple_tag
def event_dates(event):
    """An event's date, with its end date when it runs over several known days."""
    start = partial_date(event.when)
    end = event.end_date
    if (
        event.date_precision == DatePrecision.DAY
        and end
        and event.start_date
        and end > event.start_date
    ):
        return mark_safe(f"{start} – {partial_date(PartialDate.of_day(end))}")
    return start


@register.filter(is_safe=True)
def first_words(value, count: int) -> str:
    """``truncatewords``: the first ``count`` words of the text, on one line,
    then " …" when some were left out; without the lazy ``Truncator`` that
    made the filter a tenth of an article card."""
    count = int(count)
    if count <= 0:
        return ""
    words = str(value).split()
    if len(words) <= count:
        return " ".join(words)
    text = " ".join(words[:count])
    return text if text.endswith(" …") else f"{text} …"


@register.filter(expects_localtime=True)
def iso_date(value) -> str:
    """``date:"Y-m-d"`` of a date or a datetime (in the current time zone), for
    the sitemap's thousand ``<lastmod>``: the ``date`` filter builds a
    ``DateFormat`` and reads the language and format settings for each."""
    if value in (None, ""):
        return ""
    try:
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    except AttributeError:
        return ""


@register.simple_tag(takes_context=True)
def pagination_links(context, page_obj) -> dict:
    """The links of a page list: ``pages``, ``(number, query, current)`` for the
    numbers around the current page (``query`` empty for the "…" of a gap),
    and the ``previous`` and ``next`` pages' queries.

    Each query is the request's with ``page`` set, as ``{% querystring
    page=number %}`` gives it (``page`` where the request had it, else last);
    the query is encoded once for all the links rather than once a link.
    """
    params = context.request.GET.copy()
    params["page"] = 0
    # Encoded, each "&" is a separator and the only "page=0" is the page's.
    chunks = params.urlencode().split("&")
    at = chunks.index("page=0")
    head = "".join(f"{chunk}&" for chunk in chunks[:at])
    tail = "".join(f"&{chunk}" for chunk in chunks[at + 1 :])

    def query(number) -> str:
        return f"?{head}page={number}{tail}"

    numbers = page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    return {
        "pages": [
            # A gap is the paginator's lazy "…", which each comparison translates.
            (number, query(number), number == page_obj.number)
            if isinstance(number, int)
            else (number, "", False)
            for number in numbers
        ],
        "previous": query(page_obj.previous_page_number()) if page_obj.has_previous() else "",
        "next": query(page_obj.next_page_number()) if page_obj.has_next() else "",
    }


@register.simple_tag
def path(name: str) -> str:
    """``{% url name %}`` for a page of the site taking no arguments, from the
    pattern ``path_for`` keeps (``reverse`` is some 20 µs a call; the header
    and footer link to a dozen pages). The ``newsroom`` namespace has a single
    instance, so the current app that ``{% url %}`` passes changes nothing.
    Unlike ``{% url … as var %}``, a name that does not reverse raises."""
    return path_for(name)


@register.filter
def tag_url(tag) -> str:
    """The page of a tag."""
    return path_for("newsroom:tag-detail", slug=tag.slug)


@register.filter
def by_partner(roles) -> list[tuple]:
    """``(partner, [role labels])`` of ``roles`` (objects with ``.partner`` and
    ``get_role_display``), partners by name: ``regroup`` of a ``dictsort`` in
    one pass, and each partner once even where another of its name comes
    between its roles."""
    groups: dict = {}
    for role in roles:
        group = groups.setdefault(role.partner.pk, (role.partner, []))
        group[1].append(role.get_role_display())
    return sorted(groups.values(), key=lambda group: group[0].name)


@register.simple_tag
def tag_links(tags):
    """The items of a tag list, ``<li><a href="/tags/…/">name</a></li>`` each:
    what a loop of ``<li><a href="{{ tag|tag_url }}">{{ tag.name }}</a></li>``
    gives, at a third of its cost (the loop was a third of an article card)."""
    paths = paths_for("newsroom:tag-detail", "slug", [tag.slug for tag in tags])
    return mark_safe(
        "".join(
            f'<li><a href="{_escape(path)}">{_escape(tag.name)}</a></li>'
            for path, tag in zip(paths, tags, strict=True)
        )
    )


@register.simple_tag
def filter_field(field):
    """A filter form's text box or select, as Django's widgets would render it.

    Django renders each option through a template of its own (some 2 ms for a
    select of a few dozen choices); a filter form has a handful of plain fields.
    Escaped with ``_escape``: ``format_html`` for each option was half the form.
    """
    widget = field.field.widget
    attrs = "".join(
        f' {_escape(name)}="{_escape(value)}"'
        for name, value in {**field.build_widget_attrs(widget.attrs), "id": field.auto_id}.items()
        if value not in (None, False)
    )
    value = field.value()
    html_name = _escape(field.html_name)
    if not hasattr(widget, "choices") or isinstance(widget, forms.TextInput):
        shown = "" if value is None else f' value="{_escape(value)}"'
        kind = _escape(widget.input_type)
        return mark_safe(f'<input type="{kind}" name="{html_name}"{shown}{attrs}>')
    chosen = "" if value is None else str(value)
    options = "".join(
        f'<option value="{_escape(key)}"{" selected" if str(key) == chosen else ""}>'
        f"{_escape(label)}</option>"
        for key, label in field.field.choices
    )
    return mark_safe(f'<select name="{html_name}"{attrs}>{options}</select>')
