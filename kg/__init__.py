"""kg: geopolitical knowledge graphs from Polish, English and German news.

The public API; the ``kg`` command line only wraps these functions.
"""

from kg.records import RELATIONS, SYMMETRIC, ActorRef, Article, Claim

__all__ = ["Article", "ActorRef", "Claim", "RELATIONS", "SYMMETRIC"]
__version__ = "0.1.0"
