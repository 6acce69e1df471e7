"""The admin's review page: one uploaded file, its text beside what was found.

An editor corrects the title, date, precision and status, decides for each
found partner (the suggested existing partner, another existing one, a new
one, or "not an organisation"), and keeps, edits, drops or merges each person
and event. "Import this text" imports exactly that, as the logged-in user
(a Writer's import makes drafts or proposed revisions), through the same
load path as every import; the decisions are remembered for the text
(``ImportCorrection``) and an Editor's "not an organisation" joins the
site's list (``NotOrganisation``). Each request parses one file.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from newsroom.importing.load import Importer, remembered_review
from newsroom.importing.parse import ParsedArticle, parse_press_text
from newsroom.importing.read import ImportFileError, decode_text, too_big
from newsroom.importing.review import (
    Review,
    event_key,
    found_facts,
    highlighted,
    partner_suggestion,
)
from newsroom.importing.sentences import clean_text
from newsroom.models import (
    Article,
    ImportCorrection,
    NotOrganisation,
    Partner,
    PendingUpload,
)
from newsroom.models.events import EventKind
from newsroom.models.import_review import words_key
from newsroom.partial_dates import DatePrecision, PartialDate


def review_url(upload_pk: int) -> str:
    return reverse("admin:newsroom_article_import_review", args=[upload_pk])


def import_review_view(
    request: HttpRequest, model_admin: admin.ModelAdmin, pk: int
) -> HttpResponse:
    user = request.user
    if not (user.is_active and user.is_staff and user.has_perm("newsroom.add_article")):
        raise PermissionDenied
    PendingUpload.objects.expired().delete()
    upload = PendingUpload.objects.live().filter(owner=user, pk=pk).first()
    if upload is None:
        messages.error(request, "This file has expired or was already imported.")
        return redirect("admin:newsroom_article_import")
    batch = list(PendingUpload.objects.of_batch(user, upload.batch).values_list("pk", flat=True))
    at = batch.index(upload.pk)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": f"Review {upload.name}",
        "upload": upload,
        "position": at + 1,
        "total": len(batch),
        "previous_url": review_url(batch[at - 1]) if at > 0 else None,
        "next_url": review_url(batch[at + 1]) if at + 1 < len(batch) else None,
        "preview_url": reverse("admin:newsroom_article_import") + f"?batch={upload.batch}",
    }
    template = "admin/newsroom/article/import_review.html"
    if request.method == "POST" and "discard" in request.POST:
        upload.delete()
        messages.info(request, f"{upload.name} was discarded; nothing of it was imported.")
        return _after(pk, batch, at)

    try:
        parsed, text = _parse(upload)
    except ImportFileError as exc:
        context["error"] = str(exc)
        return TemplateResponse(request, template, context)
    text_hash = hashlib.sha256(text.encode()).hexdigest()
    importer = Importer(status=upload.status, user=user)
    review = remembered_review(text_hash)
    context["remembered"] = bool(review)
    errors: list[str] = []
    if request.method == "POST":
        review, errors = read_decisions(request.POST, parsed, is_editor=importer.actor.is_editor)
        if not errors:
            _remember(review, parsed, text_hash, upload.label, importer)
            if "confirm" in request.POST:
                result = importer.import_bytes(upload.label, bytes(upload.data), review)
                level = messages.ERROR if result.error else messages.SUCCESS
                messages.add_message(request, level, _outcome(result, upload.name))
                if result.note:
                    messages.warning(request, result.note)
                if result.ok:
                    upload.delete()
                    return _after(pk, batch, at)
            else:
                messages.success(request, f"Your corrections to {upload.name} are saved.")
                return redirect(review_url(upload.pk))
    context.update(
        review_context(parsed, text, review, importer, errors, upload.status, request.POST)
    )
    return TemplateResponse(request, template, context)


def _parse(upload: PendingUpload) -> tuple[ParsedArticle, str]:
    limit = settings.NEWSROOM_IMPORT_MAX_BYTES
    if upload.size > limit:
        raise too_big(upload.label, upload.size, limit)
    source = decode_text(bytes(upload.data), upload.label, limit)
    # The text shown is the one the parser read, so that the spans fall on its words.
    return parse_press_text(source.text, upload.label), clean_text(source.text)


def _after(done: int, batch: list[int], at: int) -> HttpResponse:
    """On to the next file of the batch once ``done`` is imported or discarded."""
    rest = [pk for pk in batch if pk != done]
    if rest:
        return redirect(review_url(rest[min(at, len(rest) - 1)]))
    return redirect("admin:newsroom_article_changelist")


def _outcome(result, name: str) -> str:
    """What became of the file ``name``, in one sentence (the admin capitalises a
    message's first letter, so it opens with a word, not the file's name)."""
    if result.error:
        return result.error
    title = result.parsed.title if result.parsed else ""
    if result.status == "created":
        article = Article.objects.filter(pk=result.article_id).first()
        status = article.get_status_display().lower() if article else "new"
        return f"Imported '{title}' from {name}: a {status} article."
    if result.status == "updated":
        return f"Updated '{title}' from {name}."
    if result.status == "proposed":
        return f"Proposed a revision of '{title}' from {name}."
    return f"Nothing changed: '{title}' was imported from {name} like this before."


def _remember(review: Review, parsed: ParsedArticle, text_hash: str, label: str, importer):
    ImportCorrection.objects.update_or_create(
        text_hash=text_hash,
        defaults={
            "file": label[:500],
            "decisions": review.to_json(),
            "updated_by": importer.actor.user,
        },
    )
    if not importer.actor.is_editor:
        return  # a Writer's "not an organisation" holds for their file only
    for name, decision in review.partners.items():
        if (
            decision.get("action") == "not_org"
            and words_key(name) not in importer.not_organisations
        ):
            NotOrganisation.objects.get_or_create(
                words=name[:255], defaults={"created_by": importer.actor.user}
            )
            importer.not_organisations.add(words_key(name))


# -- the form, read without Django forms: its fields follow what was found --
def read_decisions(
    data: QueryDict, parsed: ParsedArticle, *, is_editor: bool
) -> tuple[Review, list[str]]:
    """The editor's decisions from the posted form, and what is wrong with them."""
    errors: list[str] = []
    review = Review()
    title = data.get("title", "").strip()
    if not title:
        errors.append("Title: give the article a title.")
    elif title != parsed.title:
        review.title = title[:300]
    when, problem = read_date(data.get("date", ""), data.get("precision", ""))
    if problem:
        errors.append(f"Date: {problem}")
    elif when != parsed.when.machine():
        review.when = when
    status = data.get("status", "")
    if status in ("draft", "published"):
        review.status = status if is_editor else "draft"

    for i, org in enumerate(parsed.organisations):
        action = data.get(f"p{i}-action", "")
        label = f"Partner '{org.name}'"
        decision: dict = {"action": action}
        if action == "link":
            pk = _int(data.get(f"p{i}-partner"))
            if pk is None or not Partner.objects.filter(pk=pk).exists():
                errors.append(f"{label}: choose one of the existing partners offered.")
            decision["partner"] = pk
        elif action == "other":
            words = data.get(f"p{i}-other", "").strip()[:300]
            partner, problem = find_partner(words)
            if problem:
                errors.append(f"{label}: {problem}")
            decision.update(partner=partner.pk if partner else None, words=words)
        elif action == "new":
            name = data.get(f"p{i}-name", "").strip()
            if not name:
                errors.append(f"{label}: give the new partner a name.")
            decision.update(name=name[:255], acronym=data.get(f"p{i}-acronym", "").strip()[:40])
        elif action != "not_org":
            errors.append(f"{label}: choose what it is.")
            continue
        review.partners[org.name] = decision

    names = {p.name for p in parsed.people}
    for i, person in enumerate(parsed.people):
        decision = _entry(data, f"h{i}", f"Person '{person.name}'", names - {person.name}, errors)
        if decision.get("action") == "keep":
            for name in ("name", "position", "affiliation"):
                decision[name] = data.get(f"h{i}-{name}", "").strip()
            if not decision["name"]:
                errors.append(f"Person '{person.name}': give a name, or drop the person.")
        review.people[person.name] = decision

    keys = {event_key(e) for e in parsed.events}
    for i, event in enumerate(parsed.events):
        decision = _entry(
            data, f"e{i}", f"Event '{event.title}'", keys - {event_key(event)}, errors
        )
        if decision.get("action") == "keep":
            decision["title"] = data.get(f"e{i}-title", "").strip()
            kind = data.get(f"e{i}-kind", event.kind)
            decision["kind"] = kind if kind in EventKind.values else event.kind
            when, problem = read_date(data.get(f"e{i}-date", ""), data.get(f"e{i}-precision", ""))
            if problem:
                errors.append(f"Event '{event.title}', date: {problem}")
            elif when != event.when.machine():
                decision["when"] = when
            if not decision["title"]:
                errors.append(f"Event '{event.title}': give a title, or drop the event.")
        review.events[event_key(event)] = decision
    for kind, decisions in (("Person", review.people), ("Event", review.events)):
        for found, decision in decisions.items():
            into = (
                decisions.get(decision.get("into")) if decision.get("action") == "merge" else None
            )
            if into is not None and into.get("action") != "keep":
                label = found.split("|")[0]
                errors.append(f"{kind} '{label}': the one it is the same as must be kept.")
    return review, errors


def _entry(data: QueryDict, prefix: str, label: str, others: set[str], errors: list[str]) -> dict:
    action = data.get(f"{prefix}-action", "keep")
    if action not in ("keep", "drop", "merge"):
        errors.append(f"{label}: choose keep, drop or merge.")
        return {}
    decision = {"action": action}
    if action == "merge":
        into = data.get(f"{prefix}-into", "")
        if into not in others:
            errors.append(f"{label}: choose which of the others it is the same as.")
        decision["into"] = into
    return decision


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def read_date(value: str, precision: str) -> tuple[str, str | None]:
    """The date field and precision as ``PartialDate.machine()``, or the problem."""
    if precision == DatePrecision.UNKNOWN:
        return "", None
    if precision not in DatePrecision.values:
        return "", "choose a precision."
    value = value.strip()
    when = PartialDate.from_iso(value) if value else None
    if when is None or when.date is None:
        return "", f"'{value}' is not a date; write it as YYYY-MM-DD (e.g. 2024-03-21)."
    d = when.date
    forms = {
        DatePrecision.DAY: d.isoformat(),
        DatePrecision.MONTH: f"{d.year:04d}-{d.month:02d}",
        DatePrecision.YEAR: f"{d.year:04d}",
        DatePrecision.MONTH_DAY: f"--{d.month:02d}-{d.day:02d}",
    }
    return forms[precision], None


def find_partner(words: str) -> tuple[Partner | None, str | None]:
    """The one existing partner ``words`` name: "Name (ACR)" as the list shows it,
    its name, its acronym, or another spelling."""
    if not words:
        return None, "type the name or acronym of an existing partner."
    name, _, acronym = words.removesuffix(")").rpartition(" (")
    exact = Q(name__iexact=words) | Q(acronym__iexact=words)
    if name and acronym:
        exact |= Q(name__iexact=name, acronym__iexact=acronym)
    found = list(Partner.objects.filter(exact)[:2])
    if not found:
        found = [p for p in Partner.objects.filter(aliases__icontains=words)[:20]
                 if any(a.casefold() == words.casefold() for a in p.alias_list)][:2]  # fmt: skip
    if not found:
        problem = f"no existing partner is called '{words}'"
        return None, f"{problem}; pick one from the list or create a new partner."
    if len(found) > 1:
        problem = f"several partners are called '{words}'"
        return None, f"{problem}; type the name with its acronym, as the list shows it."
    return found[0], None


# -- what the page shows --
def review_context(
    parsed: ParsedArticle,
    text: str,
    review: Review,
    importer: Importer,
    errors: list[str],
    status: str,
    posted: QueryDict,
) -> dict:
    facts = found_facts(parsed, text)
    marked = highlighted(text, facts)
    index = importer.index
    when = _event_when(parsed, review.when)
    partners = []
    for i, org in enumerate(parsed.organisations):
        suggested, label, reason, alternatives = partner_suggestion(org, index)
        decision = review.partners.get(org.name) or {}
        listed = words_key(org.name) in importer.not_organisations
        default = "not_org" if listed else "link" if suggested else "new"
        options = ([(suggested, label)] if suggested else []) + [
            a for a in alternatives if a[0] is not None
        ]
        chosen = decision.get("partner") if decision.get("action") == "link" else suggested
        if chosen is not None and chosen not in {pk for pk, _ in options}:
            options.append((chosen, str(Partner.objects.filter(pk=chosen).first() or chosen)))
        partners.append(
            {
                "i": i,
                "org": org,
                "fact": facts[f"p{i}"],
                "reason": reason
                or ("on the site's list of words that are not organisations" if listed else ""),
                "listed": listed,
                "options": options,
                "chosen": chosen,
                "action": decision.get("action") or default,
                "other": decision.get("words", ""),
                "new_name": decision.get("name") or org.name,
                "new_acronym": decision.get("acronym", org.acronym or ""),
                "events": [e.title for e in parsed.events if org.name in dict(e.partners)],
            }
        )
    people = []
    for i, person in enumerate(parsed.people):
        decision = review.people.get(person.name) or {}
        people.append(
            {
                "i": i,
                "found": person,
                "label": person.name,
                "fact": facts[f"h{i}"],
                "action": decision.get("action", "keep"),
                "into": decision.get("into", ""),
                "name": decision.get("name", person.name),
                "position": decision.get("position", person.position or ""),
                "affiliation": decision.get("affiliation", person.affiliation or ""),
                "others": [p.name for p in parsed.people if p.name != person.name],
            }
        )
    events = []
    for i, event in enumerate(parsed.events):
        key = event_key(event)
        decision = review.events.get(key) or {}
        events.append(
            {
                "i": i,
                "found": event,
                "label": event.title,
                "fact": facts[f"e{i}"],
                "action": decision.get("action", "keep"),
                "into": decision.get("into", ""),
                "title": decision.get("title", event.title),
                "kind": decision.get("kind", event.kind),
                **_date_fields(
                    _event_when(event, decision.get("when")), prefix=f"e{i}-", posted=posted
                ),
                "kind_label": EventKind(event.kind).label
                if event.kind in EventKind.values
                else event.kind.capitalize(),
                "others": [(event_key(e), e.title) for e in parsed.events if event_key(e) != key],
            }
        )
    return {
        **_date_fields(when, prefix="", posted=posted),
        "parsed": parsed,
        "facts": facts,
        "marked_text": marked,
        "errors": errors,
        "title_value": posted.get("title", review.title or parsed.title),
        "status_value": review.status or (status if importer.actor.is_editor else "draft"),
        "statuses": [("draft", "Draft"), ("published", "Published")]
        if importer.actor.is_editor
        else [("draft", "Draft")],
        "precisions": DatePrecision.choices,
        "kinds": EventKind.choices,
        "partners": partners,
        "people": people,
        "events": events,
        "affiliations": [o.name for o in parsed.organisations],
        "autocomplete_url": reverse("admin:autocomplete"),
    }


def _event_when(found, machine: str | None) -> PartialDate:
    """The date of an article or event as found, or as the editor gave it."""
    if machine is None:
        return found.when
    return (PartialDate.from_iso(machine) if machine else None) or PartialDate()


def _date_fields(when: PartialDate, *, prefix: str, posted: QueryDict) -> dict:
    """The date field's value (any year for a month-day: only its month and day
    count) and the precision, as posted after a refused form."""
    value = when.date.isoformat() if when.date else ""
    if not when.date and when.month and when.day:
        value = f"2000-{when.month:02d}-{when.day:02d}"  # a leap year: 29 February exists
    return {
        "date_value": posted.get(f"{prefix}date", value),
        "precision_value": posted.get(f"{prefix}precision", when.precision),
    }
