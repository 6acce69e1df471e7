"""ParsedArticle → rows, one transaction per file.

Importing the same file again changes nothing; a changed file updates its
article unless an editor has edited it since (its fields no longer match the
fingerprint the importer stored), which is reported as a conflict unless
``force`` is set.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import reversion
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from newsroom.importing.actor import Actor, already_proposed
from newsroom.importing.folders import (  # noqa: F401 (Candidate, PathError: part of the API)
    SUFFIXES,
    Candidate,
    PathError,
    collect_files,
    file_label,
)
from newsroom.importing.parse import ParsedArticle, parse_press_text
from newsroom.importing.people import person_key
from newsroom.importing.read import (
    ImportFileError,
    SourceText,
    decode_text,
    read_file,
)
from newsroom.importing.resolve import Entry, PartnerIndex
from newsroom.importing.review import NEW, Review, apply_review
from newsroom.models import (
    Article,
    ArticlePartner,
    ArticleStatus,
    Event,
    EventPartner,
    ImportCorrection,
    NotOrganisation,
    Partner,
    Person,
)
from newsroom.models.visibility import refresh_article
from newsroom.partial_dates import DatePrecision
from newsroom.sanitize import sanitize_html
from newsroom.storage_errors import storage_problem
from newsroom.web_urls import is_web_url

_ARTICLE_ROLE_ORDER = ["organiser", "signatory", "participant", "mentioned"]


@dataclass
class FileResult:
    file: str
    status: str  # created, updated, proposed, unchanged, conflict, failed
    error: str | None = None
    note: str | None = None  # what an editor should know about a success
    parsed: ParsedArticle | None = None
    names: dict[str, str] = field(default_factory=dict)  # parsed org name → partner name
    article_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.status != "failed"


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    dry_run: bool = False

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]


def fingerprint(article: Article) -> str:
    """Hash of the fields as the importer wrote them; an editor's change alters it."""
    fields = {
        "title": article.title,
        "standfirst": article.standfirst,
        "body": article.body,
        "dateline": article.dateline.isoformat() if article.dateline else None,
        "dateline_precision": str(article.dateline_precision),
        "dateline_text": article.dateline_text,
        "source_name": article.source_name,
        "source_url": article.source_url,
        "language": article.language,
    }
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()


class Importer:
    def __init__(
        self,
        *,
        status: str = "published",
        force: bool = False,
        dry_run: bool = False,
        max_bytes: int | None = None,
        user=None,
    ) -> None:
        self.actor = Actor(user)
        # Only Editors publish: a Writer's new articles are drafts.
        self.status = status if self.actor.is_editor else "draft"
        self.force = force
        self.dry_run = dry_run
        self.max_bytes = max_bytes if max_bytes is not None else settings.NEWSROOM_IMPORT_MAX_BYTES
        self._index: PartnerIndex | None = None
        self._people: dict[str, int] | None = None
        self._by_file: dict[str, int] | None = None
        self._not_organisations: set[str] | None = None

    # -- indexes of what the database already holds (built once per run) --
    @property
    def index(self) -> PartnerIndex:
        if self._index is None:
            self._index = PartnerIndex()
            for pk, name, acronym, aliases in Partner.objects.values_list(
                "pk", "name", "acronym", "aliases"
            ).iterator():
                alias_list = [a.strip() for a in aliases.splitlines() if a.strip()]
                self._index.add(Entry(name=name, acronym=acronym, aliases=alias_list, pk=pk))
        return self._index

    @property
    def people(self) -> dict[str, int]:
        if self._people is None:
            self._people = {
                person_key(name): pk
                for pk, name in Person.objects.values_list("pk", "name").iterator()
            }
        return self._people

    @property
    def articles_by_file(self) -> dict[str, int]:
        """Imported articles by file, read once: ``import_file`` has no index."""
        if self._by_file is None:
            self._by_file = dict(
                Article.objects.exclude(import_file="").values_list("import_file", "pk").iterator()
            )
        return self._by_file

    @property
    def not_organisations(self) -> set[str]:
        if self._not_organisations is None:
            self._not_organisations = NotOrganisation.objects.keys()
        return self._not_organisations

    # -- entry points --
    def import_paths(
        self, paths: Iterable[Path], progress: Callable[[FileResult], None] | None = None
    ) -> ImportReport:
        report = ImportReport(dry_run=self.dry_run)
        for candidate in collect_files(paths):
            label = file_label(candidate.path)
            try:
                if candidate.problem:
                    raise ImportFileError(label, candidate.problem)
                source = read_file(
                    candidate.root, self.max_bytes, name=label, relative=candidate.relative
                )
            except ImportFileError as exc:
                result = FileResult(file=label, status="failed", error=str(exc))
            else:
                result = self.import_source(source)
            report.results.append(result)
            if progress:
                progress(result)
        return report

    def import_bytes(self, name: str, data: bytes, review: Review | None = None) -> FileResult:
        try:
            source = decode_text(data, name, self.max_bytes)
        except ImportFileError as exc:
            return FileResult(file=name, status="failed", error=str(exc))
        return self.import_source(source, review)

    def import_source(self, source: SourceText, review: Review | None = None) -> FileResult:
        """Import ``source`` as an editor reviewed it: ``review``, else the
        decisions remembered for this text, and never the words the site's
        list says are not an organisation."""
        try:
            parsed = parse_press_text(source.text, source.name)
        except ImportFileError as exc:
            return FileResult(file=source.name, status="failed", error=str(exc))
        text_hash = hashlib.sha256(source.text.encode()).hexdigest()
        if review is None:
            review = remembered_review(text_hash)
        found = parsed
        parsed, links = apply_review(found, review, self.not_organisations)
        # Decisions that change nothing keep the text's own hash: a text confirmed
        # as found is the same import as the command's, and changes nothing.
        as_found = parsed == found and all(
            isinstance(pk, int) and self._matched_pk(org) == pk
            for org in found.organisations
            if (pk := links.get(org.name)) is not None
        )
        digest = text_hash if as_found else review.digest(text_hash)
        status = self.status
        if review.status in ("draft", "published") and self.actor.is_editor:
            status = review.status
        known = self.articles_by_file.get(source.name)
        existing = (
            Article.objects.filter(pk=known).first() if known else None
        ) or Article.objects.filter(import_hash=digest).first()
        result = FileResult(file=source.name, status="created", parsed=parsed)
        if existing is not None:
            result.article_id = existing.pk
            if existing.import_hash == digest and not self.force:
                result.status = "unchanged"
                result.names = self._resolve_names(parsed)
                return result
            if existing.import_fingerprint != fingerprint(existing) and not self.force:
                result.status = "conflict"
                result.error = (
                    f"{source.name}: the article was edited since it was imported; "
                    "left alone (use --force to overwrite the editor's changes)"
                )
                return result
            result.status = "updated"
            if existing.status == ArticleStatus.PUBLISHED and not self.actor.is_editor:
                return self._propose(parsed, source.name, digest, existing, result)
        if self.dry_run:
            result.names = self._resolve_names(parsed)
            return result
        created = existing is None
        try:
            with transaction.atomic(), self.actor.revision(f"Imported from {source.name}"):
                article = self._write(parsed, source.name, digest, existing, result, links, status)
                self.actor.log(article, created, f"Imported from {source.name}")
        except Exception as exc:  # one bad file must not stop the run
            return self._failed(result, exc)
        result.article_id = article.pk
        self.articles_by_file[source.name] = article.pk
        return result

    def _failed(self, result: FileResult, exc: Exception) -> FileResult:
        # The indexes may hold rows that were rolled back: read them again.
        self._index, self._people, self._by_file = None, None, None
        problem = storage_problem(exc)
        result.status = "failed"
        result.error = (
            f"{result.file}: could not be saved: {problem}; nothing of this file was "
            "written (tell the site's administrator)"
            if problem
            else f"{result.file}: could not be saved ({exc})"
        )
        return result

    def _propose(
        self, parsed: ParsedArticle, name: str, digest: str, existing: Article, result: FileResult
    ) -> FileResult:
        """A Writer's changed text of a published article: a version in its
        History for an Editor to accept; the article itself is not changed."""
        result.status = "proposed"
        result.names = self._resolve_names(parsed)
        result.note = (
            f"{name}: '{existing.title}' is published, so the changed text waits for an "
            "Editor: it is a proposed revision in the article's History"
        )
        if already_proposed(existing, digest):
            result.status = "unchanged"
            result.note = f"{name}: this text is already proposed for '{existing.title}'"
            return result
        if self.dry_run:
            return result
        proposal = Article.objects.get(pk=existing.pk)
        self._set_fields(proposal, parsed, name, digest)
        proposal.body = sanitize_html(proposal.body)  # as saving would store it
        proposal.import_fingerprint = fingerprint(proposal)
        proposal.updated_by = self.actor.user
        comment = (
            f"Proposed by {self.actor.name} from {name}: an Editor accepts it by reverting "
            "to this version"
        )
        reason = f"revision proposed by {self.actor.name} from {name}"
        try:
            with transaction.atomic(), self.actor.revision(comment):
                reversion.add_to_revision(proposal)
                self.actor.log(existing, False, comment)
                # Only the review flag changes: visitors see nothing new.
                reasons = [*existing.review_reasons, reason]
                Article.objects.filter(pk=existing.pk).update(
                    needs_review=True, review_reasons=list(dict.fromkeys(reasons))
                )
        except Exception as exc:
            return self._failed(result, exc)
        return result

    # -- writing --
    def _resolve_names(self, parsed: ParsedArticle) -> dict[str, str]:
        names = {}
        for org in parsed.organisations:
            idx = self._find(org.name, org.acronym, org.aliases)
            names[org.name] = self.index.entries[idx].name if idx is not None else org.name
        return names

    def _matched_pk(self, org) -> int | None:
        idx = self._find(org.name, org.acronym, org.aliases)
        return self.index.entries[idx].pk if idx is not None else None

    def _find(self, name: str, acronym: str | None, aliases: Iterable[str]) -> int | None:
        found = self.index.find(name, acronym)
        for alias in aliases:
            if found is not None:
                break
            found = self.index.find(alias)
        return found

    def _partner(self, org, chosen: int | str | None = None) -> Partner:
        """The partner ``org`` is: the one an editor ``chosen`` (a pk, or ``NEW``),
        else the index's match, else a new one."""
        # The index's own match goes the index's way, which also keeps the spellings.
        if (
            isinstance(chosen, int)
            and chosen != self._matched_pk(org)
            and (picked := Partner.objects.filter(pk=chosen).first())
        ):
            return picked
        if chosen == NEW:
            # Not matched loosely; but a partner of exactly this name is the one an
            # earlier import of the same decision created.
            same = Partner.objects.filter(name__iexact=org.name[:255]).first()
            if same is not None:
                return same
        idx = None if chosen == NEW else self._find(org.name, org.acronym, org.aliases)
        if idx is None:
            partner = Partner(name=org.name[:255], acronym=(org.acronym or "")[:40], kind=org.kind)
            for alias in org.aliases:
                partner.add_alias(alias)
            partner.save()
            self.index.add(
                Entry(
                    name=partner.name,
                    acronym=partner.acronym,
                    aliases=partner.alias_list,
                    pk=partner.pk,
                )
            )
            return partner
        entry = self.index.entries[idx]
        partner = Partner.objects.get(pk=entry.pk)
        if not self.actor.may_change(partner):
            return partner  # a public partner is renamed by an Editor only
        changed = False
        if partner.name == partner.acronym and org.name != org.acronym:
            # Known so far only by its acronym: the full name takes over.
            partner.add_alias(partner.name)
            partner.name, changed = org.name[:255], True
            if partner.kind == "other":
                partner.kind = org.kind
        if org.acronym and not partner.acronym:
            partner.acronym, changed = org.acronym[:40], True
        for spelling in (org.name, *org.aliases):
            changed = partner.add_alias(spelling) or changed
        if changed:
            partner.save()
            entry.name, entry.acronym, entry.aliases = (
                partner.name,
                partner.acronym,
                partner.alias_list,
            )
            self.index.register(idx)
        return partner

    def _person(self, person, partners: dict[str, Partner]) -> Person:
        affiliation = partners.get(person.affiliation) if person.affiliation else None
        pk = self.people.get(person_key(person.name))
        if pk is not None:
            existing = Person.objects.get(pk=pk)
            if not self.actor.may_change(existing):
                return existing
            changed = False
            if person.position and not existing.position:
                existing.position, changed = person.position[:255], True
            if affiliation and not existing.affiliation_id:
                existing.affiliation, changed = affiliation, True
            if changed:
                existing.save()
            return existing
        created = Person.objects.create(
            name=person.name[:200], position=(person.position or "")[:255], affiliation=affiliation
        )
        self.people[person_key(person.name)] = created.pk
        return created

    def _event(self, parsed_event, partners: dict[str, Partner]) -> Event:
        when = parsed_event.when
        lookup = {
            "title": parsed_event.title[:300],
            "kind": parsed_event.kind,
            "start_date": when.date,
            "date_month": when.month if when.precision == DatePrecision.MONTH_DAY else None,
            "date_day": when.day if when.precision == DatePrecision.MONTH_DAY else None,
        }
        event = Event.objects.filter(**lookup).first()
        if event is None:
            event = Event.objects.create(
                **lookup,
                date_precision=when.precision,
                date_text=when.text[:120],
                format="online" if parsed_event.online else "in_person",
                end_date=parsed_event.until.date if parsed_event.until and when.date else None,
                city=(parsed_event.city or "")[:120],
                country=parsed_event.country or "",
            )
        if not self.actor.may_change(event):
            return event  # a public event is relinked by an Editor only
        for name, role in parsed_event.partners:
            if name in partners:
                EventPartner.objects.get_or_create(event=event, partner=partners[name], role=role)
        return event

    def _set_fields(self, article: Article, parsed: ParsedArticle, name: str, digest: str) -> None:
        """The article's own fields as the text gives them (nothing saved)."""
        article.title = parsed.title[:300]
        article.standfirst = parsed.summary
        article.body = parsed.body_html
        article.set_when(parsed.when)
        article.dateline_text = article.dateline_text[:120]
        article.source_name = (parsed.source or "")[:200]
        url = parsed.source_url or ""
        article.source_url = url if is_web_url(url) and len(url) <= 500 else ""
        languages = {code for code, _ in settings.LANGUAGES}
        article.language = parsed.language if parsed.language in languages else "en"
        article.needs_review = bool(parsed.warnings)
        article.review_reasons = list(parsed.warnings)
        article.import_file = name[:500]
        article.import_hash = digest

    def _write(
        self,
        parsed: ParsedArticle,
        name: str,
        digest: str,
        existing: Article | None,
        result: FileResult,
        links: dict[str, int | str] | None = None,
        status: str | None = None,
    ) -> Article:
        links = links or {}
        partners = {o.name: self._partner(o, links.get(o.name)) for o in parsed.organisations}
        result.names = {k: p.name for k, p in partners.items()}
        article = existing or Article(status=status or self.status, created_by=self.actor.user)
        self._set_fields(article, parsed, name, digest)
        article.updated_by = self.actor.user
        if existing is None and article.status == "published" and parsed.when.date:
            article.published_at = timezone.make_aware(
                dt.datetime.combine(parsed.when.date, dt.time(9, 0))
            )
        article.save()
        article.import_fingerprint = fingerprint(article)
        Article.objects.filter(pk=article.pk).update(import_fingerprint=article.import_fingerprint)

        roles: dict[int, str] = {}
        for org in parsed.organisations:
            partner = partners[org.name]
            current = roles.get(partner.pk)
            if current is None or _ARTICLE_ROLE_ORDER.index(org.role) < _ARTICLE_ROLE_ORDER.index(
                current
            ):
                roles[partner.pk] = org.role if org.role in _ARTICLE_ROLE_ORDER else "mentioned"
        links = ArticlePartner.objects.filter(article=article)
        named_before = set(links.values_list("partner_id", flat=True))
        if self.actor.may("newsroom.delete_articlepartner"):
            links.delete()
            kept = set()
        else:  # the links stay; the text's are added
            kept = set(links.values_list("partner_id", "role"))
        ArticlePartner.objects.bulk_create(
            [
                ArticlePartner(article=article, partner_id=pk, role=role)
                for pk, role in roles.items()
                if (pk, role) not in kept
            ]
        )
        article.people.set([self._person(p, partners) for p in parsed.people])
        old_events = set(article.events.values_list("pk", flat=True))
        events = [self._event(e, partners) for e in parsed.events]
        article.events.set(events)
        orphans = old_events - {e.pk for e in events}
        if self.actor.may("newsroom.delete_event"):
            Event.objects.filter(pk__in=orphans, articles__isnull=True).delete()
        article.tags.set(list(parsed.tags))
        # bulk_create sends no signals, and the sets above send none when they
        # change nothing: the coverage and visibility of the partners the article
        # names or named are brought in line with its links here.
        refresh_article(article.pk, partners=named_before | set(roles))
        # Saved before its links were set: the revision keeps the article as it ends.
        reversion.add_to_revision(article)
        return article


def remembered_review(text_hash: str) -> Review:
    """What an editor decided when this text was last reviewed (nothing if never)."""
    row = ImportCorrection.objects.filter(text_hash=text_hash).first()
    return Review.from_json(row.decisions if row else None)
