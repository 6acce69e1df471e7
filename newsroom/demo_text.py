"""The words of the demo content: names, places, topics and press-release prose.

Texts are assembled from sentence patterns in the register of the seed press
releases (visits, seminars, forums, signings). Bodies are paragraphs of text
with ``&``, ``<`` and ``>`` escaped and typographic quotes only, which is
exactly what the sanitiser would keep: they can be bulk-inserted unchanged.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

HOST = "Belt and Road Research Center"
HOST_SHORT = "BRRC"

CITIES = [
    ("Chengdu", "CN", "China"),
    ("Chongqing", "CN", "China"),
    ("Kunming", "CN", "China"),
    ("Shenzhen", "CN", "China"),
    ("Beijing", "CN", "China"),
    ("Bangkok", "TH", "Thailand"),
    ("Chiang Mai", "TH", "Thailand"),
    ("Vientiane", "LA", "Laos"),
    ("Phnom Penh", "KH", "Cambodia"),
    ("Hanoi", "VN", "Viet Nam"),
    ("Yangon", "MM", "Myanmar"),
    ("Kuala Lumpur", "MY", "Malaysia"),
    ("Jakarta", "ID", "Indonesia"),
    ("Manila", "PH", "the Philippines"),
    ("Dhaka", "BD", "Bangladesh"),
    ("Colombo", "LK", "Sri Lanka"),
    ("Kathmandu", "NP", "Nepal"),
    ("Islamabad", "PK", "Pakistan"),
    ("Astana", "KZ", "Kazakhstan"),
    ("Tashkent", "UZ", "Uzbekistan"),
    ("Ulaanbaatar", "MN", "Mongolia"),
    ("Belgrade", "RS", "Serbia"),
    ("Budapest", "HU", "Hungary"),
    ("Athens", "GR", "Greece"),
    ("Riyadh", "SA", "Saudi Arabia"),
    ("Cairo", "EG", "Egypt"),
    ("Nairobi", "KE", "Kenya"),
    ("Addis Ababa", "ET", "Ethiopia"),
]

FIELDS = [
    "Renewable Energy",
    "Environmental Technology",
    "Digital Economy",
    "Water Resources",
    "Sustainable Agriculture",
    "Transport and Logistics",
    "Climate Policy",
    "Public Health",
    "Urban Planning",
    "Low-carbon Development",
    "Disaster Risk Reduction",
    "Trade and Investment",
    "Energy Conservation",
    "Smart Cities",
]

INTERGOVERNMENTAL = [
    ("United Nations Development Programme", "UNDP"),
    ("Asian Development Bank", "ADB"),
    ("United Nations Environment Programme", "UNEP"),
    ("Mekong River Commission", "MRC"),
    ("ASEAN Centre for Energy", "ACE"),
    ("Economic and Social Commission for Asia and the Pacific", "ESCAP"),
    ("Asian Infrastructure Investment Bank", "AIIB"),
    ("International Renewable Energy Agency", "IRENA"),
]

TOPICS = [
    "green energy",
    "climate change",
    "digital economy",
    "capacity building",
    "water security",
    "sustainable agriculture",
    "carbon neutrality",
    "energy efficiency",
    "infrastructure",
    "trade",
    "education",
    "public health",
    "smart cities",
    "disaster risk reduction",
    "circular economy",
    "technology transfer",
    "youth exchange",
    "biodiversity",
    "urban planning",
    "transport",
    "tourism",
    "food security",
    "financing",
    "air quality",
    "hydropower",
    "solar power",
    "electric mobility",
    "policy dialogue",
]

POSITIONS = [
    "Director",
    "Deputy Director",
    "Secretary General",
    "Senior Engineer",
    "Professor",
    "Associate Professor",
    "Research Fellow",
    "Programme Officer",
    "Head of International Cooperation",
    "Vice President",
    "Minister Counsellor",
    "Chief Executive Officer",
]

GIVEN_NAMES = [
    "Dingping", "Siyu", "Shiqin", "Yi", "Xiaofei", "Wenchao", "Li", "Hui", "Jun", "Mei",
    "Somchai", "Suda", "Anong", "Kittisak", "Nguyen", "Linh", "Bojan", "Milica", "Aigerim",
    "Timur", "Abdulrahman", "Fatima", "Rahul", "Priya", "Siti", "Budi", "Maria", "Jose",
    "Grace", "Samuel", "Erdene", "Bolormaa", "Dimitris", "Eleni", "Kamal", "Nadia",
]  # fmt: skip
FAMILY_NAMES = [
    "Ma", "Zhao", "Zhang", "Wang", "Xue", "Chen", "Liu", "Yang", "Huang", "Zhou",
    "Srisuk", "Chaiyaporn", "Wongsa", "Tran", "Pham", "Lalic", "Petrovic", "Nurlanovna",
    "Karimov", "Elkhereiji", "Hassan", "Sharma", "Perera", "Rahman", "Santoso", "Reyes",
    "Otieno", "Bekele", "Batbayar", "Papadopoulos", "Toth", "Silva",
]  # fmt: skip


@dataclass(frozen=True)
class ArticleText:
    title: str
    standfirst: str
    body: str


def person_names(rng: random.Random, count: int) -> list[str]:
    return [f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}" for _ in range(count)]


def _title(text: str) -> str:
    return text[:1].upper() + text[1:]


def event_title(rng: random.Random, kind: str, partner: str, topic: str, city: str) -> str:
    patterns = {
        "visit": ["Visit of a delegation from {partner}", "{partner} delegation visit"],
        "seminar": ["Seminar on {topic}", "{city} seminar on {topic}"],
        "forum": ["Belt and Road Forum on {topic}", "{city} Forum on {topic}"],
        "conference": ["International Conference on {topic}"],
        "meeting": ["Working-group meeting on {topic}", "Joint committee meeting on {topic}"],
        "signing": ["Signing of a memorandum of understanding with {partner}"],
        "workshop": ["Workshop on {topic} in {city}", "Technical workshop on {topic}"],
        "training": ["Training course on {topic}"],
        "exhibition": ["Exhibition on {topic} in {city}"],
        "launch": ["Launch of a report on {topic}", "{partner} launches a {topic} initiative"],
    }
    return _title(rng.choice(patterns[kind]).format(partner=partner, topic=topic, city=city))


HEADLINES = {
    "visit": [
        "Delegation from {p} visits the {host}",
        "{p} and {host_short} explore cooperation on {topic}",
    ],
    "signing": [
        "{host_short} and {p} sign a memorandum of understanding on {topic}",
        "New agreement with {p} on {topic}",
    ],
    None: [
        "{event} brings together {p} and {q}",
        "{event} concluded successfully in {city}",
        "Experts from {p} share experience on {topic} at the {event_short}",
    ],
}
OPENINGS = [
    "On {date}, the {event_lower} was held in {city}, jointly organised by the {host} and {p}.",
    "On {date}, a delegation from {p} visited the {host} to discuss cooperation on {topic}.",
    "The {host} welcomed representatives of {p} and {q} on {date} for the {event_lower}.",
    "On {date}, the {host} and {p} met in {city} for the {event_lower}, the latest step in "
    "a partnership that has grown steadily over the past years.",
]
ATTENDANCE = [
    "Nearly {n} government representatives, experts, scholars and entrepreneurs from the "
    "Belt and Road countries took part in the exchanges.",
    "The group was led by {speaker}, {position} of {p}, together with colleagues from its "
    "international department.",
    "More than {n} participants attended in person and online, including researchers, "
    "students and staff of partner organisations.",
    "{speaker}, {position}, opened the meeting with a welcome address on the achievements "
    "of the past year.",
    "Representatives of {q} and several local institutions also joined the programme.",
]
SETTING = [
    "The programme combined keynote speeches, panel discussions and bilateral meetings.",
    "The meeting took place at the centre’s offices and was followed by a tour of its "
    "laboratories.",
    "Simultaneous interpretation was provided in English, Chinese and Thai.",
    "The sessions were chaired by senior researchers of the centre and of {p}.",
]
CONTEXT = [
    "{p}, established in {year}, works with members across the fields of {topic} and "
    "{topic2}, from applied research to public advice.",
    "{p} is a long-standing partner of the centre in research on {topic} and has hosted "
    "several of its researchers.",
    "Its strengths include training, applied research and public outreach on {topic}, "
    "as well as consulting services for enterprises and local governments.",
    "It is also a member of several international networks for {topic2}, which gives it "
    "access to experts across Asia, Europe and Africa.",
    "The organisation has carried out joint projects with universities in {country} and "
    "publishes an annual report on {topic2}.",
    "Over the past decade it has trained hundreds of engineers and officials in {topic}.",
    "Its experts regularly advise ministries and municipal governments on {topic2}.",
    "The partnership with the centre began with a joint seminar and has since grown into "
    "a programme of research and training.",
]
DISCUSSION = [
    "Participants discussed joint seminars on {topic} connecting academic research and "
    "industrial practice.",
    "Both sides exchanged views on {topic2} and on the needs of local communities in the region.",
    "{speaker} presented recent work on {topic} and its results in {country}, drawing on "
    "field data collected over several years.",
    "The discussions covered student exchange, joint publications, field visits and the "
    "sharing of data between the two institutions.",
    "Speakers stressed the role of {topic} in the sustainable development of the countries "
    "jointly building the Belt and Road.",
    "Representatives of {q} shared their experience of organising projects with local and "
    "international institutions.",
    "A panel of young researchers presented case studies on {topic2} from {country}.",
    "The participants also reviewed the progress of projects launched at earlier meetings.",
    "Questions from the audience focused on financing, training and the role of local governments.",
    "Several speakers called for common standards and better data on {topic}.",
]
OUTCOMES = [
    "Both parties agreed to set up a working group on {topic} before the end of the year.",
    "A memorandum of understanding was signed to deepen cooperation on {topic} and {topic2}.",
    "The meeting identified three pilot projects for the coming year, to be led jointly by "
    "the centre and {p}.",
    "The partners will prepare a joint report on {topic2} for policy makers in the region.",
    "Further meetings are planned to follow up on the results and to involve more partners.",
    "The two institutions will exchange visiting researchers from next semester.",
]
QUOTES = [
    "“Cooperation on {topic} is essential for our shared future,” said {speaker}.",
    "“We look forward to turning these discussions into concrete projects,” {speaker} noted.",
    "According to {speaker}, the exchange “opened new paths for research on {topic}.”",
    "“Our partners bring experience that no single institution could build alone,” "
    "{speaker} added.",
]
CLOSINGS = [
    "These exchanges provide valuable insights for the {host_short} as it shares its work "
    "with a wider community.",
    "The {host} will continue to promote dialogue between its partners in the region.",
    "The event ended with a visit to the centre’s laboratories and a group photo.",
    "Materials from the meeting will be published on the centre’s website.",
]
LOWERCASE_FIRST = {
    "Seminar", "Workshop", "Training", "Visit", "Signing", "Working-group", "Joint",
    "Technical", "Exhibition", "Meeting",
}  # fmt: skip


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def article_text(
    rng: random.Random, event, partners: list, speakers: list, topic: str, date_text: str
) -> ArticleText:
    """Headline, standfirst and body of an article about ``event`` with ``partners``;
    ``date_text`` is the day it tells of when the event's date is not known."""
    p = partners[0].name
    q = partners[1].name if len(partners) > 1 else "local institutions"
    speaker = speakers[0]
    event_name = event.title if event else f"Meeting on {topic}"
    values = {
        "p": p,
        "q": q,
        "host": HOST,
        "host_short": HOST_SHORT,
        "topic": topic,
        "topic2": rng.choice(FIELDS).lower(),
        "event": event_name,
        "event_lower": (
            event_name[:1].lower() + event_name[1:]
            if event_name.split()[0] in LOWERCASE_FIRST
            else event_name
        ),
        "event_short": event_name.split(" on ")[0].lower(),
        "city": event.city if event and event.city else "Bangkok",
        "country": rng.choice(CITIES)[2],
        "date": event.date_text if event and event.date_text else date_text,
        "speaker": speaker.name,
        "position": speaker.position or "representative",
        "n": rng.choice([30, 50, 80, 120, 200]),
        "year": rng.randint(1950, 2020),
    }
    kind = event.kind if event and event.kind in HEADLINES else None
    title = _title(rng.choice(HEADLINES[kind]).format(**values))

    def sentences(pool: list[str], k: int) -> list[str]:
        return [sentence.format(**values) for sentence in rng.sample(pool, k)]

    discussion = sentences(DISCUSSION, rng.randint(5, 8))
    quotes, closings = sentences(QUOTES, 3), sentences(CLOSINGS, 3)
    opening = rng.choice(OPENINGS).format(**values)
    paragraphs = [
        [opening, *sentences(ATTENDANCE, 2), *sentences(SETTING, 1)],
        sentences(CONTEXT, rng.randint(3, 5)),
        discussion[:3],
        [*sentences(OUTCOMES, 2), quotes[0], closings[0]],
    ]
    for n in range(rng.randint(0, 2)):
        paragraphs.insert(3, [*discussion[3 + 2 * n : 5 + 2 * n], quotes[n + 1], closings[n + 1]])
    text_paragraphs = [" ".join(p) for p in paragraphs if p]
    standfirst = opening
    body = "".join(f"<p>{_escape_text(text)}</p>" for text in text_paragraphs)
    return ArticleText(title=title[:300], standfirst=standfirst, body=body)
