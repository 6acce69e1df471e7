"""The site's list of words that are not organisations, in the admin.

Editors add to it from the review page ("not an organisation") or here, and
remove words from it here; the importer never proposes a listed phrase as a
partner again. Writers read it.
"""

from django.contrib import admin

from newsroom.models import NotOrganisation


@admin.register(NotOrganisation)
class NotOrganisationAdmin(admin.ModelAdmin):
    list_display = ["words", "note", "created_by", "created_at"]
    search_fields = ["words", "note"]
    fields = ["words", "note", "created_by", "created_at"]
    readonly_fields = ["created_by", "created_at"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
