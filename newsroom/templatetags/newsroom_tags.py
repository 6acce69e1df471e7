"""Small presentation helpers for the public templates."""

from django import template
from django.urls import reverse
from django.utils.html import format_html

from newsroom.partial_dates import DatePrecision, PartialDate

register = template.Library()


def datetime_attribute(when: PartialDate) -> str:
    """A machine-readable HTML date claiming no more than is known.

    "2024-03-21", "2021-06", "2023", or the yearless "--06-27"; empty when
    nothing is known.
    """
    if when.precision == DatePrecision.DAY and when.date:
        return when.date.isoformat()
    if when.precision == DatePrecision.MONTH and when.date:
        return when.date.strftime("%Y-%m")
    if when.precision == DatePrecision.YEAR and when.date:
        return f"{when.date.year:04d}"
    if when.precision == DatePrecision.MONTH_DAY and when.month and when.day:
        return f"--{when.month:02d}-{when.day:02d}"
    return ""


@register.simple_tag
def partial_date(when: PartialDate):
    """``<time>`` for a partial date, shown honestly ("27 June, year unknown")."""
    attribute = datetime_attribute(when)
    if attribute:
        return format_html('<time datetime="{}">{}</time>', attribute, when.display())
    return format_html('<span class="date-unknown">{}</span>', when.display())


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
        return format_html("{} – {}", start, partial_date(PartialDate.of_day(end)))
    return start


@register.simple_tag
def elided_pages(page_obj):
    """Page numbers around the current page, with "…" for the gaps."""
    return list(
        page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    )


@register.filter
def tag_url(tag) -> str:
    """The page of a tag."""
    return reverse("newsroom:tag-detail", kwargs={"slug": tag.slug})
