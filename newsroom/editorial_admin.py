"""Back-office pages around the content: redirects left by moved pages, and
every review link at once.

Imported by ``newsroom.admin``; the review links and the editorial calendar
add their own pages to the article and event admins from
``newsroom.review_links`` and ``newsroom.editorial_calendar``.
"""

from django.contrib import admin, messages
from django.db.models import Count
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import ngettext

from newsroom.models import Redirect, ReviewLink


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


class ReviewLinkStateFilter(admin.SimpleListFilter):
    title = "state"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("live", "Live"), ("ended", "Expired or revoked")]

    def queryset(self, request, queryset):
        live = ReviewLink.objects.live().values("pk")
        if self.value() == "live":
            return queryset.filter(pk__in=live)
        if self.value() == "ended":
            return queryset.exclude(pk__in=live)
        return queryset


@admin.register(ReviewLink)
class ReviewLinkAdmin(admin.ModelAdmin):
    """Every review link in one list, to see what is out and revoke it; links
    are made on their article's or event's "Share for review" page."""

    list_display = ["__str__", "state", "expires_at", "created_by", "created_at", "visit_count"]
    list_filter = [ReviewLinkStateFilter, "created_at"]
    search_fields = ["note", "article__title", "event__title"]
    list_select_related = ["article", "event", "created_by"]
    actions = ["revoke"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(visit_total=Count("visits"))

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="Views", ordering="visit_total")
    def visit_count(self, obj):
        return obj.visit_total

    @admin.action(description="Revoke selected links", permissions=["revoke"])
    def revoke(self, request, queryset):
        count = queryset.filter(revoked_at__isnull=True).update(revoked_at=timezone.now())
        self.message_user(
            request,
            ngettext("%d link revoked.", "%d links revoked.", count) % count,
            messages.SUCCESS,
        )

    def has_revoke_permission(self, request):
        return request.user.has_perm("newsroom.change_reviewlink")
