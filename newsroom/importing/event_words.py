"""The words that tell of events, one language's worth (``EventWords``).

English's are here; the other languages give theirs through
``newsroom.importing.languages`` (their ``event_words``), with their own way of
titling an event (``TitleWords``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TitleWords:
    """How one language titles an event the text does not name (format strings)."""

    visit: str = "{visitor} delegation visits {host}"
    visit_to: str = "Visit to {host}"
    visit_by: str = "Visit of {visitor} delegation"
    signing: str = "Signing of {what}"
    agreement: str = "an agreement"  # what was signed, when the text does not say
    launch: str = "Launch of {what}"
    between: str = "{title} between {a} and {b}"
    by: str = "{title} by {a}"
    of: str = "{title} of {a}"
    with_: str = "{title} with {a}"
    # The kind's own word, for a title with no better noun ("received" → "Meeting").
    kinds: tuple[tuple[str, str], ...] = ()
    # English phrases are read from the sentence ("signed a framework agreement",
    # "an official meeting"); other languages use the event word as written.
    read_phrases: bool = True


@dataclass(frozen=True)
class EventWords:
    """One language's event vocabulary (patterns are matched case-insensitively)."""

    # (kind, trigger, weight): the weight ranks triggers of one sentence; a
    # negative one ("delegation") only names an event when nothing else does.
    kinds: tuple[tuple[str, re.Pattern[str], int], ...]
    occurred: re.Pattern[str]  # "was held", "attended", "took place"
    future: re.Pattern[str]  # "will hold", "plan to"
    past: re.Pattern[str]  # "back in", "last year's"
    online: re.Pattern[str]
    not_event: re.Pattern[str]  # right after a trigger: "conference room", "forum secretariat"
    relative_now: re.Pattern[str]  # "recently", "today": the reported event, dated by the article
    # A trigger that is an event of its own beside another one ("signed", "visited").
    happened: re.Pattern[str] = re.compile(r"(?!)")
    # Just before a trigger: a new event of a kind already told ("A delegation from…",
    # "during a visit by…", "held another meeting").
    introduces: re.Pattern[str] = re.compile(r"(?!)")
    indefinite: re.Pattern[str] = re.compile(r"(?!)")  # a sentence opening on "A …"
    # A meeting word that is a verb ("met", "se sont réunis"): a gathering noun
    # after it says what the meeting was ("met … for a workshop").
    gathered: re.Pattern[str] = re.compile(r"(?!)")
    # What is signed: the topic of a seminar "on the … agreement" is no signing.
    agreement: re.Pattern[str] = re.compile(
        r"\b(?:agreements?|accords?|treat(?:y|ies)|memorand(?:um|a)|conventions?|pacts?|"
        r"deals?)\b",
        re.I,
    )
    # After a gathering word in not_event, a series: an event when it is launched.
    series: re.Pattern[str] = re.compile(r"(?!)")
    # The first session of a series just told ("the inaugural event"): its date and form.
    first_session: re.Pattern[str] = re.compile(r"(?!)")
    # A sentence that goes on about the event just told ("It commenced on …").
    continues: re.Pattern[str] = re.compile(r"(?!)")
    # Right before a date, an ending word: the date is an event's last day.
    ends: re.Pattern[str] = re.compile(r"(?!)")
    titles: TitleWords = TitleWords()
    # Words before a place name ("in", "at", "在"); None reads no places.
    place_before: re.Pattern[str] | None = None
    # Places are written in Han characters ("在北京举行"), not capitalised words.
    han_places: bool = False


_NEVER = re.compile(r"(?!)")


def event_words(language: object = None) -> EventWords:
    """The event words of a language (a code or a registered ``Language``);
    English's when the language gives none."""
    if language is None or str(language).split("-")[0] == "en":
        return ENGLISH
    if not hasattr(language, "event_words"):
        try:
            from newsroom.importing import languages
        except ImportError:
            return ENGLISH
        language = getattr(languages, "get", lambda _code: None)(str(language))
    kinds = getattr(language, "event_words", ())
    if isinstance(kinds, EventWords):
        return kinds
    if not kinds:
        return ENGLISH
    # A language that lists only its event words: each names something that
    # happened; no word-order cues, no places read from the sentence.
    return EventWords(
        kinds=tuple((kind, pattern, 0) for kind, pattern in kinds),
        occurred=re.compile(""),
        future=_NEVER,
        past=_NEVER,
        online=ENGLISH.online,
        not_event=_NEVER,
        relative_now=_NEVER,
        place_before=None,
    )


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


ENGLISH = EventWords(
    kinds=(
        ("signing", _p(r"\b(?:(?:co-)?sign(?:ed|s|ing)?|memorand(?:um|a) of (?:understanding|"
                       r"agreement)|MoUs?|MoA|renewed (?:the|their|its) (?:agreement|"
                       r"memorandum)|(?:concluded|inked) (?:an? |the )?(?:[\w-]+ ){0,3}"
                       r"(?:agreement|accord|memorandum)|(?:agreements?|accords?) (?:[\w’'-]+ )"
                       r"{0,12}?(?:was|were) (?:concluded|inked)|formali[sz]ed (?:the|their|"
                       r"its|a) (?:[\w-]+ ){0,2}(?:partnership|cooperation|collaboration|"
                       r"agreement)|(?:entered into|sealed) (?:an? |the |their )?(?:[\w-]+ ){0,3}"
                       r"(?:agreement|accord|memorandum|partnership))\b"),
         1),
        ("visit", _p(r"\b(?:visit(?:s|ed|ing)?|study tours?|trips?|toured|courtesy calls?|"
                     r"(?:business|trade|study|official|working|fact-finding|academic|"
                     r"investment|technical) missions?|travell?ed to|tours? of|"
                     r"stayed in(?= (?-i:[A-Z]))|"
                     r"paid (?:a|an) (?:[\w-]+ )?call on|led (?:a|an|the) (?:[\w-]+ ){0,2}"
                     r"delegation to)\b"), 0),
        ("visit", _p(r"\barrived in(?= (?-i:[A-Z]))"), -1),
        ("visit", _p(r"\b(?:delegations?|delegates|(?<!the )missions?)\b(?=.{0,80}?\b(?:arriv|"
                     r"welcom|receiv|came|travel|tour|led by|headed by|visit|held (?:talks|"
                     r"meetings)|met\b))|\bthe mission\b(?=.{0,80}?\b(?:arriv|led by|headed by|"
                     r"held (?:talks|meetings)|met\b|visit))|\b(?:welcomed|received|hosted)\s+"
                     r"(?:a|an|another|the)\s+(?:[\w-]+\s+)?delegations?\b"), -1),
        ("visit", _p(r"\bwelcomed\b(?=.{0,300}?\bto\b)"), -2),
        ("meeting", _p(r"\b(?:meetings?|round[- ]?tables?(?: discussions?)?|general assembly|"
                       r"working sessions?|(?<=held )talks|dialogues?|met with|received|"
                       r"(?:discussed|held discussions|held talks|conferred) with)\b"), 0),
        # "experts … met in Vienna to work together on …": met, no event word.
        ("workshop", _p(r"\bmet\b(?=[^.;]{0,120}?\bto work (?:together )?on\b)"), -1),
        # "met in Cairo", "met on 5 May", "met between the 8th and …", "met online";
        # never "demand was met in full".
        ("meeting", _p(r"\bmet(?=\s+(?:(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])|(?:on|between|from|"
                       r"during)\s+(?:the\s+)?(?:\d|(?-i:[A-Z]))|(?:virtually|online)\b))"), -1),
        ("seminar", _p(r"\b(?:seminars?|webinars?|lectures?|salons?|panel discussions?)\b"), 0),
        ("workshop", _p(r"\bworkshops?\b"), 0),
        ("forum", _p(r"\b(?<!sub-)for(?:um|ums|a)\b"), 0),
        ("conference", _p(r"\b(?:conferences?|summits?|congress|symposi(?:um|a)|colloqui(?:um|a)|"
                          r"conventions?)\b"),
         0),
        ("training", _p(r"\b(?:training (?:course|session|programme|program|class|camp|week)s?|"
                        r"training[- ]of[- ]trainers|trainings|"
                        r"(?:(?<=\ba )|(?<=\bthe ))training(?= (?:on|in|for|of)\b)|"
                        r"(?:short|intensive|summer|winter|online|graduate|certificate) courses?|"
                        r"(?:summer|winter|spring|autumn) schools?|"
                        r"courses?(?= (?:commenced|began|started|opened|ended|concluded|closed|"
                        r"was held|took place|ran)\b)|"
                        r"capacity[- ]building (?:week|course|session|programme|program|"
                        r"workshop|training|seminar)s?|(?:boot ?camp|masterclass)(?:es|s)?)\b"),
         1),
        ("launch", _p(r"\b(?:launch(?:ed|es|ing)?|inaugurat(?:ed|ion|es)|unveil(?:ed|s|ing)?|"
                      r"opening ceremony)\b"), -1),
        ("exhibition", _p(r"\b(?:exhibitions?|expos?)\b"), -1),
    ),
    occurred=_p(r"\b(?:signing (?:of|ceremony)|(?:was|were|been) (?:held|organi[sz]ed|hosted|"
                r"convened|launched|signed|conducted|opened|attended)|held|hosted|organi[sz]ed|"
                r"convened|launched|attended|participated|joined|visited|signed|took place|"
                r"co-hosted|co-organi[sz]ed|concluded|opened|kicked off|paid|made|had|received|"
                r"met|renewed|inaugurated|conducted|welcomed|wrapped up|travell?ed|toured|stayed|"
                r"commenced|formali[sz]ed)\b"),
    future=_p(r"\b(?:will|shall|plans? to|planned to|intends? to|is to|are to|to be held|set to|"
              r"upcoming|forthcoming|next year|next month|scheduled|call for (?:papers|proposals|"
              r"abstracts|applications|participants)|save the date)\b"),
    past=_p(r"\b(?:back in|last year'?s?|previous(?:ly)?|recent(?!ly)|earlier this year|years ago|"
            r"first (?:formali[sz]ed|signed|met)|since (?:then|(?:19|20)\d\d)|already|"
            r"in the past)\b"),
    online=_p(r"\b(?:online|virtual(?:ly)?|webinars?|video ?conferenc\w*|via (?:zoom|video|"
              r"teams|webex))"),
    not_event=_p(r"^\s*(?:room|hall|centre|center|building|venue|secretariat|series|"
                 r"organi[sz]ation|organi[sz]ers?|participants?|site|call)\b"),
    relative_now=_p(r"\b(?:recently|today|this (?:morning|afternoon|evening|week))\b"),
    gathered=_p(r"^met$"),
    series=_p(r"\bseries\b"),
    continues=_p(r"^(?:It|They|The (?:event|programme|program|course|session|training|"
                 r"workshop|seminar|meeting|conference|forum|mission|visit)s?)\s+(?:was\s+|were\s+)?"
                 r"(?:commenced|began|started|opened|ran|lasted|held|took place|continued|"
                 r"concluded|ended|closed)\b"),
    first_session=_p(r"\b(?:the|its|this) (?:inaugural|first|opening) (?:event|session|edition|"
                     r"episode|webinar|lecture|discussion)\b"),
    ends=_p(r"\b(?:until|till|through|up to|(?:concluded|ended|closed|finished|wrapped up|"
            r"ran|lasted|continued)(?: on| until| till)?|(?:between|during)\s+[^,;.]{2,30}?\s+"
            r"and)\s+(?:the\s+)?$"),
    happened=_p(r"^(?:(?:co-)?signed|visited|inaugurated|unveiled)$"),
    indefinite=_p(r"(?:^|(?<=\s))(?:a|an|another)\s"),
    introduces=_p(r"(?:^|\b(?:during|held|paid|attended|organi[sz]ed|hosted|had|made|joined|"
                  r"welcomed|received|also|then)\s+)(?:a|an|another)\s+(?:[\w-]+\s+){0,3}$"),
    place_before=_p(r"\b(?:in|at|visit(?:ed|ing)?|(?:visit|trip|mission|travell?ed|delegation) to|"
                    r"toured|"
                    r"arrived in|stayed in)\s+(?:the\s+)?$"),
)  # fmt: skip
