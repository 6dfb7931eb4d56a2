"""taccuino: source-grounded, time-resolved career facts from Italian football journalism."""

from .dates import Timex
from .dates import find as find_dates
from .errors import InputError, TaccuinoError
from .model import Birth, DocumentInfo, Extraction, Honour, Match, Quote, Stint
from .pipeline import extract

__all__ = ["extract", "find_dates", "Timex", "Extraction", "DocumentInfo", "Stint", "Honour", "Quote", "Birth", "Match",
           "TaccuinoError", "InputError"]
__version__ = "0.1.0"
