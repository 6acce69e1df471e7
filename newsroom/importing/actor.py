"""Who an import acts for, and what that lets it change.

The upload page imports as the logged-in user; ``import_articles`` as the
user named by ``--user``, or without one as the system, with an Editor's
rights. Whoever it is, every change is a revision with its author and a
comment, and (when there is a user) an entry in the admin's change log.

For a Writer the rules of the back office hold: nothing a public page shows
changes. A changed text of a published article becomes a *proposed
revision*: a version in the article's History that an Editor accepts by
reverting to it; the article itself is not touched. Links are removed only
where the user may delete them, and a public partner, person or event is
never renamed or relinked (``newsroom.models.reviewable``).
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass

import reversion
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from reversion.models import Version

from newsroom.models.reviewable import is_editor


@dataclass(frozen=True)
class Actor:
    user: object | None = None  # a User; None is the system

    @property
    def is_editor(self) -> bool:
        return is_editor(self.user)

    @property
    def name(self) -> str:
        return self.user.get_username() if self.user is not None else "the import command"

    def may(self, permission: str) -> bool:
        return self.user is None or self.user.has_perm(permission)

    def may_change(self, obj) -> bool:
        return obj.may_change(self.user)

    @contextmanager
    def revision(self, comment: str):
        """A revision of everything saved inside the block, by this actor."""
        with reversion.create_revision():
            reversion.set_user(self.user)
            reversion.set_comment(comment)
            yield

    def log(self, obj, created: bool, message: str) -> None:
        """The admin's change log (it needs a user: the system leaves the revision only)."""
        if self.user is None:
            return
        LogEntry.objects.log_actions(
            user_id=self.user.pk,
            queryset=[obj],
            action_flag=ADDITION if created else CHANGE,
            change_message=message,
            single_object=True,
        )


def already_proposed(article, digest: str) -> bool:
    """Whether a revision proposing the text with this hash is in the History."""
    return Version.objects.get_for_object(article).filter(serialized_data__contains=digest).exists()
