"""The editorial back office.

Writers draft and send articles to review; Editors (``publish_article``
permission) publish, unpublish and schedule. Published articles are read-only
for Writers, so a live page never changes without an Editor.
"""

import copy

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import ngettext
from reversion.models import Version
from reversion_compare.admin import CompareVersionAdmin

from newsroom.editorial_calendar import EditorialCalendarAdminMixin
from newsroom.models import (
    Article,
    ArticlePartner,
    ArticleStatus,
    Event,
    EventPartner,
    Partner,
    Person,
)
from newsroom.models.reviewable import is_editor
from newsroom.review_links import ReviewLinksAdminMixin
from newsroom.storage_errors import storage_problem

admin.site.site_header = "Newsroom"
admin.site.site_title = "Newsroom admin"
admin.site.index_title = "Editorial back office"

PUBLISH_PERMISSION = "newsroom.publish_article"


class RevisionAdmin(CompareVersionAdmin):
    """History, compare and revert, with the rights checked before anything is rolled back.

    django-reversion reverts the revision first and checks the change permission
    on the reverted object, so a Writer could turn a live article into an old
    draft. Both the object as it is now and the version it would become must be
    the user's to change.
    """

    def _as_version(self, version: Version, current=None):
        """An unsaved copy of the object with the version's field values."""
        target = copy.copy(current) if current is not None else self.model()
        concrete = {f.attname for f in self.model._meta.concrete_fields}
        for name, value in version.field_dict.items():
            if name in concrete:
                setattr(target, name, value)
        return target

    def _check_revert(self, request, version: Version, current=None) -> None:
        if current is not None and not self.has_change_permission(request, current):
            raise PermissionDenied
        if not self.has_change_permission(request, self._as_version(version, current)):
            raise PermissionDenied

    def revision_view(self, request, object_id, version_id, extra_context=None):
        current = self.get_object(request, object_id)
        version = Version.objects.filter(pk=version_id, object_id=object_id).first()
        if current is not None and version is not None:
            self._check_revert(request, version, current)
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        version = Version.objects.filter(pk=version_id).first()
        if version is not None:
            self._check_revert(request, version)
        return super().recover_view(request, version_id, extra_context)


def thumbnail(image, alt: str = "", size: int = 60):
    if not image:
        return "—"
    width, height = image.width or size, image.height or size
    scale = min(size / width, size / height, 1)
    return format_html(
        '<img src="{}" alt="{}" width="{}" height="{}" loading="lazy">',
        image.url,
        alt,
        round(width * scale),
        round(height * scale),
    )


class YearListFilter(admin.SimpleListFilter):
    """Filter by the year of a date field (``date_field`` on the subclass)."""

    title = "year"
    parameter_name = "year"
    date_field = "published_at"

    def lookups(self, request, model_admin):
        dates = model_admin.get_queryset(request).dates(self.date_field, "year", order="DESC")
        return [(str(d.year), str(d.year)) for d in dates]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(**{f"{self.date_field}__year": int(self.value())})
        return queryset


class EventYearListFilter(YearListFilter):
    date_field = "start_date"


class ArticlePartnerInline(admin.TabularInline):
    model = ArticlePartner
    autocomplete_fields = ["partner"]
    extra = 1


class EventPartnerInline(admin.TabularInline):
    model = EventPartner
    autocomplete_fields = ["partner"]
    extra = 1

    # ``obj`` is the event: its partner roles are as locked as it is.
    def has_add_permission(self, request, obj=None):
        return (obj is None or obj.may_change(request.user)) and super().has_add_permission(
            request, obj
        )

    def has_change_permission(self, request, obj=None):
        return (obj is None or obj.may_change(request.user)) and super().has_change_permission(
            request, obj
        )

    def has_delete_permission(self, request, obj=None):
        return (obj is None or obj.may_change(request.user)) and super().has_delete_permission(
            request, obj
        )


class EditorApprovalAdmin(RevisionAdmin):
    """Partners, events and people: Writers create and edit only what no public
    page shows yet (``newsroom.models.reviewable``). What they create waits for
    an Editor's approval; what the public sees is read-only for them."""

    actions = ["approve"]

    def has_publish_permission(self, request):
        return request.user.has_perm(PUBLISH_PERMISSION)

    def has_change_permission(self, request, obj=None):
        if obj is not None and not obj.may_change(request.user):
            return False
        return super().has_change_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        return fields if is_editor(request.user) else [*fields, "reviewed"]

    def get_changeform_initial_data(self, request):
        # An Editor's own entry is approved unless they say otherwise.
        initial = super().get_changeform_initial_data(request)
        if is_editor(request.user):
            initial.setdefault("reviewed", True)
        return initial

    def save_model(self, request, obj, form, change):
        if not change and not is_editor(request.user):
            obj.reviewed = False
        super().save_model(request, obj, form, change)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # The save runs in a transaction: a file the disk refuses leaves no row.
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except OSError as exc:
            problem = storage_problem(exc)
            if problem is None:
                raise
        self.message_user(
            request,
            f"Nothing was saved: {problem}, so the uploaded file could not be stored. "
            "Try again later or tell the site's administrator.",
            messages.ERROR,
        )
        return HttpResponseRedirect(request.get_full_path())

    @admin.action(description="Approve selected (public from now on)", permissions=["publish"])
    def approve(self, request, queryset):
        count = 0
        for obj in queryset.filter(reviewed=False):
            obj.reviewed = True
            obj.save()
            count += 1
        self.message_user(
            request, f"{count} approved: the public site shows them.", messages.SUCCESS
        )


class ArticleAdminForm(forms.ModelForm):
    """Article form that knows whether its user may publish (the admin builds
    its Meta from the fieldsets)."""

    def __init__(self, *args, can_publish: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.can_publish = can_publish
        if not can_publish and "status" in self.fields:
            self.fields["status"].choices = [
                c for c in ArticleStatus.choices if c[0] != ArticleStatus.PUBLISHED
            ]
            self.fields[
                "status"
            ].help_text = "Send the article to review when it is ready; an Editor publishes it."

    def clean_status(self):
        status = self.cleaned_data["status"]
        if status == ArticleStatus.PUBLISHED and not self.can_publish:
            raise forms.ValidationError("Only Editors can publish articles.")
        return status


@admin.register(Article)
class ArticleAdmin(EditorialCalendarAdminMixin, ReviewLinksAdminMixin, RevisionAdmin):
    form = ArticleAdminForm
    change_list_template = "admin/newsroom/article/change_list.html"
    list_display = [
        "hero_thumbnail",
        "title",
        "status_label",
        "published_at",
        "partner_count",
        "needs_review",
        "updated_at",
    ]
    list_display_links = ["hero_thumbnail", "title"]
    list_filter = [
        "status",
        "needs_review",
        YearListFilter,
        ("partners", admin.RelatedOnlyFieldListFilter),
        ("tags", admin.RelatedOnlyFieldListFilter),
        "language",
    ]
    search_fields = ["title", "standfirst", "body", "source_name", "import_file"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["people", "events"]
    date_hierarchy = "published_at"
    inlines = [ArticlePartnerInline]
    actions = ["publish", "unpublish", "mark_reviewed"]
    list_per_page = 50
    readonly_fields = [
        "review_reasons_display",
        "created_at",
        "updated_at",
        "created_by",
        "updated_by",
        "import_file",
        "import_hash",
    ]
    fieldsets = [
        (None, {"fields": ["title", "slug", "standfirst", "body"]}),
        ("Publishing", {"fields": ["status", "published_at", "embargoed", "language", "tags"]}),
        (
            "Date of the news",
            {
                "fields": [
                    "dateline_precision",
                    "dateline",
                    ("dateline_month", "dateline_day"),
                    "dateline_text",
                ],
                "description": "Keep only what is known: a date without a year stays "
                "'Month and day (year unknown)'.",
            },
        ),
        (
            "Hero image",
            {
                "fields": [
                    "hero_image",
                    "hero_alt",
                    "hero_caption",
                    "hero_credit",
                    ("hero_focus_x", "hero_focus_y"),
                ]
            },
        ),
        ("Links", {"fields": ["people", "events"]}),
        ("Source", {"fields": ["source_name", "source_url"]}),
        (
            "Review and provenance",
            {
                "fields": [
                    "needs_review",
                    "review_reasons_display",
                    "import_file",
                    "import_hash",
                    ("created_at", "created_by"),
                    ("updated_at", "updated_by"),
                ],
                "classes": ["collapse"],
            },
        ),
    ]

    def get_urls(self):
        # The upload page for editors without a shell (issue 3): preview, then import.
        from django.urls import path

        from newsroom.importing.admin_views import import_articles_view
        from newsroom.importing.review_views import import_review_view

        view = self.admin_site.admin_view(lambda request: import_articles_view(request, self))
        review = self.admin_site.admin_view(
            lambda request, pk: import_review_view(request, self, pk)
        )
        return [
            path("import/", view, name="newsroom_article_import"),
            path("import/review/<int:pk>/", review, name="newsroom_article_import_review"),
            *super().get_urls(),
        ]

    def get_queryset(self, request):
        return (
            super().get_queryset(request).annotate(partner_total=Count("partners", distinct=True))
        )

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)
        can_publish = self.has_publish_permission(request)

        class RequestArticleForm(form_class):
            def __init__(self, *args, **kw):
                kw.setdefault("can_publish", can_publish)
                super().__init__(*args, **kw)

        return RequestArticleForm

    def has_publish_permission(self, request):
        return request.user.has_perm(PUBLISH_PERMISSION)

    def has_change_permission(self, request, obj=None):
        if (
            obj is not None
            and obj.status == ArticleStatus.PUBLISHED
            and not self.has_publish_permission(request)
        ):
            return False
        return super().has_change_permission(request, obj)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    def view_on_site(self, obj):
        if obj.is_published:
            return obj.get_absolute_url()
        return obj.get_preview_url()

    @admin.display(description="Image")
    def hero_thumbnail(self, obj):
        return thumbnail(obj.hero_image, obj.hero_alt)

    @admin.display(description="Status", ordering="status")
    def status_label(self, obj):
        if obj.embargoed_until:
            when = timezone.localtime(obj.published_at).strftime("%d %b %Y %H:%M")
            return format_html("Embargoed until {}", when)
        if obj.is_scheduled:
            return format_html(
                "Scheduled for {}", timezone.localtime(obj.published_at).strftime("%d %b %Y %H:%M")
            )
        return obj.get_status_display()

    @admin.display(description="Partners", ordering="partner_total")
    def partner_count(self, obj):
        return obj.partner_total

    @admin.display(description="Why it needs review")
    def review_reasons_display(self, obj):
        return "; ".join(obj.review_reasons) or "—"

    @admin.action(description="Publish selected articles", permissions=["publish"])
    def publish(self, request, queryset):
        now = timezone.now()
        count = 0
        for article in queryset.exclude(status=ArticleStatus.PUBLISHED):
            article.status = ArticleStatus.PUBLISHED
            article.published_at = article.published_at or now
            article.updated_by = request.user
            article.save()
            count += 1
        self.message_user(
            request,
            ngettext("%d article published.", "%d articles published.", count) % count,
            messages.SUCCESS,
        )

    @admin.action(
        description="Unpublish selected articles (back to draft)", permissions=["publish"]
    )
    def unpublish(self, request, queryset):
        count = 0
        for article in queryset.filter(status=ArticleStatus.PUBLISHED):
            article.status = ArticleStatus.DRAFT
            article.updated_by = request.user
            article.save()
            count += 1
        self.message_user(
            request,
            ngettext("%d article unpublished.", "%d articles unpublished.", count) % count,
            messages.SUCCESS,
        )

    @admin.action(description="Mark selected articles as reviewed", permissions=["change"])
    def mark_reviewed(self, request, queryset):
        count = 0
        for article in queryset.filter(needs_review=True):
            if not self.has_change_permission(request, article):
                continue
            article.mark_reviewed()
            article.updated_by = request.user
            article.save()
            count += 1
        self.message_user(
            request,
            ngettext("%d article marked as reviewed.", "%d articles marked as reviewed.", count)
            % count,
            messages.SUCCESS,
        )


@admin.register(Partner)
class PartnerAdmin(EditorApprovalAdmin):
    ordering = ["name"]
    list_display = [
        "logo_thumbnail", "name", "acronym", "kind", "country", "article_count", "reviewed",
    ]  # fmt: skip
    list_display_links = ["logo_thumbnail", "name"]
    list_filter = ["reviewed", "kind", "country"]
    search_fields = ["name", "acronym", "aliases", "city"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "acronym", "aliases", "kind", "reviewed"]}),
        ("Where", {"fields": ["country", "city", "website"]}),
        ("Profile", {"fields": ["logo", "description"]}),
        ("History", {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        return (
            super().get_queryset(request).annotate(article_total=Count("articles", distinct=True))
        )

    @admin.display(description="Logo")
    def logo_thumbnail(self, obj):
        return thumbnail(obj.logo, f"Logo of {obj.name}", size=40)

    @admin.display(description="Articles", ordering="article_total")
    def article_count(self, obj):
        return obj.article_total


@admin.register(Event)
class EventAdmin(ReviewLinksAdminMixin, EditorApprovalAdmin):
    ordering = ["-start_date", "title"]
    list_display = [
        "title", "kind", "when_display", "format", "city", "country", "partner_count", "reviewed",
    ]  # fmt: skip
    list_filter = ["reviewed", "kind", "format", EventYearListFilter, "date_precision", "country"]
    search_fields = ["title", "venue", "city", "description", "date_text"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "start_date"
    inlines = [EventPartnerInline]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "format", "reviewed"]}),
        (
            "When",
            {
                "fields": [
                    "date_precision",
                    ("start_date", "end_date"),
                    ("date_month", "date_day"),
                    "date_text",
                ]
            },
        ),
        ("Where", {"fields": ["venue", "city", "country"]}),
        ("About", {"fields": ["description"]}),
        ("History", {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        return (
            super().get_queryset(request).annotate(partner_total=Count("partners", distinct=True))
        )

    @admin.display(description="When", ordering="start_date")
    def when_display(self, obj):
        return obj.when.display()

    @admin.display(description="Partners", ordering="partner_total")
    def partner_count(self, obj):
        return obj.partner_total


@admin.register(Person)
class PersonAdmin(EditorApprovalAdmin):
    ordering = ["name"]
    list_display = ["name", "position", "affiliation", "article_count", "reviewed"]
    list_filter = ["reviewed", ("affiliation", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "position", "affiliation__name", "affiliation__acronym"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["affiliation"]
    list_select_related = ["affiliation"]

    def get_queryset(self, request):
        return (
            super().get_queryset(request).annotate(article_total=Count("articles", distinct=True))
        )

    @admin.display(description="Articles", ordering="article_total")
    def article_count(self, obj):
        return obj.article_total


# Redirects, review links and the editorial calendar register their own pages.
from newsroom import editorial_admin  # noqa: E402, F401
from newsroom.importing import review_admin  # noqa: E402, F401
