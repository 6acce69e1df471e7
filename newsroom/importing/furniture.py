"""Page furniture: what a web page sets among the text wherever it stands.

Accessibility links, reading times, share and comment widgets, ads, font
buttons, image file names and the captions under them, photo credits, wire
marks, a wire's disclaimer, a publisher's registration number and the list
of other stories that ends a page. ``chrome.strip_chrome`` blanks them; the
patterns are shapes of pages, never names of sites.
"""

from __future__ import annotations

import re

# Page furniture that is chrome wherever it stands, inside the body too:
# accessibility links, reading-time stamps, share and comment widgets, ads,
# font-size buttons, image file names, a byline's "Read more" link.
FURNITURE = re.compile(
    r"^(?:skip to (?:the )?(?:main )?(?:content|navigation|menu|search)\b.{0,40}|"
    r"(?:back|return|go) to (?:the )?top|top of (?:the )?page|"
    r"(?:(?:estimated )?reading time\s*[:：]?\s*)?(?:about\s+)?\d{1,3}\s*-?\s*"
    r"(?:min(?:ute)?s?\.?)\s*(?:read|reading(?:\s*time)?)|"
    r"(?:estimated )?read(?:ing)? time\s*[:：].{0,24}|"
    r"share(?:\s+(?:this|the)\s+(?:news|article|story|post|page))?\s*[:：]?|"
    r"leave a (?:comment|reply)|post (?:a )?comment|(?:no|\d+) comments?(?: yet)?|"
    r"comments?\s*\(\d+\)|your email address will not be published\b.{0,80}|"
    r"required fields are marked\s*\*?|[-–—\s]*(?:advertisement|advertising|sponsored"
    r"(?: content)?|ad)[-–—\s]*|legal disclaimer\s*[:：]?|a\s*-\s*a\s*a\s*\+|"
    r"[\w() -]{1,60}\.(?:jpe?g|png|gif|webp|bmp|tiff?)|"
    r"(?:[A-Z][\w.'’-]*\s+){0,4}read more\W*|share (?:on|via) \w+(?: \w+)?|"
    r"(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|print|pinterest|reddit|"
    r"wechat|weibo|copy link|share)\s*[|/·•,]?\s*){2,}|scroll to continue(?: with content)?|"
    r"comments are closed\.?|(?:(?:read|see) (?:also|more)|also read)\s*[:：|»›].{1,160}|"
    r"(?:find|read|see|view|download|access|get)\s+(?:the\s+|our\s+)?(?:full\s+|complete\s+)?"
    r"(?:report|story|article|text|statement|publication|document|programme|program|agenda|"
    r"paper|study|interview|details|speech|presentation|gallery|photos)\s+here\W*|"
    r"click here\b.{0,60}|[-–•*]\s*(?:agenda|programme|program|gallery|photos|videos?|"
    r"downloads?|documents?|press kit)|"
    r"[-–•*]?\s*(?:categor(?:y|ies)|tags?|tagged(?: with)?|filed under|topics?|keywords?)"
    r"\s*[:：]?\s+[^.!?。]{1,200}|[-–•*]?\s*comments?\s*[:：]?\s*\d+\s*comments?|"
    r"(?:原文链接|原文地址|来源链接|原文网址|original (?:link|article|source))"
    r"\s*[:：]\s*\S.{0,300})$",
    re.IGNORECASE,
)
IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|tiff?)$", re.IGNORECASE)
# "中文 | English", "EN | FR", "Français English": a switch between the site's languages.
_LANGUAGE_NAME = (
    r"(?:EN|FR|ES|DE|PT|AR|RU|ZH|CN|JP|English|Français|Francais|Español|Espanol|Deutsch|"
    r"Português|Русский|العربية|中文|简体中文|繁體中文|简体|繁體|繁体|日本語|한국어)"
)
LANGUAGE_SWITCH = re.compile(rf"^{_LANGUAGE_NAME}(?:\s*[|/·•]?\s*{_LANGUAGE_NAME})+$")
# A wire service's mark opening a line: "(MENAFN- Source)", "(ANI)", "– Agency –".
# A hyphen's pair only as a line of its own: "- Jane Doe - Director" is a list item.
WIRE_MARK = re.compile(
    r"^(?:\([A-Z]{2,10}(?:\s*[-–]\s*[^()]{1,40})?\)|[–—]{1,2}\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    r"\s*[–—]{1,2}|-{1,2}\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*-{1,2}$)(?=\s|$)\s*"
)
# The boilerplate of a wire's page: "… provides the information "as is" without warranty …".
DISCLAIMER = re.compile(
    r"\bwithout warranty of any kind\b|\baccept (?:any|no) responsibility or liability\b|"
    r"\bprovides? the information\b.{0,12}\bas is\b|免责声明|版权归原作者|如有侵权",
    re.IGNORECASE,
)
# What a caption says of the people in a photo: "… glances at …", "… poses for …".
_PHOTO_CAPTION = re.compile(
    r"\b(?:glances? at|pose[sd]? (?:for|with)|posing|poses\b|pictured|looks? on|"
    r"from (?:left|right)(?: to (?:right|left))?|\((?:left|right|cent(?:re|er)|l-r|"
    r"(?:second |third )?from (?:left|right))\)|\baddressing (?:the )?(?:[\w-]+ ){0,3}"
    r"(?:participants|audience|attendees|delegates|guests|students|gathering|meeting|forum|"
    r"workshop|seminar|conference|ceremony)\b|\bparticipants and (?:staff|organi[sz]ers|"
    r"guests|speakers|trainers|facilitators|lecturers)\b|^field (?:trip|visit)s? (?:during|to|at|"
    r"of|in)\b|\b(?:photo|foto|image|picture)s?\s*[:：]\s*[A-Z][^!?]{0,60}$)",
    re.IGNORECASE,
)
# The heading of a list of other articles at the end of the page.
_RELATED_HEADING = re.compile(
    r"^(?:related(?: (?:news|articles?|posts?|stories|content|links|reading|topics))?|news|"
    r"latest(?: (?:news|posts|stories|articles))?|more (?:news|stories|articles)|"
    r"read (?:also|more)|see also|also read|you (?:may|might) also like|recommended"
    r"(?: for you)?|most (?:read|popular)|popular (?:posts|news|articles)|other news|"
    r"recent (?:news|posts|articles)|leave a (?:comment|reply)|(?:\d+ )?comments?|"
    r"post (?:a )?comment)\s*[:：]?$",
    re.IGNORECASE,
)
# "March 25, 2024 · 3 min read": a reading time after a date line.
READING_TIME = re.compile(
    r"(?:^|\s*[|·•–—-]\s*)(?:(?:estimated )?read(?:ing)? time\s*[:：]?\s*)?(?:about\s+)?"
    r"\d{1,3}\s*-?\s*min(?:ute)?s?\.?(?:\s*read(?:ing)?(?:\s*time)?)?\s*$",
    re.IGNORECASE,
)
# "… (Photo: Jane Doe)": the photographer's credit closing a caption; "… (J.Cl.)":
# the writer's initials closing the text.
CREDIT_TAIL = re.compile(
    r"\s*(?:[(\[]\s*(?i:photo(?:graph)?s?|pictures?|images?|fotos?|crédits? photo|"
    r"photo credits?)\s*(?i:by)?\s*[:：]?\s*[^()\[\]]{1,60}[)\]]|"
    r"\((?:[A-Z][a-z]{0,2}\.\s?){1,3}\))$"
)
# A publisher's registration number in the footer: "RIF: 20013038-5", "VAT No. 123 456".
_LEGAL_ID = re.compile(
    r"\b(?:RIF|RUC|NIT|CUIT|CUIL|RFC|CNPJ|SIRET|SIREN|VAT|TVA|ABN|GSTIN|TIN|EIN|UEN)"
    r"\s*(?:[Nn]o\.?|[Nn][º°]\.?)?\s*[:：#]?\s*[A-Z]?-?\d[\d. -]{4,}"
)
# A reference to a publication: "Doe, J. and Roe, K. (2023). Title. Journal, 4(2), 1-9."
BIBLIOGRAPHIC = re.compile(
    r"^(?:[A-Z][\w'’-]+,\s*(?:[A-Z]\.\s*)+(?:,|&|and)?\s*){1,8}(?:et al\.?\s*)?"
    r"\((?:19|20)\d\d[a-z]?\)[.,]|\bdoi\s*[:：]\s*10\.\d{4,}/\S+|\bhttps?://doi\.org/10\."
)
# A credit alone in parentheses closing the text: "(Office of International Affairs)".
CREDIT_LINE = re.compile(r"^[(（][^()（）\d.!?。！？]{2,60}[)）]$")
BODY_STARTED = 150  # characters of a line that is surely a paragraph of the body


def _words(line: str) -> list[str]:
    return line.split()


def is_legal_id(line: str) -> bool:
    return len(line) <= 200 and bool(_LEGAL_ID.search(line))


def caption_length(line: str) -> bool:
    """A caption is a phrase or one short sentence; a paragraph runs on."""
    if re.search(r"[\u3400-\u9fff]", line):  # Chinese: a phrase, no full stop
        return len(line) <= 30 and not re.search(r"[。！？]", line)
    words = len(_words(line))
    return words <= 12 or (words <= 25 and not re.search(r"[.!?。！？]\s*[\"”’)]*$", line))


def is_photo_caption(line: str) -> bool:
    """ "The rector glances at the exhibition": a caption, not a sentence of the news."""
    return (
        len(_words(line)) <= 30
        and not re.search(r"[.!?;:。！？]\s*[\"”’)]*$", line)
        and bool(_PHOTO_CAPTION.search(line))
    )


def drop_related_list(lines: list[str], kept: list[str], drop) -> None:
    """ "Related" (or "Latest news") over a list of other headlines, and a
    comment form ("Leave a Comment", "Name", "Email"), end the page."""
    last_long = max(
        (i for i, line in enumerate(kept) if len(line.strip()) >= BODY_STARTED), default=-1
    )
    heading = next(
        (i for i in range(last_long + 1, len(lines)) if _RELATED_HEADING.match(lines[i].strip())),
        None,
    )
    if last_long < 0 or heading is None:
        return
    for j in range(heading, len(kept)):
        if kept[j].strip():
            drop(j)
