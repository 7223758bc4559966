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

from scoring._version import __version__
from scoring.errors import QuellcheckError
from scoring.corpus.run import CorpusResult, analyze_corpus, run_corpus
from scoring.pipeline import AnalysisOptions, analyze, analyze_input
from scoring.results import ArticleAnalysis

__all__ = [
    "AnalysisOptions",
    "ArticleAnalysis",
    "CorpusResult",
    "QuellcheckError",
    "__version__",
    "analyze",
    "analyze_corpus",
    "analyze_input",
    "run_corpus",
]
