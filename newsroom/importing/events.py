"""Events: what happened, when, where, and who did what.

A sentence that says something happened ("visited", "was held", "signed a
Memorandum…") creates an event; later sentences that speak of "the forum" or
"the signing" add partners to it. The kind comes from what happened, not from
the first keyword: "a delegation … held an official meeting" is a meeting, a
"Forum" inside an organisation's name is no event. A trip to several cities is
one visit per city. Each event's date is its own sentence's, else the nearest
date before it (a range before it leaves the day unknown); events told as
history or plans ("back in 2021", "will hold") are marked ``background``.

Who did what comes from ``event_roles``; the words are one language's data
(``event_words.EventWords``): English's there, the other languages' through
``newsroom.importing.languages``; titles are made by ``event_titles``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from newsroom.importing import places
from newsroom.importing.dates import DateMention
from newsroom.importing.event_roles import ROLE_RANK, roles_in
from newsroom.importing.event_words import ENGLISH, EventWords, TitleWords, event_words
from newsroom.importing.people import OrgSpan
from newsroom.importing.sentences import split_sentences
from newsroom.partial_dates import DatePrecision, PartialDate

# The vocabulary and the roles have modules of their own; these names are read
# from here by the language modules and the extraction.
__all__ = [
    "ENGLISH", "ROLE_RANK", "EventDraft", "EventWords", "TitleWords", "event_words",
    "find_events",
]  # fmt: skip


_PRECISE = {DatePrecision.DAY, DatePrecision.MONTH}
_EVENT_PRECISIONS = {DatePrecision.DAY, DatePrecision.MONTH_DAY, DatePrecision.MONTH}
_BOTH_SIDES = re.compile(r"\b(?:two|both) (?:sides|parties)\b|\bthe parties\b", re.I)
_QUOTED = re.compile(r"[\"“”«]([^\"“”«»]{8,300})[\"“”»]")
_ALIAS_INTRO = re.compile(r"(?:hereinafter|referred to as|abbreviated as|short for|known as)\W*$",
                          re.I)  # fmt: skip
# A date this long before the main event is history, not news.
_BACKGROUND_GAP = dt.timedelta(days=60)
# Verbs that tell of an event long past ("In 2016, the two renewed their MoU").
_HISTORY = re.compile(r"\b(?:signed|renewed|held|visited|formali[sz]ed|established)\b", re.I)
# Kinds that are events of their own beside another one ("signed … during the visit").
_ALWAYS_OWN = {"signing", "visit"}
# Said of a named event that took place, even without a date.
_HELD = re.compile(r"\b(?:held|took place|wrapped up|concluded|opened|convened)\b", re.I)
# Kinds an event may be part of a visit as ("attended the symposium" during a visit).
_PART_OF_VISIT = {"meeting", "seminar", "conference", "forum"}
# A training course, a "formation", a "研修班" is a workshop in the kinds an
# editor files events under (training of trainers, capacity-building week).
_KIND_OF = {"training": "workshop"}
_COMPLEMENT = re.compile(r"\s+(?:of|on|between|for|about|de|du|des|sur|del|sobre)\s", re.I)


@dataclass
class EventDraft:
    kind: str
    when: PartialDate
    sentence: str
    keyword: str
    keyword_at: int
    paragraph: int
    name: str | None = None
    city: str | None = None
    country: str | None = None
    online: bool = False
    until: PartialDate | None = None  # last day of a range
    background: bool = False  # history or plans, not the news reported
    assumed: bool = False  # dated by the article, not by its own words
    per_city: bool = False  # one city's visit of a trip to several
    roles: dict[int, str] = field(default_factory=dict)  # organisation index → role

    def add(self, org: int, role: str) -> None:
        current = self.roles.get(org)
        if current is None or ROLE_RANK.index(role) < ROLE_RANK.index(current):
            self.roles[org] = role


@dataclass(frozen=True)
class _Trigger:
    kind: str
    match: re.Match[str]
    score: int
    named: bool  # part of a capitalised or quoted event name
    span: tuple[int, int]  # the event's name, or the trigger alone
    plural: bool  # "joined meetings, discussions…": activities, not one event
    weight: int = 0
    new: bool = False  # "A delegation from…": another event of a kind already told
    verb: bool = False  # "signed", "visited": happened, whatever else the sentence tells


# Bounds that keep a hostile text fast: what is read of a sentence, event
# words read per sentence, events picked per sentence, events per article.
_MAX_SENTENCE = 3000  # characters: no sentence of a press text is longer
_MAX_TRIGGERS = 40
_MAX_PICKED = 6
_MAX_EVENTS = 60
# An edition before an event's name: "the 4th", "la 1ère", "XX", "2022".
_EDITION = re.compile(
    r"(?:\b\d+\s*(?:st|nd|rd|th|e|er|re|ère|ème|º|ª|°)?|\b[IVXLC]+|\b(?:19|20)\d\d)\s+$"
)


def _within(sentence: str, start: int, end: int, s: int, e: int, edition: bool) -> bool:
    """Is the event word at ``start:end`` a word of the partner's name at ``s:e``
    ("Boao Forum for Asia", "Conférence des présidents d'université")? Not when
    it heads the name of an ``edition`` of an event: "the 4th Investing in Africa
    Forum (IAF)", "la 1ère Conférence internationale …"."""
    if not (s <= start and end <= e):
        return False
    rest = re.sub(r"\s*\([^)]*\)\s*$", "", sentence[end:e]).strip()
    heads = not rest or not sentence[s:start].strip()
    return not (heads and edition)


def _is_speech(quoted: str) -> bool:
    """Words someone said, not a name: a sentence of its own, or mostly small
    words ("The meeting was very interesting to us, because…")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", quoted) if len(w) > 3]
    capitals = sum(w[0].isupper() for w in words)
    if re.search(r"[.!?;]\s+\S|[，。；！？]", quoted):
        return True
    return len(words) > 4 and capitals * 2 < len(words)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _triggers(sentence: str, orgs: list[tuple[int, int]], words: EventWords) -> list[_Trigger]:
    """Event words of a sentence, best first; none inside an organisation's name."""
    quoted, aliases = _quotes(sentence)
    found: list[_Trigger] = []
    matches = sorted(
        (
            (m, kind, weight)
            for kind, pattern, weight in words.kinds
            for m in pattern.finditer(sentence)
        ),
        key=lambda x: x[0].start(),
    )
    for match, kind, weight in matches[:_MAX_TRIGGERS]:
        start, end = match.span()
        name = _title_name(sentence, match, quoted)
        edition = bool(name and _EDITION.search(sentence[max(0, name[1] - 12) : name[1]]))
        edition |= bool(name and re.match(r"(?:\d+\w{0,3}|[IVXLC]+)\s", name[0]))
        in_name = any(_within(sentence, start, end, s, e, edition) for s, e in orgs)
        after = sentence[end : end + 40]
        not_event = words.not_event.match(after)
        if not_event and words.series.search(not_event.group(0)) and _launched(sentence, start):
            not_event = None  # "launched a webinar series": its first session took place
        if in_name or _inside(aliases, start, end) or not_event:
            continue  # a name's word, "conference room", "(hereinafter “the Forum”)"
        text = match.group(0)
        in_quotes = any(s <= start < e for s, e in quoted)
        capital = (
            text[0].isupper()
            and start > 0
            and not sentence[max(0, start - 20) : start].rstrip().endswith((".", ":", "–", "—"))
        )
        named = bool(name and (in_quotes or name[2] - name[1] > len(text)))
        score = weight + 3 * in_quotes + 2 * (capital or named)
        if words.occurred.search(sentence[max(0, start - 40) : start]):
            score += 2
        if words.occurred.search(sentence[end : end + 40]):
            score += 1
        if re.search(r"\bone of the\b[^,]*$", sentence[max(0, start - 80) : start], re.I):
            score -= 3
        plural = (  # a plural noun; "signs", "signés", "sont réunis" are verbs
            kind != "signing"
            and " " not in text
            and text.islower()
            and text.endswith("s")
            and not text.endswith("ss")
        )
        span = (name[1], name[2]) if name else (start, end)
        verb = bool(words.happened.match(text))
        new = (
            bool(words.introduces.search(sentence[max(0, start - 60) : start]))
            or (
                verb and bool(words.indefinite.match(sentence))  # "A delegation … visited"
            )
            or bool(words.indefinite.search(text))
        )  # "welcomed a delegation"
        kind = _KIND_OF.get(kind, kind)
        found.append(_Trigger(kind, match, score, named, span, plural, weight, new, verb))
    return sorted(found, key=lambda t: (-t.score, t.match.start()))


def _launched(sentence: str, start: int) -> bool:
    """Is the word at ``start`` just after a launch ("launched a new webinar series")?"""
    return bool(
        re.search(r"\b(?:launch(?:ed|es|ing)?|inaugurat\w+|lanc\w+|lanz\w+)\b(?:\s+\S+){0,4}\s*$",
                  sentence[max(0, start - 60) : start], re.I)
    )  # fmt: skip


# The words of an event's name: capitalised, joined by small words in the
# languages written in Latin letters ("Forum on …", "Conférence … de la …").
_CAP = r"[A-ZÀ-ÖØ-Þ0-9][\w'’-]*"
_JOIN = r"(?:on|of|for|in|de|des|du|del|sur|pour|para)"
_NAME_TAIL = re.compile(
    rf"(?:\s+(?:{_JOIN}\s+(?:the\s+|la\s+|las\s+|los\s+|el\s+|l['’])?|(?:and|et|y)\s+)?(?:{_CAP}|&))*"
)
_NAME_HEAD = re.compile(rf"(?:{_CAP}\s+(?:(?:and|of|for|on|in|&)\s+)?)*$")
_NAME_END = re.compile(rf"(?:\s+(?:{_JOIN}|and|et|y|the|la|el|l['’]|&))+$")


def _quotes(sentence: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans inside quotation marks: names, and the others (aliases
    introduced by "hereinafter referred to as", and speech)."""
    names, others = [], []
    for q in itertools.islice(_QUOTED.finditer(sentence), _MAX_TRIGGERS):
        intro = _ALIAS_INTRO.search(sentence[max(0, q.start() - 60) : q.start()])
        (others if intro or _is_speech(q.group(1)) else names).append(q.span(1))
    return names, others


def _title_name(
    sentence: str, match: re.Match[str], quotes: list[tuple[int, int]] | None = None
) -> tuple[str, int, int] | None:
    """A proper event name with its span: quoted, or a capitalised phrase with
    the event word ("the 6th KIER-GIEC Renewable Energy Workshop")."""
    names = _quotes(sentence)[0] if quotes is None else quotes
    for q_start, q_end in names:
        if _ALIAS_INTRO.search(sentence[max(0, q_start - 61) : q_start - 1]) or _is_speech(
            sentence[q_start:q_end]
        ):
            continue
        inside = q_start <= match.start() < q_end
        right_after = 0 <= q_start - 1 - match.end() <= 25
        if inside or right_after:
            title = sentence[q_start:q_end].strip(" ,.")
            if inside:
                return title, q_start, q_end
            word = match.group(0)
            return f"{word[:1].upper()}{word[1:]} on {title}", match.start(), q_end
    word = match.group(0)
    if not word[0].isupper() or word.lower().startswith(("sign", "mem", "mou", "moa", "co-sign")):
        return None
    tail = _NAME_TAIL.match(sentence, match.end(), match.end() + 300)
    head = _NAME_HEAD.search(sentence, max(0, match.start() - 200), match.start())
    start = head.start() if head else match.start()
    title = sentence[start : tail.end() if tail else match.end()]
    trimmed = _NAME_END.sub("", title.strip())
    title = re.sub(
        r"^(?:(?:On|In|At|The|A|An|During|From|Following|La|Le|Les|Une|Un|El|Los|Las)\s+|L['’])+",
        "",
        trimmed,
    )
    start += len(trimmed) - len(title)
    venue = _VENUE_TAIL.search(title)
    if venue and (places.city(venue.group(1)) or places.country_code(venue.group(1))):
        title = title[: venue.start()]  # "the XII Energy Forum in Baku": Baku is its venue
    if len(title.split()) < 2:
        return None
    return title, start, start + len(title)


_VENUE_TAIL = re.compile(r"\s+(?:in|à|en)\s+([A-ZÀ-Þ][\w'’-]*(?:\s[A-ZÀ-Þ][\w'’-]*)?)$")


def _date_range(mention: DateMention) -> PartialDate | None:
    """The last day of a range mention, when the date grammar reads one."""
    for name in ("until", "end"):
        until = getattr(mention, name, None)
        if isinstance(until, PartialDate) and until.is_known:
            return until
    return None


def _with_year(when: PartialDate, ctx: _Context) -> PartialDate:
    """A month-day given the year of the event told before it, else of the
    article's date (a day after the article's is of the year before)."""
    if when.precision != DatePrecision.MONTH_DAY:
        return when
    source = ctx.last_dated or ctx.reference
    if source is None or not source.date:
        return when
    year = source.date.year
    try:
        day = dt.date(year, when.month, when.day)
        if source is ctx.reference and day - source.date > dt.timedelta(days=31):
            day = dt.date(year - 1, when.month, when.day)
    except (TypeError, ValueError):
        return when
    return PartialDate.of_day(day, when.text)


@dataclass
class _Context:
    """What the sentences read so far say about dates and places."""

    reference: PartialDate | None  # the article's own date
    last_dated: PartialDate | None = None  # the last event with a year
    last_event_date: PartialDate | None = None  # nearest earlier event date (None: a range)
    dateline_city: tuple[int, str, str | None] | None = None  # (paragraph, city, country)
    topic: bool = False  # a gathering on an agreement: its signing words tell of the topic
    ended: str | None = None  # the sentence that gave an event told before its last day


def find_events(
    paragraphs: list[str],
    dates: list[list[DateMention]],
    spans: list[list[OrgSpan]],
    *,
    reference: PartialDate | None = None,
    words: EventWords = ENGLISH,
    headline: str | None = None,
) -> list[EventDraft]:
    """The events the paragraphs report, in order. ``reference`` is the article's
    date: it gives a year to month-days and dates an event told as "recent".
    When the body tells of no event in words of its own, the ``headline``'s
    event word says what happened ("Seminar on the Mercosur–EU agreement")."""
    events: list[EventDraft] = []
    ctx = _Context(reference if reference and reference.date else None)
    for p, paragraph in enumerate(paragraphs):
        if len(events) >= _MAX_EVENTS:
            break
        names = sorted(spans[p])
        name_starts = [s for s, _e, _i in names]
        mentioned = sorted(dates[p], key=lambda d: d.start)
        mention_starts = [d.start for d in mentioned]
        for offset, whole in split_sentences(paragraph):
            sentence = whole[:_MAX_SENTENCE]
            end = offset + len(sentence)
            # What lies in this sentence, found by bisection: a long paragraph stays linear.
            in_names = names[bisect_left(name_starts, offset) : bisect_left(name_starts, end)]
            orgs = [(s - offset, e - offset) for s, e, _ in in_names]
            mentions = mentioned[
                bisect_left(mention_starts, offset) : bisect_left(mention_starts, end)
            ]
            if p == 0 and offset == 0 and mentions and _is_dateline(paragraph, mentions[0]):
                # "Addis Ababa, Ethiopia, 29 October 2019: …" dates the report; the
                # lead event takes it as the article's date only when it has none.
                mentions = mentions[1:]
            if offset == 0 and ctx.dateline_city is None:
                found = places.dateline_city(paragraph, mentions[0].start if mentions else None)
                ctx.dateline_city = (p, *found) if found else None
            if len(events) >= _MAX_EVENTS:
                break
            if events and words.first_session.search(sentence):
                _first_session(events, sentence, mentions, ctx, words)
            picked = _not_topics(_pick(_triggers(sentence, orgs, words), words), ctx, words)
            if not picked and events and words.continues.search(sentence):
                _continued(events, sentence, offset, mentions, orgs, ctx, words)
            for trigger in picked:
                _event_from(trigger, sentence, offset, p, mentions, orgs, in_names, events, ctx,
                            words)  # fmt: skip
    _mark_background(events)
    if headline and not any(not e.background for e in events):
        events[:0] = _headline_event(headline[:_MAX_SENTENCE], ctx, words)
    main = next((e for e in events if not e.background), None)
    if main and ctx.dateline_city and ctx.dateline_city[0] <= main.paragraph and not main.city:
        # "BANGI, 7 November 2014 – …": the news, and so its event, is from there.
        main.city = ctx.dateline_city[1]
        main.country = main.country or ctx.dateline_city[2]
    return events


_DATELINE_PLACE = re.compile(
    r"(?!(?:On|In|From|At|By|During|Since|Le|El|Del?)\b)"
    r"(?:[A-ZÀ-Þ][\w'’.-]*[ ,/]*){1,6}"
)
_DATELINE_END = re.compile(r"\s*\)?\s*(?:[:–—|]|-{1,2}\s)")


def _is_dateline(paragraph: str, mention: DateMention) -> bool:
    """Does the paragraph open on a place and a date, then a colon or a dash?"""
    place = paragraph[: mention.start].strip(" ,(")
    return bool(
        place and _DATELINE_PLACE.fullmatch(place) and _DATELINE_END.match(paragraph, mention.end)
    )


_GATHERINGS = {"meeting", "seminar", "workshop", "forum", "conference", "training"}
_JOINERS = {"of", "on", "for", "de", "du", "des", "del", "sur", "pour", "para", "sobre"}


def _phrase_head(a: _Trigger, b: _Trigger) -> _Trigger | None:
    """The head of two event words of one phrase: the last of a compound
    ("training workshop"), the first before a joining word ("Workshop on
    training", "atelier hybride de formation"); None when not one phrase."""
    if a.kind == b.kind or not {a.kind, b.kind} <= _GATHERINGS:
        return None
    first, second = sorted((a, b), key=lambda t: t.match.start())
    between = first.match.string[first.match.end() : second.match.start()]
    if not re.fullmatch(r"\s+(?:[^\W\d_][\w'’-]*\s+){0,2}", between):
        return None
    words = [w.casefold() for w in between.split()]
    if {"and", "or", "et", "ou", "y", "o"} & set(words):
        return None
    joined = any(w in _JOINERS or w.startswith(("d'", "d’")) for w in words)
    return first if joined else second


def _not_topics(triggers: list[_Trigger], ctx: _Context, words: EventWords) -> list[_Trigger]:
    """A seminar "on the … agreement" is a seminar: the signing words of the
    agreement it discusses ("… agreement signed between the two blocs") are its
    topic, here and in the sentences after it."""
    kept = []
    for t in triggers:
        if t.kind in _GATHERINGS and words.agreement.search(_complement(t)):
            ctx.topic = True
        if t.kind == "signing" and any(
            g.kind in _GATHERINGS and g.match.end() <= t.match.start()
            and words.agreement.search(_complement(g)[: t.match.start() - g.match.end()])
            for g in triggers
        ):  # fmt: skip
            continue
        kept.append(t)
    return kept


def _complement(t: _Trigger) -> str:
    """What a gathering word is about: "seminar on the Mercosur–EU agreement"."""
    sentence = t.match.string
    found = _ABOUT.match(sentence, t.match.end())
    return sentence[found.end() : found.end() + 80] if found else ""


_ABOUT = re.compile(r"\s+(?:on|about|regarding|concerning|sur|sobre|acerca de)\s", re.I)


def _pick(triggers: list[_Trigger], words: EventWords = ENGLISH) -> list[_Trigger]:
    """The best trigger, and other events the sentence tells: named ones ("the
    Roundtable on … and the General Assembly of … was held"), a verb ("… was
    signed"), a new one ("during a visit by…"). One name is one event, its kind
    the last event word in it ("… Summit Clean Energy Forum": a forum)."""
    picked: list[_Trigger] = []
    # "welcomed delegations…": a plural is an event only when nothing else is.
    for t in sorted(triggers, key=lambda t: t.plural and not t.named):
        own_event = (
            t.named
            and t.score >= 2
            or t.verb
            or t.new
            and not t.plural
            or t.kind in _ALWAYS_OWN
            and t.weight >= 0
            and not t.plural
        )
        if picked and not (own_event and all(q.kind != t.kind or t.named for q in picked)):
            continue
        same_name = [q for q in picked if q.span[0] < t.span[1] and t.span[0] < q.span[1]]
        if not same_name and all(t.named or q.kind != t.kind for q in picked):
            picked.append(t)
        elif same_name and t.match.start() > same_name[0].match.start():
            picked[picked.index(same_name[0])] = replace(same_name[0], kind=t.kind, match=t.match)
    for i, t in enumerate(picked):
        # Two event words in one phrase: the head names it ("training workshop",
        # "atelier de formation", "Workshop on training": a workshop).
        for q in triggers:
            head = _phrase_head(t, q)
            if head is not None:
                picked[i] = t = head
    for i, t in enumerate(picked):
        # "met in Vienna for a workshop", "se sont réunis pour un atelier": the workshop.
        if t.kind == "meeting" and not t.named and words.gathered.search(t.match.group(0)):
            named_as = [
                q for q in triggers
                if q.kind in _GATHERINGS - {"meeting"} and not q.plural
                and 0 < q.match.start() - t.match.end() <= 120 and q not in picked
            ]  # fmt: skip
            if named_as:
                picked[i] = named_as[0]
    for i, t in enumerate(picked):
        # "the opening ceremony of the 22nd colloquium": the colloquium.
        opened = [
            q for q in triggers
            if t.kind == "launch" and q.kind not in ("launch", "signing", "visit")
            and 0 <= q.match.start() - t.match.end() <= 40
        ]  # fmt: skip
        if opened:
            picked[i] = opened[0]
    return sorted(picked[:_MAX_PICKED], key=lambda t: t.match.start())


def _event_from(
    trigger: _Trigger,
    sentence: str,
    offset: int,
    p: int,
    mentions: list[DateMention],
    orgs: list[tuple[int, int]],
    spans: list[OrgSpan],
    events: list[EventDraft],
    ctx: _Context,
    words: EventWords,
) -> None:
    kind, match = trigger.kind, trigger.match
    own = sorted(
        (d for d in mentions if d.when.precision in _EVENT_PRECISIONS),
        key=lambda d: abs(d.start - offset - match.start()),
    )
    years = [d for d in mentions if d.when.precision == DatePrecision.YEAR]
    name = _title_name(sentence, match)
    if (
        not own
        and kind in _PART_OF_VISIT
        and events
        and events[-1].kind == "visit"
        and events[-1].paragraph == p
        and not name
        and not _COMPLEMENT.match(sentence, match.end())
    ):
        # "attended the symposium" during a visit: a meeting of the visit (not "the
        # conference of industrialisation of …", an event of its own).
        kind = "meeting"
    # Same-kind events are one event, unless one sentence names two of them.
    existing = [
        e for e in events
        if e.kind == kind and not (e.sentence == sentence and name and e.name != name[0])
    ]  # fmt: skip
    if trigger.new:
        # "A delegation from X visited…": another visit than the last (or the
        # headline's undated one).
        existing = [e for e in existing if not e.when.is_known and not e.background]
    unquoted = _QUOTED.sub(lambda q: " " * len(q.group(0)), sentence)  # what they will do
    around = unquoted[: match.start()] + " " + unquoted[match.end() :][:60]
    # A signing word tells of a signing (plans are told as such: "will sign").
    occurred = bool(words.occurred.search(sentence)) or trigger.named or kind == "signing"
    future = bool(words.future.search(around))
    recent = ctx.reference if ctx.reference and words.relative_now.search(sentence) else None
    when = PartialDate()
    until: PartialDate | None = None
    assumed = False
    background = bool(words.past.search(around))
    if kind == "signing" and ctx.topic and not own:
        return  # the agreement a seminar discussed, not one signed
    if trigger.plural and not trigger.named and not (own and _HELD.search(sentence) and not future):
        if existing:
            roles_in(sentence, offset, spans, existing[-1])
        return  # "joined meetings, discussions…", "organise workshops": activities
    # "commenced on 21 March and concluded on 25 April", "stayed … until 22 August":
    # a date after an ending word is the last day, of this event or of the one told.
    ends = [d for d in own if words.ends.search(sentence, 0, d.start - offset)]
    starts = [d for d in own if d not in ends]
    told = [e for e in existing if e.when.date and not e.background]
    if ends and not starts and ctx.ended == sentence:
        return  # "stayed … until 22 August and held talks": part of the stay
    if ends and not starts and told and not trigger.new:
        last = _with_year(ends[0].when, replace(ctx, last_dated=told[-1].when))
        if last.date and last.date > told[-1].when.date:
            told[-1].until = last
        ctx.ended = sentence
        _told_again(told[-1], sentence, offset, spans, orgs, match, words)
        return
    own = starts or ends
    if own:
        when = _with_year(own[0].when, ctx)
        until = _date_range(own[0])
        later = [d for d in ends if d.start > own[0].start]
        if until is None and later and when.date:
            until = _with_year(later[0].when, replace(ctx, last_dated=when))
            until = until if until.date and until.date > when.date else None
        at = own[0].start - offset
        if until and kind == "signing" and _range_is_another_s(sentence, at, match, orgs, words):
            # "signed during the Forum, held from 6 to 8 September": on one of those
            # days, which is unknown.
            when, until = PartialDate(), None
        if until and until.precision == DatePrecision.MONTH_DAY and when.date:
            until = _with_year(until, replace(ctx, last_dated=when))
        same = [
            e for e in existing
            if e.when == when or (not e.when.is_known or e.assumed) and not e.background
        ]  # fmt: skip
        if same:
            # "the forum" of the headline, now with its own date.
            if not same[0].when.is_known or same[0].assumed:
                same[0].when, same[0].until, same[0].assumed = when, until, False
            _told_again(same[0], sentence, offset, spans, orgs, match, words)
            return
    elif existing or not occurred:
        if existing:
            _told_again(existing[-1], sentence, offset, spans, orgs, match, words)
        return
    elif (year := _own_year(years, sentence, offset, match)) is not None:
        if events and not _HISTORY.search(sentence):
            return
        when, background = year.when, True
    elif recent:
        when, assumed = recent, True  # "recently held": the event the article reports
    elif not any(not e.background for e in events):
        # The lead event with no date of its own is the one the article reports:
        # it happened on the article's date (its day, or its month).
        if ctx.reference and ctx.reference.precision in _PRECISE and p <= 1:
            when, assumed = ctx.reference, True
    elif (
        future
        or kind not in {"signing", "visit", "meeting"}
        and not _told(trigger, sentence, words)
    ):
        return
    else:
        when = ctx.last_event_date or PartialDate()
    online = bool(words.online.search(sentence))
    city, country = _venue(sentence, orgs, match, words)
    cities = places.trip_cities(sentence, match.end(), orgs) if kind == "visit" else []
    base = EventDraft(
        kind=kind,
        when=when,
        until=until,
        sentence=sentence,
        keyword=match.group(0),
        keyword_at=match.start(),
        paragraph=p,
        name=name[0] if name else None,
        city=city,
        country=country,
        online=online,
        background=background or future,
        assumed=assumed,
    )
    drafts = (
        [replace(base, city=c, country=code, roles={}, per_city=True) for c, code in cities]
        if len(cities) >= 2
        else [base]
    )
    for event in drafts:
        events.append(event)
        if kind == "signing" and _BOTH_SIDES.search(sentence):
            # "the two sides signed": the partners of the event just before.
            previous = [e for e in events[:-1] if e.paragraph == p and e.kind != "signing"]
            for org in previous[-1].roles if previous else []:
                event.add(org, "signatory")
        roles_in(sentence, offset, spans, event)
    if not base.background:  # "launched in 2017" dates no event told after it
        ctx.last_event_date = None if until else when
    if when.date and when.precision in _EVENT_PRECISIONS:
        ctx.last_dated = when


# A verb that a year in passing belongs to ("the Network, launched in 2017, held…").
_YEAR_VERB = re.compile(
    r"\b(?:launched|founded|established|created|set up|signed|opened|"
    r"inaugurated|since|began|started|joined)\b",
    re.I,
)


def _own_year(
    years: list[DateMention], sentence: str, offset: int, match: re.Match[str]
) -> DateMention | None:
    """The year the event word's own clause gives: the first after it ("signed
    its first agreement in 2016"), else the nearest before it; none when another
    verb between them has it ("launched in 2017 … held its annual meeting")."""
    after = [d for d in years if 0 <= d.start - offset - match.end() <= 60]
    before = [d for d in years if d.start - offset < match.start()]
    if after:
        year, lead = after[0], sentence[match.end() : after[0].start - offset]
    elif before:
        year = before[-1]
        lead = sentence[max(0, year.start - offset - 30) : year.start - offset]
    else:
        return None
    return None if _YEAR_VERB.search(lead) else year


def _headline_event(headline: str, ctx: _Context, words: EventWords) -> list[EventDraft]:
    """The event a headline names, on the article's date: its best event word
    that tells of one event (not "Universities' visits"), unless planned."""
    picked = _not_topics(_pick(_triggers(headline, [], words), words), ctx, words)
    found = [t for t in picked if not t.plural or t.named]
    if words.future.search(headline):
        return []
    if not found:
        # "Agreement with the University of Zaragoza": an agreement announced is signed.
        agreement = words.agreement.search(headline)
        if agreement is None or ctx.topic or agreement.group(0).casefold().endswith("s"):
            return []  # "Reviewing agreements": no one signing
        found = [_Trigger("signing", agreement, 0, False, agreement.span(), False)]
    trigger = found[0]
    name = _headline_name(headline, trigger)
    return [
        EventDraft(
            kind=trigger.kind,
            when=ctx.reference or PartialDate(),
            sentence=headline,
            keyword=trigger.match.group(0),
            keyword_at=trigger.match.start(),
            paragraph=0,
            name=name,
            online=bool(words.online.search(headline)),
            assumed=True,
        )
    ]


def _headline_name(headline: str, trigger: _Trigger) -> str | None:
    """A gathering's name in a headline: a proper name ending on its event word
    ("Institute joins the 7th Asian Energy Forum"), else the headline from the
    event word on ("University hosts workshop on climate data": "Workshop on
    climate data"). A headline in title case is read the second way."""
    if trigger.kind not in _GATHERINGS:
        return None
    words = re.findall(r"[^\W\d_][\w'’-]*", headline)
    title_case = sum(w[0].isupper() for w in words) * 3 > len(words) * 2
    named = None if title_case else _title_name(headline, trigger.match)
    if named and named[2] == trigger.match.end():
        return named[0]
    tail = re.split(r"\s+[–—|-]\s+|[:|]", headline[trigger.match.start() :])[0].strip(" .,;")
    return tail[:1].upper() + tail[1:] if len(tail.split()) >= 2 else None


def _first_session(
    events: list[EventDraft],
    sentence: str,
    mentions: list[DateMention],
    ctx: _Context,
    words: EventWords,
) -> None:
    """ "The inaugural event, held virtually on 8 February": the series just
    launched took place, online, on that day."""
    last = next((e for e in reversed(events) if not e.background), None)
    if last is None:
        return
    last.online = last.online or bool(words.online.search(sentence))
    days = [d for d in mentions if d.when.precision in _EVENT_PRECISIONS]
    day = _with_year(days[0].when, ctx) if days else None
    # "launched … this week" gives a week or a month; the session's day is finer.
    coarse = last.when.precision == DatePrecision.MONTH and day and day.month == last.when.month
    if day and (last.assumed or not last.when.is_known or coarse):
        last.when, last.until, last.assumed = day, None, False


def _continued(
    events: list[EventDraft],
    sentence: str,
    offset: int,
    mentions: list[DateMention],
    orgs: list[tuple[int, int]],
    ctx: _Context,
    words: EventWords,
) -> None:
    """ "It commenced on 21 March and concluded on 25 April in Nairobi": the
    event just told, its days and its venue."""
    last = next((e for e in reversed(events) if not e.background), None)
    days = [d for d in mentions if d.when.precision in _EVENT_PRECISIONS]
    if last is None or not days:
        return
    ends = [d for d in days if words.ends.search(sentence, 0, d.start - offset)]
    starts = [d for d in days if d not in ends]
    start = _with_year(starts[0].when, ctx) if starts else None
    if start and (last.assumed or not last.when.is_known):
        last.when, last.assumed = start, False
    if start and start.date and start.date == last.when.date:
        later = [d for d in ends if d.start > starts[0].start]
        until = _date_range(starts[0]) or (later and later[0].when) or None
        until = until and _with_year(until, replace(ctx, last_dated=start))
        if until and until.date and start.date and until.date > start.date:
            last.until = until
    if not last.city and words.place_before is not None and not words.han_places:
        last.city, country = places.venue(sentence, orgs, words.place_before, 0)
        last.country = country or last.country


def _told_again(
    event: EventDraft,
    sentence: str,
    offset: int,
    spans: list[OrgSpan],
    orgs: list[tuple[int, int]],
    match: re.Match[str],
    words: EventWords,
) -> None:
    """A later sentence about the event: its partners, and its venue when the
    event has none yet ("The meeting was held in Jakarta")."""
    roles_in(sentence, offset, spans, event)
    if not event.city and words.occurred.search(sentence):
        city, country = _venue(sentence, orgs, match, words)
        if city:  # a country said in passing ("research in China") is no venue
            event.city, event.country = city, country or event.country


def _venue(
    sentence: str, orgs: list[tuple[int, int]], match: re.Match[str], words: EventWords
) -> tuple[str | None, str | None]:
    if words.place_before is None:
        return None, None
    if words.han_places:
        return places.han_venue(sentence, orgs, words.place_before)
    return places.venue(sentence, orgs, words.place_before, match.start())


def _told(trigger: _Trigger, sentence: str, words: EventWords) -> bool:
    """Does the sentence tell of this gathering as an event of its own, without a
    date? A named one held ("a Capacity Building Workshop held in Mombasa"), or
    one attended with its own subject ("attended the conference on …")."""
    start, end = trigger.match.span()
    if trigger.named and _HELD.search(sentence):
        return True
    attended = words.occurred.search(sentence[max(0, start - 30) : start])
    return bool(attended and _COMPLEMENT.match(sentence, end))


def _range_is_another_s(
    sentence: str, at: int, match: re.Match[str], orgs: list[tuple[int, int]], words: EventWords
) -> bool:
    """Is the date range at ``at`` nearer another event word than the signing's?"""
    distance = abs(match.start() - at)
    return any(
        t.kind != "signing" and abs(t.match.start() - at) < distance
        for t in _triggers(sentence, orgs, words)
    )


def _mark_background(events: list[EventDraft]) -> None:
    """Events long before the first dated news event are history."""
    main = next((e for e in events if not e.background and e.when.date), None)
    if main is None:
        return
    for event in events:
        if event.when.date and main.when.date - event.when.date > _BACKGROUND_GAP:
            event.background = True
