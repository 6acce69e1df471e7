"""The importer: raw press texts → articles linked to partners, people and events.

A pipeline of plain data (see STYLE.md point 4): ``read`` (bytes → text or
``ImportFileError``) → ``parse`` (text → ``ParsedArticle``, with ``chrome``,
``dates``, ``organisations``, ``people``, ``events`` and ``resolve`` doing the
extraction) → ``load`` (rows, one transaction per file, ``ImportReport``) →
``report`` (JSON contract and human summary).
"""
