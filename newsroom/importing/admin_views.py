"""The admin upload page: editors without a shell import press texts.

Step 1 uploads files and shows the dry-run report; step 2 confirms and
imports exactly the texts that were previewed. Between the two steps the
uploaded bytes wait in the user's server-side session, so nothing the
browser re-sends can change what is imported.
"""

from __future__ import annotations

import base64
import uuid

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from newsroom.importing.load import Importer, ImportReport
from newsroom.importing.report import file_json, summary_line

SESSION_KEY = "newsroom_import_uploads"
MAX_FILES = 50


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
        help_text="One or more press texts (.txt or .md, UTF-8). Nothing is saved yet: "
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


def _status_for(request: HttpRequest, wanted: str) -> str:
    return wanted if request.user.has_perm("newsroom.publish_article") else "draft"


def _run(uploads: list[dict], status: str, dry_run: bool) -> ImportReport:
    importer = Importer(status=status, dry_run=dry_run)
    report = ImportReport(dry_run=dry_run)
    for upload in uploads:
        report.results.append(
            importer.import_bytes(f"upload:{upload['name']}", base64.b64decode(upload["data"]))
        )
    return report


def import_articles_view(request: HttpRequest, model_admin: admin.ModelAdmin) -> HttpResponse:
    if not (request.user.is_active and request.user.is_staff):
        raise PermissionDenied
    if not request.user.has_perm("newsroom.add_article"):
        raise PermissionDenied
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": "Import press texts",
        "max_bytes": settings.NEWSROOM_IMPORT_MAX_BYTES,
    }
    pending = request.session.get(SESSION_KEY, {})

    if request.method == "POST" and "confirm" in request.POST:
        batch = pending.pop(request.POST.get("batch", ""), None)
        request.session[SESSION_KEY] = pending
        if batch is None:
            messages.error(request, "This upload has expired or was already imported.")
            return redirect(request.path)
        report = _run(batch["uploads"], _status_for(request, batch["status"]), dry_run=False)
        level = messages.ERROR if report.failed else messages.SUCCESS
        messages.add_message(request, level, summary_line(report))
        for result in report.results:
            if result.error:
                messages.error(request, result.error)
        return redirect(reverse("admin:newsroom_article_changelist"))

    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        limit = settings.NEWSROOM_IMPORT_MAX_BYTES
        uploads = [
            # Read one byte past the limit: enough to refuse, never the whole file.
            {"name": f.name[:200], "data": base64.b64encode(f.read(limit + 1)).decode()}
            for f in form.cleaned_data["files"]
        ]
        status = _status_for(request, form.cleaned_data["status"])
        report = _run(uploads, status, dry_run=True)
        batch_id = uuid.uuid4().hex
        importable = [u for u, r in zip(uploads, report.results, strict=True) if r.ok]
        if importable:
            # Keep only the latest few previews per user.
            pending = dict(list(pending.items())[-2:])
            pending[batch_id] = {"uploads": importable, "status": status}
            request.session[SESSION_KEY] = pending
        context.update(
            report=report,
            results=[file_json(r) | {"status": r.status} for r in report.results],
            summary=summary_line(report),
            batch=batch_id if importable else None,
            status=status,
        )
    context["form"] = form
    return TemplateResponse(request, "admin/newsroom/article/import_articles.html", context)
