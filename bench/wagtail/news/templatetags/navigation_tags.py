from django import template
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("includes/menu.html", takes_context=True)
def main_menu(context):
    """The site root's live children that editors put in the menu."""
    request = context["request"]
    root = Site.find_for_request(request).root_page
    return {
        "request": request,
        "root": root,
        "items": root.get_children().live().in_menu(),
    }
