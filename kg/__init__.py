"""kg: geopolitical knowledge graphs from Polish, English and German news.

The public API; the ``kg`` command line only wraps these functions.
"""

from kg.records import Article, ActorRef, Claim, RELATIONS, SYMMETRIC

__all__ = ["Article", "ActorRef", "Claim", "RELATIONS", "SYMMETRIC"]
__version__ = "0.1.0"
