# Content editing: pages, versions, translations, snippets, warnings (team only).
