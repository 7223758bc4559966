"""``quellcheck lsp``: quellcheck's findings inside the editor, as a Language Server.

The server (:mod:`.server`, on pygls) publishes the findings of ``quellcheck
check`` as diagnostics for Markdown, plain-text and HTML documents while they
are edited, and offers the neutral wording of a loaded term as a quick fix.
What it checks, and how, is ``check``'s: the same rules, configuration
discovery and inline suppression (:mod:`scoring.lint.check`).

* :mod:`.positions` — offsets in a document to LSP positions (0-based lines,
  columns in UTF-16 code units or the encoding the client chose);
* :mod:`.diagnose` — one document's text in, editor-neutral problems out: the
  adapter between the editor's documents and ``check``; no pygls in it;
* :mod:`.server` — the protocol: debouncing, a worker thread for analyses,
  stale results dropped, diagnostics and code actions.

Only :mod:`.server` imports pygls (0.3 s), so ``quellcheck --help`` stays fast.
"""
