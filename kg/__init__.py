"""kg: geopolitical knowledge graphs from Polish, English and German news.

The public API; the ``kg`` command line only wraps these functions::

    import kg
    claims = kg.extract("Polska poparła Ukrainę.", lang="pl")
    claims, errors = kg.extract_paths(["articles/"])
"""

from kg.extract import extract, extract_article, extract_paths
from kg.records import RELATIONS, SYMMETRIC, ActorRef, Article, Claim

__all__ = [
    "ActorRef", "Article", "Claim", "RELATIONS", "SYMMETRIC",
    "extract", "extract_article", "extract_paths",
]
__version__ = "0.1.0"
