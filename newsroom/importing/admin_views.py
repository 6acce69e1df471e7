"""The admin upload page: editors without a shell import press texts.

Uploading stores the files (``PendingUpload``: the owner's, for two hours)
and parses nothing. The preview then shows a few files per page, parsed as
the editor reaches them, and "Import these texts" imports exactly the files
of that page, as the logged-in user: a Writer's new articles are drafts and a
Writer's changed text of a published article is a proposed revision
(``newsroom.importing.actor``). No request parses more than ``PAGE_SIZE``
files, however many were uploaded.
"""

from __future__ import annotations

import uuid

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode

from newsroom.importing.load import FileResult, Importer, ImportReport
from newsroom.importing.read import too_big
from newsroom.importing.report import file_json, summary_line
from newsroom.importing.review_views import review_url
from newsroom.models import PendingUpload
from newsroom.storage_errors import storage_problem

MAX_FILES = 50
PAGE_SIZE = 5


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(f, initial) for f in files if f]


class UploadForm(forms.Form):
    files = MultipleFileField(
        allow_empty_file=True,  # the importer explains what is wrong with an empty file
        widget=MultipleFileInput(attrs={"accept": ".txt,.md,text/plain,text/markdown"}),
        help_text="One or more press texts (.txt or .md, UTF-8). Nothing is imported yet: "
        "you will see what the import finds first.",
    )
    status = forms.ChoiceField(
        choices=[("draft", "Draft"), ("published", "Published")],
        initial="draft",
        help_text="Articles with warnings are flagged for review either way.",
    )

    def clean_files(self):
        files = self.cleaned_data["files"]
        if len(files) > MAX_FILES:
            raise forms.ValidationError(f"Upload at most {MAX_FILES} files at a time.")
        return files

    def store(self, owner) -> uuid.UUID:
        """Keep the files for the preview; raises ``OSError``/``DatabaseError``
        when they cannot be stored, leaving nothing behind."""
        limit = settings.NEWSROOM_IMPORT_MAX_BYTES
        batch = uuid.uuid4()
        rows = [
            # One byte past the limit is enough to refuse a file, never the whole of it.
            PendingUpload(
                owner=owner,
                batch=batch,
                position=n,
                name=f.name[:200],
                size=f.size,
                data=f.read(limit + 1),
                status=self.cleaned_data["status"],
            )  # fmt: skip
            for n, f in enumerate(self.cleaned_data["files"])
        ]
        with transaction.atomic():
            for row in rows:
                row.save()
        return batch


def _import(uploads: list[PendingUpload], user, dry_run: bool) -> ImportReport:
    """Import (or preview) ``uploads``; an imported upload is deleted, whatever
    its outcome: the editor has the message."""
    limit = settings.NEWSROOM_IMPORT_MAX_BYTES
    report = ImportReport(dry_run=dry_run)
    if not uploads:
        return report
    importer = Importer(status=uploads[0].status, dry_run=dry_run, user=user)
    for upload in uploads:
        if upload.size > limit:
            error = str(too_big(upload.label, upload.size, limit))
            report.results.append(FileResult(file=upload.label, status="failed", error=error))
        else:
            report.results.append(importer.import_bytes(upload.label, bytes(upload.data)))
        if not dry_run:
            upload.delete()
    return report


def _page_url(request: HttpRequest, batch, page: int = 1) -> str:
    return f"{request.path}?{urlencode({'batch': str(batch), 'page': page})}"


def import_articles_view(request: HttpRequest, model_admin: admin.ModelAdmin) -> HttpResponse:
    user = request.user
    if not (user.is_active and user.is_staff and user.has_perm("newsroom.add_article")):
        raise PermissionDenied
    PendingUpload.objects.expired().delete()
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": "Import press texts",
        "max_bytes": settings.NEWSROOM_IMPORT_MAX_BYTES,
        "page_size": PAGE_SIZE,
    }
    batch = _batch_id(request.POST.get("batch") or request.GET.get("batch"))
    waiting = PendingUpload.objects.of_batch(user, batch) if batch else PendingUpload.objects.none()

    if (
        request.method == "POST"
        and batch
        and ("confirm" in request.POST or "discard" in request.POST)
    ):
        chosen = waiting.filter(pk__in=request.POST.getlist("upload"))
        if "discard" in request.POST:
            waiting.delete()
            messages.info(request, "The uploaded files were discarded; nothing was imported.")
            return redirect(request.path)
        if not chosen.exists():
            messages.error(request, "These files have expired or were already imported.")
            return redirect(request.path)
        report = _import(list(chosen), user, dry_run=False)
        level = messages.ERROR if report.failed else messages.SUCCESS
        messages.add_message(request, level, summary_line(report))
        for result in report.results:
            if result.error or result.note:
                messages.add_message(
                    request, messages.ERROR if result.error else messages.WARNING,
                    result.error or result.note,
                )  # fmt: skip
        if waiting.exists():
            return redirect(_page_url(request, batch))
        return redirect(reverse("admin:newsroom_article_changelist"))

    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            batch = form.store(user)
        except (OSError, DatabaseError) as exc:
            problem = storage_problem(exc) or f"the server could not store them ({exc})"
            form.add_error(None, f"The files could not be kept for the preview: {problem}. "
                                 "Nothing was saved; try again later.")  # fmt: skip
        else:
            return redirect(_page_url(request, batch))
    elif batch:
        context.update(_preview(request, waiting, batch, user))
    context["form"] = form
    return TemplateResponse(request, "admin/newsroom/article/import_articles.html", context)


def _batch_id(value) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def _preview(request: HttpRequest, waiting, batch, user) -> dict:
    """A dry run of one page of the batch."""
    total = waiting.count()
    pages = max(1, -(-total // PAGE_SIZE))
    try:
        page = min(max(1, int(request.GET.get("page", 1))), pages)
    except ValueError:
        page = 1
    shown = list(waiting[(page - 1) * PAGE_SIZE : page * PAGE_SIZE])
    report = _import(shown, user, dry_run=True)
    results = [
        file_json(r) | {"status": r.status, "note": r.note, "review_url": review_url(u.pk)}
        for r, u in zip(report.results, shown, strict=True)
    ]
    return {
        "batch": batch if total else None,
        "report": report,
        "results": results,
        "summary": summary_line(report),
        "uploads": [u.pk for u in shown],
        "importable": any(r.ok for r in report.results),
        "status": shown[0].status
        if shown and user.has_perm("newsroom.publish_article")
        else "draft",
        "total": total,
        "page": page,
        "pages": pages,
        "previous_url": _page_url(request, batch, page - 1) if page > 1 else None,
        "next_url": _page_url(request, batch, page + 1) if page < pages else None,
        "expired": not total,
    }
