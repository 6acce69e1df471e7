"""Old addresses keep working: a 301 when a public page's slug changes, a 410
when a public page is deleted.

The signal receivers below are kept by the write that changes a slug (an
admin save, a revert, the importer), so no job has to find moved pages later.
Only addresses the public could see are recorded: a draft's slug was never
public, and recording it would tell visitors a draft's new address.

``RedirectFallbackMiddleware`` looks an address up only when nothing else
answered it (a 404), so normal pages never read the table, and a page that
takes an old address back always wins over the redirect.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.template.loader import render_to_string
from django.urls import reverse

from newsroom.models.redirects import PATH_MAX_LENGTH, Redirect

# Every public address made from an object's slug: its page, and the feeds or
# calendar files readers subscribe to.
ADDRESSES = {
    "newsroom.article": ("newsroom:article-detail",),
    "newsroom.partner": (
        "newsroom:partner-detail",
        "newsroom:partner-feed-rss",
        "newsroom:partner-feed-atom",
    ),
    "newsroom.event": ("newsroom:event-detail", "newsroom:event-ics"),
    "newsroom.person": ("newsroom:person-detail",),
    "taggit.tag": ("newsroom:tag-detail", "newsroom:tag-feed-rss", "newsroom:tag-feed-atom"),
}


def addresses_of(model, slug: str) -> list[str]:
    return [reverse(name, kwargs={"slug": slug}) for name in ADDRESSES[model._meta.label_lower]]


def public_rows(model):
    """The model's rows the public can see, by the rule its public pages use."""
    from newsroom.filters import public_tags
    from newsroom.models import Article

    if model is Article:
        return Article.objects.published()
    if model._meta.label_lower == "taggit.tag":
        return public_tags()
    return model._default_manager.public()


def public_slug(model, pk) -> str | None:
    """The stored slug of row ``pk``, if the public can see it now."""
    if pk is None:
        return None
    return public_rows(model).filter(pk=pk).values_list("slug", flat=True).first()


def _remember_public_slug(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and "slug" not in update_fields):
        return
    instance._public_slug_before_save = public_slug(sender, instance.pk)


def _record_moves(sender, instance, raw=False, **kwargs):
    if raw or "_public_slug_before_save" not in instance.__dict__:
        return  # a fixture load, or a save that cannot change the slug
    before = instance.__dict__.pop("_public_slug_before_save")
    if before == instance.slug:
        return  # public before at this same address: nothing moved, nothing to yield
    if before:
        if public_slug(sender, instance.pk) is None:
            return  # unpublished as it moved: its old address may come back; never reveal the new
        moves = zip(addresses_of(sender, before), addresses_of(sender, instance.slug), strict=True)
        for old, new in moves:
            Redirect.objects.record_move(old, new)
        return
    # An object that takes an old address: the redirect yields once it is public.
    current = addresses_of(sender, instance.slug)
    if Redirect.objects.filter(old_path__in=current).exists() and public_slug(sender, instance.pk):
        Redirect.objects.filter(old_path__in=current).delete()


def _remember_public_addresses(sender, instance, **kwargs):
    slug = public_slug(sender, instance.pk)
    instance._public_addresses_before_delete = addresses_of(sender, slug) if slug else []


def _record_gone(sender, instance, **kwargs):
    for path in instance.__dict__.pop("_public_addresses_before_delete", []):
        Redirect.objects.record_gone(path)


def connect_signals() -> None:
    """Called from ``NewsroomConfig.ready``."""
    from django.apps import apps

    for label in ADDRESSES:
        model = apps.get_model(label)
        uid = f"newsroom-redirects-{label}"
        pre_save.connect(_remember_public_slug, sender=model, dispatch_uid=f"{uid}-pre-save")
        post_save.connect(_record_moves, sender=model, dispatch_uid=f"{uid}-save")
        pre_delete.connect(_remember_public_addresses, sender=model, dispatch_uid=f"{uid}-pre-del")
        post_delete.connect(_record_gone, sender=model, dispatch_uid=f"{uid}-delete")


def gone_response(request: HttpRequest) -> HttpResponse:
    return HttpResponse(render_to_string("410.html", request=request), status=410)


class RedirectFallbackMiddleware:
    """Answers a 404 from a recorded old address: 301 to where it moved, or 410."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        # No recorded address is that long or holds a NUL (PostgreSQL refuses one).
        if (
            response.status_code != 404
            or len(request.path) > PATH_MAX_LENGTH
            or "\x00" in request.path
        ):
            return response
        found = Redirect.objects.filter(old_path=request.path).values_list("new_path").first()
        if found is None:
            return response
        (new_path,) = found
        if not new_path:
            return gone_response(request)
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{new_path}?{query}" if query else new_path)
