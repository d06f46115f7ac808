"""Match written names and employee numbers to the people on the roster (Dutch names).

``NameIndex(people).match(text)`` finds who is meant by a name in an imported response,
strictest rule first, and never guesses between namesakes; ``NameIndex.search`` is the kiosk's
type-ahead; ``split_names`` splits a free-text field that holds several names.
"""

from kennisnet.matching.index import AMBIGUOUS, UNIQUE, UNKNOWN, Match, NameIndex, number_key
from kennisnet.matching.names import PARTICLES, normalise
from kennisnet.matching.split import split_names

__all__ = [
    "AMBIGUOUS",
    "PARTICLES",
    "UNIQUE",
    "UNKNOWN",
    "Match",
    "NameIndex",
    "normalise",
    "number_key",
    "split_names",
]
