"""Small presentation helpers for the public templates."""

from django import forms, template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from newsroom.partial_dates import DatePrecision, PartialDate
from newsroom.paths import path_for

register = template.Library()


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
    return path_for("newsroom:tag-detail", slug=tag.slug)


@register.simple_tag
def filter_field(field):
    """A filter form's text box or select, as Django's widgets would render it.

    Django renders each option through a template of its own (some 2 ms for a
    select of a few dozen choices); a filter form has a handful of plain fields.
    """
    widget = field.field.widget
    attrs = format_html_join(
        "",
        ' {}="{}"',
        (
            (name, value)
            for name, value in {
                **field.build_widget_attrs(widget.attrs),
                "id": field.auto_id,
            }.items()
            if value not in (None, False)
        ),
    )
    value = field.value()
    if not hasattr(widget, "choices") or isinstance(widget, forms.TextInput):
        shown = "" if value is None else format_html(' value="{}"', value)
        return format_html(
            '<input type="{}" name="{}"{}{}>', widget.input_type, field.html_name, shown, attrs
        )
    chosen = "" if value is None else str(value)
    options = format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        (
            (key, mark_safe(" selected") if str(key) == chosen else "", label)
            for key, label in field.field.choices
        ),
    )
    return format_html('<select name="{}"{}>{}</select>', field.html_name, attrs, options)
