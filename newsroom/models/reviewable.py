"""The rule for what Writers may change outside articles.

Writers create and edit only what no public page shows yet; anything a public
page shows waits for an Editor. A partner, person or event is public when an
Editor approved it (``reviewed``) or when a published article names it
(``public_from``, kept by ``newsroom.models.visibility``); a Writer's new one
is neither until an Editor approves it or publishes an article that names it.
"""

from django.db import models

EDITOR_PERMISSION = "newsroom.publish_article"


def is_editor(user) -> bool:
    """``None`` is the system (a command run without ``--user``): Editor rights."""
    return user is None or user.has_perm(EDITOR_PERMISSION)


class Reviewable(models.Model):
    reviewed = models.BooleanField(
        "approved by an Editor",
        default=False,
        help_text="Approved entries are public even before a published article names them. "
        "Until then only a published article makes them public. Only Editors approve, and "
        "only Editors change an entry the public can see.",
    )

    class Meta:
        abstract = True

    @property
    def is_shown(self) -> bool:
        """Whether a public page shows it now or will at a publish time already set."""
        return self.public_from is not None

    def may_change(self, user) -> bool:
        """Writers change only what no public page shows (see the module's rule)."""
        return is_editor(user) or not self.is_shown


def approve_hand_entered() -> None:
    """Approve every partner, person and event that no article names: what a
    bulk load entered by hand (the demo), public as such."""
    from newsroom.models import Article, ArticlePartner, Event, Partner, Person

    links = {
        Partner: ArticlePartner.objects.values("partner"),
        Person: Article.people.through.objects.values("person"),
        Event: Article.events.through.objects.values("event"),
    }
    for model, linked in links.items():
        model.objects.exclude(pk__in=linked).update(reviewed=True)
