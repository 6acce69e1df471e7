"""Sharing an unpublished article or event for review, without an account.

Whoever holds a live link (``ReviewLink``) reads the page exactly as visitors
will, under a banner, through the public templates; the page is marked
``noindex`` and ``Cache-Control: private, no-store``, and its address lies
under ``/preview/``, which the page cache never serves or stores and
robots.txt keeps crawlers out of. Nothing here goes through ``published()``,
so a shared draft stays out of every list, feed, sitemap, search and related
list. A revoked or expired link is a plain 404 that names nothing.

``ReviewLinksAdminMixin`` gives the article and event admins their "Share
for review" page: create, list, copy and revoke links, and read their visits.
"""

from __future__ import annotations

import datetime as dt

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_POST

from newsroom.models import Article, Event
from newsroom.models.review_links import LIFETIME_CHOICES, ReviewLink, ReviewVisit
from newsroom.views import ArticleDetailView, EventDetailView

VISITS_SHOWN = 50


def absolute_link(link: ReviewLink) -> str:
    return f"{settings.SITE_URL}{link.get_absolute_url()}"


def is_public(obj) -> bool:
    """Whether visitors can already read ``obj`` at its own address."""
    if isinstance(obj, Article):
        return obj.is_published
    return Event.objects.public().filter(pk=obj.pk).exists()


def keep_private(response):
    """No cache (the page cache, a CDN, the browser) keeps the page; no search
    engine indexes it; the secret address is never sent on as a referrer."""
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


class ReviewLinkMixin:
    """Shows ``review_link``'s target through the public view it extends."""

    review_link: ReviewLink | None = None

    def dispatch(self, request, *args, **kwargs):
        self.review_link.record_visit()
        target = self.review_link.target
        if is_public(target):
            return keep_private(HttpResponseRedirect(target.get_absolute_url()))
        return keep_private(super().dispatch(request, *args, **kwargs))

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            preview=True,
            review_link=self.review_link,
            embargoed_until=getattr(self.object, "embargoed_until", None),
            **kwargs,
        )


class ReviewedArticleView(ReviewLinkMixin, ArticleDetailView):
    def get_object(self, queryset=None):
        return Article.objects.get(pk=self.review_link.article_id)


class ReviewedEventView(ReviewLinkMixin, EventDetailView):
    def get_object(self, queryset=None):
        return Event.objects.get(pk=self.review_link.event_id)

    def partner_roles(self) -> list:
        return self.object.all_roles()


def review_link(request, token):
    """``/preview/review/<token>/``: the article or event a live link opens."""
    link = ReviewLink.objects.live().select_related("article", "event").filter(token=token).first()
    if link is None:
        raise Http404("No live review link.")
    view = ReviewedEventView if link.event_id else ReviewedArticleView
    return view.as_view(review_link=link)(request, token=token)


# --- The admin's "Share for review" page -------------------------------------------


class ReviewLinkForm(forms.Form):
    note = forms.CharField(
        label="For whom",
        max_length=200,
        required=False,
        help_text="Optional, seen by staff only: whom you send the link to.",
    )
    lifetime = forms.TypedChoiceField(
        label="Works for",
        choices=LIFETIME_CHOICES,
        coerce=int,
        initial=7,
        help_text="After this, the link opens nothing. You can revoke it sooner.",
    )

    def create_link(self, obj, user) -> ReviewLink:
        return ReviewLink.objects.create(
            **{obj._meta.model_name: obj},
            note=self.cleaned_data["note"].strip(),
            expires_at=timezone.now() + dt.timedelta(days=self.cleaned_data["lifetime"]),
            created_by=user,
        )


def links_with_visits(obj):
    """The object's links, newest first, each with ``visit_count`` and ``last_visit``."""
    return (
        ReviewLink.objects.of(obj)
        .select_related("created_by")
        .annotate(visit_count=Count("visits"), last_visit=Max("visits__visited_at"))
    )


def visits_of(obj, limit: int = VISITS_SHOWN):
    return (
        ReviewVisit.objects.filter(**{f"link__{obj._meta.model_name}": obj})
        .select_related("link")
        .order_by("-visited_at", "-pk")[:limit]
    )


class ReviewLinksAdminMixin:
    """For a ModelAdmin of Article or Event: the "Share for review" page and
    a summary of the links and their visits on the change form."""

    def get_urls(self):
        opts = self.model._meta
        name = f"{opts.app_label}_{opts.model_name}"
        wrap = self.admin_site.admin_view
        return [
            path(
                "<path:object_id>/review-links/",
                wrap(self.review_links_view),
                name=f"{name}_review_links",
            ),
            path(
                "<path:object_id>/review-links/<int:link_id>/revoke/",
                wrap(require_POST(self.revoke_review_link_view)),
                name=f"{name}_review_link_revoke",
            ),
            *super().get_urls(),
        ]

    def may_share(self, request, obj) -> bool:
        return self.has_change_permission(request, obj) and request.user.has_perm(
            "newsroom.add_reviewlink"
        )

    def _review_links_url(self, obj) -> str:
        opts = self.model._meta
        return reverse(
            f"admin:{opts.app_label}_{opts.model_name}_review_links", args=[quote(obj.pk)]
        )

    def _shared_object(self, request, object_id):
        obj = self.get_object(request, object_id)
        if obj is None:
            raise Http404(f"No {self.model._meta.verbose_name} with this key.")
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        return obj

    def review_links_view(self, request, object_id):
        obj = self._shared_object(request, object_id)
        may_share = self.may_share(request, obj)
        form = ReviewLinkForm(request.POST or None)
        if request.method == "POST":
            if not may_share:
                raise PermissionDenied
            if form.is_valid():
                link = form.create_link(obj, request.user)
                until = timezone.localtime(link.expires_at).strftime("%d %B %Y, %H:%M")
                messages.success(
                    request, f"Review link created. It works until {until}: copy it below."
                )
                return HttpResponseRedirect(self._review_links_url(obj))
        links = list(links_with_visits(obj))
        for link in links:
            link.full_url = absolute_link(link)
        context = {
            **self.admin_site.each_context(request),
            "title": f"Share for review: {obj}",
            "opts": self.model._meta,
            "original": obj,
            "form": form,
            "may_share": may_share,
            "may_revoke": may_share and request.user.has_perm("newsroom.change_reviewlink"),
            "links": links,
            "visits": visits_of(obj),
            "is_public": is_public(obj),
        }
        return TemplateResponse(request, "admin/newsroom/review_links.html", context)

    def revoke_review_link_view(self, request, object_id, link_id):
        obj = self._shared_object(request, object_id)
        if not (
            self.may_share(request, obj) and request.user.has_perm("newsroom.change_reviewlink")
        ):
            raise PermissionDenied
        link = get_object_or_404(ReviewLink.objects.of(obj), pk=link_id)
        link.revoke()
        who = f" for {link.note}" if link.note else ""
        messages.success(request, f"The link{who} is revoked: it opens nothing any more.")
        return HttpResponseRedirect(self._review_links_url(obj))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        if obj is not None:
            links = list(links_with_visits(obj))
            for link in links:
                link.full_url = absolute_link(link)
            extra_context = {
                **(extra_context or {}),
                "review_links": links,
                "review_visits": visits_of(obj, limit=10),
                "review_links_url": self._review_links_url(obj),
            }
        return super().change_view(request, object_id, form_url, extra_context)
