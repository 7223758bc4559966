"""quellcheck: source criticism for news text.

Text goes in; validated tables of sentences, hedges, attributions, sources,
loaded wording and claims come out, with a per-article reliability profile.

>>> from scoring import analyze
>>> result = analyze("Laut der Polizei wurde niemand verletzt.", lang="de")
>>> result.sentences[0]["kind"]
'body'

Many articles at once (in memory; ``quellcheck corpus`` writes large corpora to disk):

>>> corpus = analyze_corpus(["Laut der Polizei wurde niemand verletzt.", "Die Stadt soll pleite sein."], lang="de")
>>> len(corpus.scores)
2
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from scoring._version import __version__
from scoring.errors import QuellcheckError

# The public API, imported when first used: ``import scoring`` (and so every command) stays light,
# and ``from scoring import analyze`` does not load pandas or the corpus machinery.
_LAZY = {
    "AnalysisOptions": "scoring.pipeline",
    "ArticleAnalysis": "scoring.results",
    "ArticleFeatures": "scoring.research.features",
    "CorpusResult": "scoring.corpus.run",
    "analyze": "scoring.pipeline",
    "analyze_corpus": "scoring.corpus.run",
    "analyze_input": "scoring.pipeline",
    "run_corpus": "scoring.corpus.run",
}

if TYPE_CHECKING:
    from scoring.corpus.run import CorpusResult, analyze_corpus, run_corpus
    from scoring.pipeline import AnalysisOptions, analyze, analyze_input
    from scoring.research.features import ArticleFeatures
    from scoring.results import ArticleAnalysis


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'scoring' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "AnalysisOptions",
    "ArticleAnalysis",
    "ArticleFeatures",
    "CorpusResult",
    "QuellcheckError",
    "__version__",
    "analyze",
    "analyze_corpus",
    "analyze_input",
    "run_corpus",
]
