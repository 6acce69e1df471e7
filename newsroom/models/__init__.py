from newsroom.models.articles import Article, ArticlePartner, ArticleQuerySet, ArticleStatus
from newsroom.models.coverage import Coverage, Topic, TopicKind
from newsroom.models.events import Event, EventFormat, EventKind, EventPartner, EventQuerySet
from newsroom.models.import_review import ImportCorrection, NotOrganisation
from newsroom.models.partners import Partner, PartnerKind, PartnerQuerySet
from newsroom.models.people import Person, PersonQuerySet
from newsroom.models.redirects import Redirect
from newsroom.models.review_links import ReviewLink, ReviewVisit
from newsroom.models.uploads import PendingUpload

__all__ = [
    "Article",
    "ArticlePartner",
    "ArticleQuerySet",
    "ArticleStatus",
    "Coverage",
    "Event",
    "EventFormat",
    "EventKind",
    "EventPartner",
    "EventQuerySet",
    "ImportCorrection",
    "NotOrganisation",
    "Partner",
    "PartnerKind",
    "PartnerQuerySet",
    "PendingUpload",
    "Person",
    "PersonQuerySet",
    "Redirect",
    "ReviewLink",
    "ReviewVisit",
    "Topic",
    "TopicKind",
]
