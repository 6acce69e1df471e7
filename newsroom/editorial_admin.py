"""Back-office pages around the content: redirects left by moved pages.

Imported by ``newsroom.admin``; the review links and the editorial calendar
add their own pages to the article and event admins from
``newsroom.review_links`` and ``newsroom.editorial_calendar``.
"""

from django.contrib import admin
from django.utils.html import format_html

from newsroom.models import Redirect


class RedirectKindFilter(admin.SimpleListFilter):
    title = "kind"
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        return [("moved", "Moved (301)"), ("gone", "Deleted (410)")]

    def queryset(self, request, queryset):
        if self.value() == "moved":
            return queryset.moved()
        if self.value() == "gone":
            return queryset.gone()
        return queryset


@admin.register(Redirect)
class RedirectAdmin(admin.ModelAdmin):
    """Made by the site when a public page's slug changes or it is deleted:
    editors read and delete them, never write them by hand."""

    list_display = ["old_path", "destination", "created_at"]
    list_filter = [RedirectKindFilter]
    search_fields = ["old_path", "new_path"]
    date_hierarchy = "created_at"
    list_per_page = 100

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="Visitors are sent to", ordering="new_path")
    def destination(self, obj):
        if obj.is_gone:
            return "Gone: the page was deleted (410)"
        return format_html('<a href="{}">{}</a>', obj.new_path, obj.new_path)
