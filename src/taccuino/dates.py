"""Italian temporal expressions -> partial ISO dates, times, seasons and durations, anchored.

`find(text, published)` is the entry point: `tag(text)` finds expressions; `resolve(timexes, text,
published)` gives each its value, using the publication date for deictic expressions ("settembre
scorso", "ieri", "sabato alle 15") and the story's own last date for narrative ones ("un anno dopo",
"due giorni prima"); the tense of the clause decides a yearless day, month or weekday.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import ahocorasick

from .knowledge import words

Span = tuple[int, int]


@dataclass
class Timex:
    span: Span
    text: str
    kind: str  # absolute | day_month | month_year | month | season | year | range | rel | narr | duration
    type: str = "date"  # date | time | season | duration
    parts: dict[str, object] = field(default_factory=dict)
    value: str | None = None  # ISO partial date, season "2003-04", duration "P3Y", range "2009/2011"
    start: str | None = None  # for ranges and seasons: the first year/date
    end: str | None = None
    anchor: str = "none"  # published | narrative | none
    prep: str | None = None  # from | until | in

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "start": self.span[0], "end": self.span[1], "type": self.type,
                "value": self.value, "anchor": self.anchor}


@lru_cache(maxsize=1)
def _vocab() -> dict[str, dict[str, Any]]:
    months = words("dates", "months")
    short = words("dates", "months_short")
    return {
        "months": {m: i + 1 for i, m in enumerate(months)} | {s: i + 1 for i, s in enumerate(short)},
        "weekdays": {w: i for i, w in enumerate(words("dates", "weekdays"))},
        "numbers": dict(words_map("numbers")),
        "units": dict(words_map("units")),
    }


def words_map(key: str) -> dict[str, Any]:
    from .knowledge import lexicon
    return dict(lexicon()["dates"][key])


_Q = r"(?:quasi|oltre|appena|circa|poco più di|più di|meno di|ben|almeno|altri|solo)\s+"
_DUR_PREFIX = re.compile(rf"(?:\b(?:per|da|dopo|in|resta|rimane|rimase|restò|rimasto|restando|rimanendo|di)\s+(?:{_Q})?"
                         rf"(?:altr[ieao]\s+|ulterior[ie]\s+)?|\b(?:appena|soli|solo)\s+)$", re.I)
_DUR_START = re.compile(r"(?:^|[.:;]\s|[Rr]:\s)$")
_BARE_UNITS = ("giorn", "settiman", "mes", "minut", "ore", "ora")
_DUR_SCANNED = ("bare_duration", "day_month", "month", "ago")  # kinds read off another's scan ('duration', ...)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    v = _vocab()
    mon = "|".join(sorted(v["months"], key=len, reverse=True))
    wd = "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi"
    num = "|".join(sorted(v["numbers"], key=len, reverse=True))
    y4 = r"(?:19|20)\d\d"
    season = rf"{y4}\s*[/\-–]\s*(?:\d{{2}}|{y4})"
    yr = rf"(?:{season}|{y4})"
    unit = r"anni|anno|stagioni|stagione|mesi|mese|settimane|settimana|giorni|giorno"
    n = (r"(?:\d+|un[oa]?|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici|"
         r"sedici|diciassette|diciotto|diciannove|cento|mezzo|(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)"
         r"(?:[ia](?:due|tre|tré|quattro|cinque|sei|sette|nove)?|uno|otto|['’]))")  # number words to 99, as one tree
    del num  # (the vocabulary's list, which this tree must cover, is checked after each match)
    pats = [
        ("range", rf"\b(?:dal(?:l')?|tra\s+il|fra\s+il|tra|fra|dall')\s*(?P<a>{yr}|\d\d/\d\d)\s+"
                  rf"(?:al|e\s+il|ed\s+il|e\s+l'|e|fino\s+al|ed)\s*(?P<b>\d\d/\d\d)\b"),
        ("range", rf"\b(?:dal(?:l')?|tra\s+il|fra\s+il|tra|fra|dall')\s*(?P<a>{yr}|'\d\d)\s+"
                  rf"(?:al|e\s+il|ed\s+il|e\s+l'|e|fino\s+al|ed)\s*(?P<b>{yr}|'\d\d)\b"),  # ('dal '62 al '64')
        ("month_year_range", rf"\b(?:dal|dall'|tra\s+il|fra\s+il|tra\s+l'|fra\s+l')\s*(?P<m1>{mon})\s+(?:del\s+)?(?P<y1>{y4})\s+"
                             rf"(?:al|all'|e\s+il|ed\s+il|e\s+l'|fino\s+al|fino\s+all')\s*(?P<m2>{mon})\s+(?:del\s+)?(?P<y2>{y4})\b"),
        ("day_range", rf"\b(?:dal|dall'|tra\s+il|fra\s+il)\s*(?P<d1>[12]?\d|3[01]|primo)(?:°|º)?(?:\s+(?P<m1>{mon}))?\s+"
                      rf"(?:al|all'|e\s+il|ed\s+il|fino\s+al)\s*(?P<d2>[12]?\d|3[01])(?:°|º)?\s+(?P<m2>{mon})"
                      rf"(?:\s+(?:del\s+)?(?P<y>{y4}))?\b"),
        ("month_range", rf"\b(?:da|dal|tra|fra)\s+(?P<m1>{mon})\s+(?:a|ad|al|e|ed)\s+(?P<m2>{mon})\s+(?:del\s+|dell'\s*)?(?P<y>{y4})\b"),
        ("absolute", rf"\b(?:(?P<wd>{wd})\s+)?(?P<d>[12]?\d|3[01])(?:°|º)?\s+(?P<m>{mon})(?:\.?\s+(?P<y>{y4}|'\d\d))?\b"),
        ("numeric", r"\b(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<y>(?:19|20)\d\d)\b"),
        ("day_month", rf"\b(?:(?P<wd>{wd})\s+)?(?P<d>[12]?\d|3[01])(?:°|º)?\s+(?P<m>{mon})\b"),
        ("wd_day", rf"\b(?P<wd>{wd})\s+(?P<d>[12]?\d|3[01])\b(?!\s*['’°ª]|\s*(?:minut|giornat|turno|gol|punt))"),
        ("month_year", rf"\b(?:(?P<mp>a|ad|in|nel|nell'|di|del|dell'|da|dal|dall'|fino\s+a|fino\s+ad|entro|per|a\s+fine|"
                       rf"a\s+inizio|a\s+metà|di\s+fine|fine|inizio)\s*)?(?P<m>{mon})\b"
                       rf"(?:\s+(?:del\s+|dell'\s*)?(?P<y>{y4})\b)?"),
        ("season", rf"\b(?P<a>{y4})\s*[/\-–]\s*(?P<b>\d{{2}}|{y4})\b"),
        ("yrange", rf"\b(?P<a>{y4})\s*[-–]\s*(?P<b>{y4})\b"),
        ("season2", r"(?:(?<=stagione )|(?<=nel )|(?<=del )|(?<=nella )|(?<=al )|(?<=dal )|(?<=nell')|(?<=nell’)|"
                    r"(?<=dell')|(?<=dell’)|(?<=all')|(?<=all’)|(?<=dall')|(?<=dall’)|(?<=nel ')|(?<=nel ’)|(?<=del ')|"
                    r"(?<=al ')|(?<=dal ')|(?<=\()|(?<=, )|(?<= e )|(?<=stagioni ))"  # 'nell'89/90', 'nel '89/90
                    rf"(?P<a>\d{{2}})/(?P<b>\d{{2}})\b(?!\s*(?:{mon})\b)(?!/)"),  # 'quattro scudetti (62/63, 64/65 e 70/71)'
        ("rel_month", rf"\b(?:(?:fino\s+a|fino\s+ad|a|ad|nel|dal|da|entro)\s+)?(?:(?:lo|la)\s+scors[oa]\s+(?P<m1>{mon})|(?<![0-9°º]\s)(?P<m2>{mon})\s+scorso|"
                      rf"(?P<next>(?:il\s+|la\s+)?prossim[oa]\s+(?P<m3>{mon})|(?P<m4>{mon})\s+prossimo))\b"),
        ("month_lastyear", rf"\b(?:(?:a|ad|nel|in|da|dal|fino\s+a)\s+)?(?P<m>{mon})\s+(?:(?:dell'|dello\s+)\s*anno\s+scorso|"
                           rf"dello\s+scorso\s+anno|dell'anno\s+passato)\b"),
        ("month_thisyear", rf"\b(?:(?:a|ad|nel|in|da|dal|fino\s+a)\s+)?(?P<m>{mon})\s+(?:di\s+quest['’]anno|dell'anno\s+in\s+corso)\b"),
        ("rel", r"\b(?:l'altro\s+ieri|ieri(?:\s+sera|\s+pomeriggio|\s+mattina)?|oggi|stamattina|stasera|"
                r"domani|stanotte|l'anno\s+scorso|dell'anno\s+scorso|lo\s+scorso\s+anno|quest'anno|"
                r"(?:la\s+|della\s+|nella\s+|dell'intera\s+|l'intera\s+)?scorsa\s+stagione|la\s+stagione\s+scorsa|"
                r"(?:la\s+|nella\s+|della\s+)?stagione\s+appena\s+(?:conclusa|terminata|finita|chiusa)|"
                r"domani\s+(?:sera|pomeriggio|mattina)|oggi\s+pomeriggio|"
                r"(?:nella|della|alla|in)\s+stagione\s+in\s+corso|(?:in\s+|nella\s+|della\s+)?questa\s+stagione|"
                r"la\s+prossima\s+stagione|la\s+stagione\s+(?:prossima|ventura)|(?:la|della|nella)\s+passata\s+stagione|"
                r"la\s+settimana\s+prossima|la\s+prossima\s+settimana|il\s+mese\s+prossimo|il\s+prossimo\s+mese|"
                r"l'anno\s+prossimo|il\s+prossimo\s+anno|"
                r"la\s+scorsa\s+estate|l'estate\s+scorsa|dall'estate\s+scorsa|dalla\s+scorsa\s+estate|"
                r"la\s+scorsa\s+primavera|lo\s+scorso\s+inverno|"
                r"la\s+settimana\s+scorsa|il\s+mese\s+scorso|la\s+prossima\s+estate|la\s+stagione\s+in\s+corso|"
                r"questa\s+stagione|quest'estate|in\s+estate|questa\s+mattina|questa\s+sera|fine\s+mese|fine\s+del\s+mese)\b"),
        ("ago", rf"\b(?P<n>{n})(?:\s+|(?<=['’]))(?P<u>{unit})\s+fa\b"),
        ("ahead", rf"\b(?:tra|fra)\s+(?P<n>{n})(?:\s+|(?<=['’]))(?P<u>{unit})\b(?!\s+(?:di|e)\b)"),
        ("wd_rel", rf"\b(?P<wd>{wd})(?:\s*(?P<dir>scors[oa]|prossim[oa]))?\b(?:\s+(?:sera|pomeriggio|mattina))?"),
        ("narr", rf"\b(?:(?:l'|la\s+|il\s+|nella\s+|nell'\s*)(?P<u2>anno|stagione|estate|giorno|mese)\s+"
                 rf"(?P<dir2>successiv[oa]|seguente|dopo|precedente)|in\s+quella\s+successiva|"
                 rf"(?P<few>pochi\s+mesi|poche\s+settimane|pochi\s+giorni)\s+(?:più\s+tardi|dopo)|"
                 rf"al\s+primo\s+anno|(?:(?:nell'|a\s+|in\s+|nel\s+mese\s+di\s+|(?:il\s+)?(?P<sd>[12]?\d|3[01])\s+)?(?P<sm>{mon})\s+)?"
                 rf"(?:dello|nello|lo)\s+stesso\s+anno|"
                 rf"(?:il\s+)?(?P<sd2>[12]?\d|3[01])\s+(?P<sm2>{mon})\s+di\s+quell'\s*anno|"
                 rf"(?P<week>la\s+settimana\s+(?:dopo|seguente|successiva|precedente))|"
                 rf"nell'estate\s+dello\s+stesso\s+anno|(?P<eve>la\s+sera\s+prima|la\s+vigilia|il\s+giorno\s+prima|"
                 rf"la\s+sera\s+precedente|il\s+giorno\s+precedente|l'indomani|il\s+giorno\s+dopo)|"
                 rf"(?P<that>quell'\s*(?:estate|anno|inverno)|quella\s+(?:stessa\s+)?stagione)|"
                 rf"(?P<eos>a\s+fine\s+stagione|al\s+termine\s+della\s+stagione|a\s+fine\s+campionato|"
                 rf"al\s+termine\s+di\s+quella\s+stagione|a\s+fine\s+anno))\b"),
        ("month", rf"\b(?:(?:a|ad|in|nel|nell'|di|del|dell'|da|dal|dall'|fino\s+a|fino\s+ad|entro|per|a\s+fine|"
                  rf"a\s+inizio|a\s+metà|di\s+fine|fine|inizio)\s*)(?P<m>{mon})\b(?!\s+(?:del\s+)?(?:19|20)\d\d)"),
        ("year_short", r"(?:(?<=nel )|(?<=del )|(?<=dal )|(?<=al )|(?<=estate del )|(?<=fino al ))'(?P<y>\d\d)\b"),
        ("year", rf"\b(?P<y>{y4})\b"),
        ("clock", r"\b(?:(?:alle|dalle|ore|alle\s+ore)\s+)?(?P<hh>[01]?\d|2[0-3])[:.](?P<mm>[0-5]\d)\b(?![.,]\d)"
                  r"|\b(?:alle|dalle|alle\s+ore)\s+(?P<hh2>[01]?\d|2[0-3])\b(?![.,:]?\d|\s*(?:%|euro|milioni|punti|gol|'))"),
        ("bare_duration", rf"\b(?P<n>{n})(?:\s+|(?<=['’]))(?P<u>giorni|settimane|mesi|minuti|ore)\b"
                          rf"(?!\s+(?:dopo|fa|più\s+tardi|prima(?!\s+(?:di|d'|che)\b)))"),
        ("duration", rf"\b(?P<n>{n})(?:\s+sol[oa])?(?:\s+|(?<=['’]))"
                     rf"(?P<u>{unit}|minuti|minuto|ore)\b"
                     rf"(?:\s+(?P<dir>fa|dopo|più\s+tardi|prima(?!\s+(?:di|d'|che)\b))\b"
                     rf"|(?:\s+e\s+(?:(?P<half>mezz[oa])|(?P<n2>{n})\s+(?P<u2>mesi|mese|settimane|settimana|giorni|giorno|"
                     rf"minuti|ore)\b))?(?!\s+(?:dopo|fa|più\s+tardi|prima(?!\s+(?:di|d'|che)\b))))"),
    ]
    return [(k, re.compile(p, re.IGNORECASE)) for k, p in pats]


@lru_cache(maxsize=1)
def _lower_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """The same patterns for lower-cased text, without IGNORECASE (about twice as fast to scan)."""
    return [(k, re.compile(rx.pattern)) for k, rx in _patterns()]


# things that look like dates but are not: ages, matchdays, minutes, names with years
_AGE = re.compile(r"(?:(?<!serie )\ba|età\s+di|di)\s*$", re.IGNORECASE)  # not 'in Serie A dopo due anni'
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.]*|Under|Euro|Mondiale|Calcio|FC|Fbc|Football|Club|via|Italia)\s*'?$")


_MONTHS_KINDS = ("month_year_range", "day_range", "month_range", "absolute", "day_month", "month_year", "rel_month",
                 "month_lastyear", "month_thisyear", "month")
_DIGIT_KINDS = ("numeric", "season", "yrange", "season2", "year_short", "year", "clock", "wd_day")
_UNIT_WORDS = (" ann", "'ann", "’ann", " stagion", " mes", " settiman", " giorn", " minut", " ore", " ora")
_SHAPES = {"#clock": re.compile(r"\d[.:][0-5]\d"), "#numdate": re.compile(r"\d[/.]\d"),
           "#apos": re.compile(r"['’]\d\d")}  # cheap shapes a kind needs before its full pattern is tried
_CLOCK_WORDS = ("alle ", "ore ")  # 'alle 20', 'dalle ore 15': a clock shape too (found by the guard-word pass)
_GUARDS: dict[str, tuple[str, ...]] = {  # a kind is only tried when its text has one of these (lower case)
    "ago": (" fa",), "ahead": ("tra ", "fra "), "duration": _UNIT_WORDS, "bare_duration": _UNIT_WORDS,
    "wd_rel": ("luned", "marted", "mercoled", "gioved", "venerd", "sabato", "domenica"),
    # every phrase of 'rel' holds one of these ('la scorsa stagione', 'quest'anno', 'la stagione in corso')
    "rel": ("ieri", "oggi", "domani", "stamattina", "stasera", "stanotte", "scors", "prossim", "quest", "in corso",
            "appena", "passata", "ventura", "in estate", "fine mese", "fine del mese"),
    "narr": ("dopo", "tardi", "prima", "successiv", "seguente", "precedente", "quell", "stess", "primo anno",
             "fine", "termine", "vigilia", "indomani"),
}


_RANGE_OPEN = ("dal ", "dal'", "dall'", "dall’", " tra ", " fra ", "tra il", "fra il", "tra l'", "fra l'", "tra 1", "tra 2",
               "fra 1", "fra 2", "tra 9", "fra 9")
_NEEDS: dict[str, tuple[str, ...]] = {  # besides a month or a digit, one of these must be in the text
    # a range opens with 'dal', 'dall'', 'tra' or 'fra' as words ('contratto' and 'altra' hold no 'tra ')
    "range": _RANGE_OPEN, "month_year_range": _RANGE_OPEN, "day_range": _RANGE_OPEN,
    "month_range": (*_RANGE_OPEN, "da "), "season": ("/", "-", "–"), "yrange": ("-", "–"), "season2": ("/",),
    "rel_month": ("scors", "prossim"), "month_lastyear": ("anno scorso", "scorso anno", "anno passato"),
    "month_thisyear": ("quest'anno", "quest’anno", "anno in corso"), "year_short": ("#apos",),
    "clock": ("#clock",), "numeric": ("#numdate",),
    "wd_day": ("luned", "marted", "mercoled", "gioved", "venerd", "sabato", "domenica"),
}


@cache
def _requirements(kind: str) -> tuple[bool, bool, tuple[tuple[str, ...], ...]]:
    """What a kind needs in a text before it is tried: a month, a digit, one word of each group."""
    groups = tuple(g for g in (_NEEDS.get(kind), _GUARDS.get(kind)) if g)
    return (kind in _MONTHS_KINDS, kind in _DIGIT_KINDS or kind in ("range", "absolute"), groups)


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _token_automaton() -> ahocorasick.Automaton:
    """Every guard word and month name at once: one Aho-Corasick pass finds each, overlapping ones included.
    A month is stored with its length, as it only counts as a whole word ('maggio', not 'maggiore')."""
    auto = ahocorasick.Automaton()
    for g in {g for d in (_NEEDS, _GUARDS) for gs in d.values() for g in gs if not g.startswith("#")} | set(_CLOCK_WORDS):
        auto.add_word(g, (g, 0))
    for name in _vocab()["months"]:
        n = str(name).lower()
        old = auto.get(n, None)
        auto.add_word(n, (old[0] if old else "", len(n)))
    auto.make_automaton()
    return auto


def _scan_words(low: str) -> tuple[set[str], bool]:
    """The guard words in a lower-cased text, and whether a month name stands in it as a word."""
    present: set[str] = set()
    month = False
    n = len(low)
    for end, (g, mlen) in _token_automaton().iter(low):
        if g:
            present.add(g)
        if mlen and not month:
            s = end - mlen + 1
            month = (s == 0 or not low[s - 1].isalnum()) and (end + 1 >= n or not low[end + 1].isalnum())
    return present, month


@lru_cache(maxsize=4096)
def _kinds(month: bool, digit: bool, present: frozenset[str], lower: bool = True) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The kinds worth trying on a text with these features, with their patterns, in priority order."""
    out = []
    for kind, _rx in (_lower_patterns() if lower else _patterns()):
        if kind in _DUR_SCANNED:
            continue
        need_month, need_digit, groups = _requirements(kind)
        if need_month and not month or need_digit and not digit:
            continue
        if all(not present.isdisjoint(g) for g in groups):
            out.append((kind, _rx))
    return tuple(out)


@lru_cache(maxsize=1)
def _priority() -> dict[str, int]:
    return {k: i for i, (k, _rx) in enumerate(_patterns())}


def tag(text: str) -> list[Timex]:
    """Every temporal expression in text, longest first on overlaps, unresolved."""
    found: list[Timex] = []
    prio = _priority()
    low = text.lower()
    digit = _DIGIT.search(text) is not None
    same = len(low) == len(text)  # lower() keeps offsets (it does for Italian text)
    present, month = _scan_words(low)
    if digit:
        present.update(k for k, rx in _SHAPES.items() if rx.search(low))
        if not present.isdisjoint(_CLOCK_WORDS):
            present.add("#clock")
    for scan, rx in _kinds(month, digit, frozenset(present), same):
        for m in rx.finditer(low if same else text):
            s, e = m.span()
            kind = scan
            if scan == "absolute" and not m.group("y"):
                kind = "day_month"  # one scan for '12 marzo 2020' and '12 marzo'
            elif scan == "month_year":
                if m.group("y"):
                    s = m.start("m")  # 'nel marzo 2019': the month and its year
                elif m.group("mp"):
                    kind = "month"  # 'a marzo', 'fino a gennaio': a month alone
                else:
                    continue
            elif scan == "duration" and m.group("dir"):
                if m.group("u").startswith(("minut", "ore")):
                    continue  # 'tre ore dopo': not a date at the precision this engine writes
                kind = "ago" if m.group("dir") == "fa" else "narr"  # 'tre giorni fa', 'due anni dopo': one scan
                pre = _DUR_PREFIX.search(text, max(0, s - 40), s)
                if kind == "narr" and pre and re.match(r"(?:per|da)\b", pre.group(0), re.I):
                    kind, s, e = "duration", pre.start(), m.end("u")  # 'fuori per quattro settimane dopo l'infortunio'
            elif scan == "duration":
                pre = _DUR_PREFIX.search(text, max(0, s - 40), s)
                if pre:
                    s = pre.start()  # 'per quasi tre anni', 'dopo appena sei mesi': the length with its preposition
                elif not _DUR_START.search(text, max(0, s - 3), s):
                    if not m.group("u").lower().startswith(_BARE_UNITS):
                        continue  # 'tre anni' with nothing before is an age or a count, not a length
                    kind = "bare_duration"
            if kind == "duration" and _AGE.search(text[max(0, s - 12):s]):
                continue  # 'a 44 anni', 'all'età di 39 anni'
            if kind == "duration" and re.match(r"\s*(?:anni|anno)\b", text[m.end("n"):e]) and \
                    re.search(r"\ba\s*$", text[max(0, s - 3):s]):
                continue
            if kind in ("year", "season") and _is_name_year(text, s, e):
                continue
            if kind == "season" and not _consecutive(m.group("a"), m.group("b")):
                continue
            if kind == "season2" and not _consecutive(m.group("a"), m.group("b")):
                continue
            if kind == "yrange" and (_consecutive(m.group("a"), m.group("b"))
                                     or not 1 < int(m.group("b")) - int(m.group("a")) <= 40 or _is_name_year(text, s, e)):
                continue  # '(2009-2011)': a span of years; '2003-04' or '2003-2004' is a season
            if kind == "wd_rel" and re.match(r"\s+\d", text[e:e + 3]):
                continue
            if kind in ("day_month", "absolute", "wd_day") and re.search(
                    r"\b(?:via|viale|piazza|piazzale|corso|largo|stadio|vicolo|galleria)\s+$",
                    text[max(0, s - 12):s], re.I):
                continue  # 'via 4 Novembre', 'lo Stadio 25 Aprile': a name
            if kind == "bare_duration" and (re.search(r"\ba\s+\w+\s+anni\b[^.;]{0,25}$", text[max(0, s - 40):s], re.I)
                                            or _AGE.search(text[max(0, s - 12):s])):
                continue  # 'a 15 anni, 8 mesi e 15 giorni': an age
            n_word = m.groupdict().get("n")
            if n_word and not n_word.isdigit() and n_word.lower().replace("’", "'") not in _numbers():
                continue  # 'tre anni' is a length, 'quei anni' is not
            found.append(Timex((s, e), text[s:e], kind, parts={k: v for k, v in m.groupdict().items() if v}))
    found += _holidays(text)
    found.sort(key=lambda t: (-(t.span[1] - t.span[0]), prio[t.kind], t.span[0]))
    taken: list[Span] = []
    out: list[Timex] = []
    for t in found:
        if all(t.span[1] <= a or t.span[0] >= b for a, b in taken):
            out.append(t)
            taken.append(t.span)
    out.sort(key=lambda t: t.span[0])
    if any(t.kind == "clock" for t in out):
        out = _with_clocks(out, text)
    for t in out:
        _prep(t, text)
    for a, b in zip(out, out[1:], strict=False):
        if a.prep == "from" and b.prep == "in" and _RANGE_TO.fullmatch(text, a.span[1], b.span[0]):
            b.prep = "until"  # 'dall'estate 2016 al gennaio 2021': the second date closes the range
    return out


@lru_cache(maxsize=1)
def _holiday_rx() -> tuple[re.Pattern[str], dict[str, str]]:
    from .knowledge import lexicon
    days = {k.lower(): v for k, v in lexicon()["dates"].get("holidays", {}).items()}
    alts = "|".join(re.escape(k) for k in sorted(days, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\b(?:(?:a|il\s+giorno\s+di|nel\s+giorno\s+di|di|del|della|dell')\s*)?(?P<h>{alts})\b"
                      rf"(?:\s+(?:del\s+)?(?P<y>(?:19|20)\d\d))?", re.I), days


def _holidays(text: str) -> list[Timex]:
    """A feast day as a date ('il posticipo di Santo Stefano': 26 December), read like '26 dicembre'."""
    rx, days = _holiday_rx()
    out = []
    for m in rx.finditer(text):
        if m.group("h")[:1].islower() and m.group("h").lower() not in ("ferragosto", "capodanno"):
            continue  # 'natale' written small is the word, 'Natale' the day
        d, mon = days[m.group("h").lower()].split()
        parts = {"d": d, "m": mon, **({"y": m.group("y")} if m.group("y") else {})}
        out.append(Timex(m.span(), m.group(0), "absolute" if m.group("y") else "day_month", parts=parts))
    return out


_RANGE_TO = re.compile(r"\s+(?:al|all'|alla|a|fino\s+al|fino\s+all'|fino\s+alla|fino\s+a)\s*"
                       r"(?:(?:estate|inverno|autunno|primavera|inizio|fine|metà|stagione)\s+(?:del\s+|dell'\s*)?)?", re.I)


_DAYS = ("absolute", "numeric", "day_month", "wd_day", "rel", "wd_rel")
_CLOCK_GAP = re.compile(r"\s*(?:[-–,|]\s*)?(?:(?:sera|pomeriggio|mattina)\s+)?(?:(?:alle|ore|alle\s+ore|h)\s*)?", re.I)


def _with_clocks(out: list[Timex], text: str) -> list[Timex]:
    """A clock time joins the day next to it ('28 gennaio - 21:25', '12/03/2024 18:40', 'alle 20.45 di ieri
    sera'); a clock time with no day beside it is not dated and is dropped."""
    keep: list[Timex] = []
    i = 0
    while i < len(out):
        t = out[i]
        if t.kind == "clock":
            nxt = out[i + 1] if i + 1 < len(out) else None
            if nxt and nxt.kind in _DAYS and re.fullmatch(r"\s*(?:di|del|,)?\s*", text[t.span[1]:nxt.span[0]]):
                keep.append(_joined(nxt, t, (t.span[0], nxt.span[1]), text))
                i += 2
                continue
            i += 1
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        if t.kind in _DAYS and nxt and nxt.kind == "clock" and _CLOCK_GAP.fullmatch(text[t.span[1]:nxt.span[0]]):
            keep.append(_joined(t, nxt, (t.span[0], nxt.span[1]), text))
            i += 2
            continue
        keep.append(t)
        i += 1
    return keep


def _joined(day: Timex, clock: Timex, span: Span, text: str) -> Timex:
    parts = dict(day.parts)
    parts.update({"hh": clock.parts.get("hh") or clock.parts.get("hh2"), "mm": clock.parts.get("mm", "00"),
                  "day_text": day.text})
    return Timex(span, text[span[0]:span[1]], day.kind, parts=parts)


@lru_cache(maxsize=1)
def _numbers() -> frozenset[str]:
    return frozenset(str(k) for k in _vocab()["numbers"])


_CLASSE = re.compile(r"\b(?:classe|annata)\s*'?$", re.IGNORECASE)
_EDITION = re.compile(r"\b(?:Coppa|Supercoppa)\s+Italia(?:na)?\s*$")
_NAMED_YEAR = re.compile(r"(?:Under|Euro|Calcio|FC|Fbc|Football|Club|[Vv]ia|Italia|Qatar|Russia|Germania|"
                         r"Francia|Brasile|Messico|Usa|Spagna|Corea|Sudafrica|Giappone)\s*'?$")
_COUNT_AFTER = re.compile(r"\s*(?:anni|enne|punti|gol|minuti|euro|milioni|mila|presenze|km|metri)\b", re.IGNORECASE)


def _is_name_year(text: str, s: int, e: int) -> bool:
    before = text[max(0, s - 12):s]
    if _CLASSE.search(before):
        return True  # 'classe 1984' is a birth year, not an event
    if _EDITION.search(text[max(0, s - 24):s]):
        return False  # 'la Coppa Italia 2011/12': the edition, a date
    if _NAMED_YEAR.search(before):
        return True
    return bool(_COUNT_AFTER.match(text[e:e + 12]))


def _consecutive(a: str, b: str) -> bool:
    ya, yb = int(a) % 100, int(b) % 100
    return yb == (ya + 1) % 100


_UNTIL = re.compile(r"(?:fino\s+al?l?'?|fino\s+a|entro\s+il|entro)\s*$")
_CONTRACT_WORDS = re.compile(r"(?:contratto|firm(?:a|ato|ano|erà|eranno|ando)|accordo|rinnov\w*|scadenza|legato|vincolato|"
                             r"(?:quinqu|quadri|tri|bi|pluri)?ennale|annuale)\b[^.]*$")  # ('un quinquennale fino al 2028')
_EXPIRY = re.compile(r"\b(?:scadenza|scade|scadrà|scadeva|scadrebbe|sarebbe\s+scaduto|in\s+scadenza)\s+"
                     r"(?:nel|nell'|a|al|il|a\s+giugno)?\s*$")  # ('Il contratto ... scadeva nel 2026')
_ENDING = re.compile(r"\b(?:esonero|dimissioni|addio|separazione|ritiro|divorzio)\s+(?:del|dell'|nel|nell'|a|ad|di)\s*$"
                     r"|\b(?:salvat[oa]|salvezza|chius[oa]|conclus[oa]|retrocess[oa]|terminat[oa])\s+"
                     r"(?:(?:nel|nell'|del|a|ad)\s*)?$")
_SINCE = re.compile(r"\b(?:dal|dall'|dalla|da|a\s+partire\s+dal|dai)\s*$")
_SINCE_WIDE = re.compile(r"\bdall'(?:estate|inverno|autunno|primavera|inizio)\s+(?:del\s+|dell'\s*)?$"
                         r"|\bdalla\s+(?:stagione|fine|metà)\s+(?:del\s+)?$")


def _prep(t: Timex, text: str) -> None:
    before = text[max(0, t.span[0] - 14):t.span[0]].lower()
    head = t.text.lower()
    wide = text[max(0, t.span[0] - 28):t.span[0]].lower()
    if ("fino" in before or "entro" in before) and _UNTIL.search(before) or head.startswith(("fino", "entro")):
        t.prep = "until"
        if _CONTRACT_WORDS.search(text[max(0, t.span[0] - 45):t.span[0]].lower()):  # ('firma con il Cagliari fino al 2026')
            t.prep = "contract"  # a contract's expiry, not the end of a spell
    elif "scad" in wide and _EXPIRY.search(wide):
        t.prep = "contract"  # 'il contratto, con scadenza nel 2026': an expiry, not an event of the spell
    elif re.search(r"\b(?:opzione|rinnovo\s+automatico|prolungamento)\s+(?:\w+\s+){0,3}(?:per\s+il|fino\s+al|al|sul)\s*$", wide):
        t.prep = "contract"  # 'contratto fino a giugno con opzione per il 2026': a contract's option year
    elif _ENDING.search(wide):
        t.prep = "until"
    elif "da" in wide and (_SINCE.search(before) or _SINCE_WIDE.search(wide)) or head.startswith(("dal", "da ")):
        t.prep = "from"
    else:
        t.prep = "in"


# ---------------------------------------------------------------- resolution

def _year4(y: str) -> int:
    if y.startswith("'"):
        v = int(y[1:])
        return 1900 + v if v > 30 else 2000 + v
    return int(y)


def _season_of(a: str, b: str) -> tuple[int, int]:
    ya = _year4(a) if len(a) == 4 else (1900 + int(a) if int(a) > 30 else 2000 + int(a))
    return ya, ya + 1


def _season_value(ya: int) -> str:
    return f"{ya}-{(ya + 1) % 100:02d}"


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


_ISO = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def parse_iso(value: str | None) -> tuple[int, int | None, int | None] | None:
    if not value:
        return None
    m = _ISO.match(value)
    if not m:
        return None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None


def _month(name: str) -> int:
    return int(_vocab()["months"][name.lower().rstrip(".")])


def _num(s: str) -> int:
    s = s.lower().replace("’", "'")
    if s.isdigit():
        return int(s)
    return int(_vocab()["numbers"].get(s, 1))


def _unit(u: str) -> str:
    return str(_vocab()["units"].get(u.lower(), "Y"))


def _shift_days(pub: dt.date, days: int) -> str:
    return (pub + dt.timedelta(days=days)).isoformat()


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


@dataclass
class Anchor:
    """The story's last resolved date, for narrative expressions."""

    value: str | None = None
    sentence: int = -1
    is_end: bool = False  # the anchor closed a spell ('fino al 2015'): the summer after is in that year
    end_value: str | None = None
    day: str | None = None  # the last day told, relative ones included ('venerdì alle 20 ... due giorni prima')
    pos: int = -1  # where the anchor was told


_BORN = re.compile(r"\b(?:nat[oa]|nasce|nacque|classe)\b[^.;]{0,40}$")


def resolve(timexes: list[Timex], text: str, published: str | None, sentences: list[Span] | None = None) -> None:
    """Give every timex its value, in text order; narrative ones anchor to the last absolute date."""
    pub = _pub_date(published)
    anchor = Anchor()
    for t in timexes:
        sent = _sentence_of(t.span[0], sentences)
        _resolve_one(t, pub, anchor, sent, text)
        if t.value and len(t.value) >= 10 and t.type in ("date", "time") and "/" not in t.value:
            anchor.day = t.value[:10]
        birth = _BORN.search(text[max(0, t.span[0] - 50):t.span[0]])
        if t.value and t.kind not in ("duration", "rel", "ago", "ahead", "wd_rel") and t.type != "duration" \
                and not parenthetical(text, t.span) and not birth and t.prep != "contract":
            # (a birth date is not the story's time, nor a contract's term: 'prolungato fino al 2022, ma a maggio ...')
            anchor.value = t.start or t.value
            anchor.sentence = sent
            anchor.pos = t.span[0]
            anchor.is_end = t.prep == "until"
            anchor.end_value = t.value if t.prep == "until" else None
            if t.kind == "range" or t.type == "season":
                anchor.end_value, anchor.is_end = t.end, True
    _months_of_a_season(timexes, text)


def _months_of_a_season(timexes: list[Timex], text: str) -> None:
    """'da gennaio a fine stagione 16/17': a bare month, and the season's end beside it, are that season's
    (January 2017, summer 2017), whatever the last date before them was."""
    for i, t in enumerate(timexes):
        sea = next((x for x in timexes[i + 1:i + 3] if x.type == "season" and x.start and x.end
                    and 0 <= x.span[0] - t.span[1] <= 30 and not re.search(r"[,;.:]", text[t.span[1]:x.span[0]])), None)
        if sea is None or sea.start is None or sea.end is None:
            continue
        if t.kind in ("month", "rel_month") and "y" not in t.parts and re.match(r"\d{4}-\d{2}$", t.value or ""):
            m = int((t.value or "")[5:7])
            t.value = f"{sea.start[:4] if m >= 7 else sea.end[:4]}-{m:02d}"
            if t.start:
                t.start = t.value
        elif t.kind == "narr" and re.search(r"\bfine\s+(?:della\s+)?stagione\b", t.text, re.I):
            t.value = sea.end[:4]  # 'a fine stagione 16/17': 2017


def find(text: str, published: str | None = None) -> list[Timex]:
    """The temporal expressions of a text with a value, resolved against the publication date (ISO) when given.

    The engine's public entry point (what `taccuino dates` prints): expressions it tags but cannot value
    (a narrative one with nothing to anchor it, 'a fine stagione' alone) are left out.
    """
    from .document import split_span
    tx = tag(text)
    if not tx:
        return tx
    # one expression needs no sentences: nothing before it can anchor it
    resolve(tx, text, published, split_span(text, (0, len(text))) if len(tx) > 1 else None)
    return [t for t in tx if t.value]


def parenthetical(text: str, span: Span) -> bool:
    """True inside a dash-delimited aside: '... Alenitchev - che ha giocato nella Roma nel 98/99 - allo ...'."""
    if "- " not in text and "– " not in text and "— " not in text:
        return False
    lo = max(text.rfind(". ", 0, span[0]), text.rfind("\n", 0, span[0]))
    hi_dot = text.find(". ", span[1])
    hi = min(x for x in (hi_dot, text.find("\n", span[1]), len(text)) if x >= 0)
    return bool(_DASH.search(text, lo + 1, span[0])) and bool(_DASH.search(text, span[1], hi))


_DASH = re.compile(r"\s[-–—]\s")


def _sentence_of(pos: int, sentences: list[Span] | None) -> int:
    if not sentences:
        return -1
    for i, (s, e) in enumerate(sentences):
        if s <= pos < e:
            return i
    return -1


@lru_cache(maxsize=1024)
def _pub_date(published: str | None) -> dt.date | None:
    p = parse_iso(published)
    if not p:
        return None
    y, m, d = p
    return dt.date(y, m or 6, d or 15)


def _resolve_one(t: Timex, pub: dt.date | None, anchor: Anchor, sent: int, text: str) -> None:
    p = t.parts
    k = t.kind
    if k == "yrange":
        t.kind = k = "range"
    if k == "range" and "a" not in p:
        return  # a day or month range already resolved to its bounds
    if k == "range":
        a, b = _bound(str(p["a"]), first=True), _bound(str(p["b"]), first=False)
        t.start, t.end, t.value, t.type, t.anchor = a, b, f"{a}/{b}", "date", "none"
    elif k == "month_year_range":  # 'tra il dicembre 2014 e il maggio 2015'
        a, b = _iso(int(str(p["y1"])), _month(str(p["m1"]))), _iso(int(str(p["y2"])), _month(str(p["m2"])))
        t.kind, t.start, t.end, t.value, t.type, t.anchor = "range", a, b, f"{a}/{b}", "date", "none"
    elif k == "day_range":  # 'dal primo settembre al 20 ottobre 2016', 'dal 10 al 14 luglio': one year for both days
        m2 = _month(str(p["m2"]))
        m1 = _month(str(p["m1"])) if p.get("m1") else m2
        d1 = 1 if str(p["d1"]).lower() == "primo" else int(str(p["d1"]))
        if p.get("y"):
            y = int(str(p["y"]))
        elif pub:
            tense = _tense(text, t.span, since=False)
            y = pub.year
            end = dt.date(y, m2, min(int(str(p["d2"])), 28))
            if tense == "past" and end > pub:
                y -= 1
            elif tense == "future" and end < pub:
                y += 1
            t.anchor = "published"
        else:
            return
        y1 = y if m1 <= m2 else y - 1
        if _valid(y1, m1, d1) and _valid(y, m2, int(str(p["d2"]))):
            a, b = _iso(y1, m1, d1), _iso(y, m2, int(str(p["d2"])))
            t.kind, t.start, t.end, t.value, t.type = "range", a, b, f"{a}/{b}", "date"
            t.anchor = t.anchor if p.get("y") is None and t.anchor == "published" else "none"
    elif k == "month_range":  # 'da gennaio ad agosto 2012': one year for both months
        y, m1, m2 = int(str(p["y"])), _month(str(p["m1"])), _month(str(p["m2"]))
        a, b = _iso(y if m1 <= m2 else y - 1, m1), _iso(y, m2)
        t.kind, t.start, t.end, t.value, t.type, t.anchor = "range", a, b, f"{a}/{b}", "date", "none"
    elif k in ("absolute", "numeric"):
        y, m, d = _year4(str(p["y"])), _month_any(p["m"]), int(str(p["d"]))
        if _valid(y, m, d):
            t.value = _iso(y, m, d)
    elif k == "month_year":
        t.value = _iso(int(str(p["y"])), _month(str(p["m"])))
    elif k in ("season", "season2"):
        ya, yb = _season_of(str(p["a"]), str(p["b"]))
        t.type, t.value, t.start, t.end = "season", _season_value(ya), str(ya), str(yb)
    elif k == "year":
        t.value = str(p["y"])
    elif k == "year_short":
        t.value = str(_year4("'" + str(p["y"])))
    elif k in ("day_month", "wd_day"):
        _resolve_day_month(t, pub, anchor, sent, text)
    elif k in ("month", "rel_month", "month_lastyear", "month_thisyear"):
        _resolve_month(t, pub, anchor, sent, text)
    elif k in ("rel", "ago", "ahead", "wd_rel"):
        told = parse_iso(anchor.value) if anchor.value and anchor.sentence == sent else None
        if told and re.fullmatch(r"in\s+estate", t.text, re.I) and _PAST_REMOTE.search(text, max(0, t.span[0] - 120), t.span[0]):
            t.value, t.anchor = str(told[0] + (1 if told[1] and told[1] > 8 else 0)), "narrative"
            # ('Esonerato nel gennaio 2014, tornò in panchina in estate': that year's summer)
        else:
            _resolve_deictic(t, pub, text)
    elif k == "narr":
        _resolve_narrative(t, anchor, pub)
    elif k in ("duration", "bare_duration"):
        n, u = _num(str(p["n"])), _unit(str(p["u"]))
        t.type = "duration"
        t.value = f"PT{n}{u[1]}" if u.startswith("T") else f"P{n}{'Y' if u == 'S' else u}"
        if p.get("half"):  # 'quattro anni e mezzo', 'due mesi e mezzo', 'un'ora e mezza'
            t.value += {"Y": "6M", "S": "6M", "M": "15D", "W": "3D", "TH": "30M"}.get(u, "")
        elif p.get("n2"):  # 'due anni e tre mesi': one length in two units
            u2 = _unit(str(p["u2"]))
            n2 = _num(str(p["n2"]))
            if u.startswith("T") and u2.startswith("T"):
                t.value += f"{n2}{u2[1]}"
            elif not u.startswith("T") and not u2.startswith("T") and u2 != u:
                t.value += f"{n2}{u2}"
        t.parts["unit"] = u
        t.parts["count"] = n
    if "hh" in p and "mm" in p and t.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value):
        t.type, t.value = "time", f"{t.value}T{int(str(p['hh'])):02d}:{p['mm']}"  # '28 gennaio - 21:25'


def _month_any(m: object) -> int:
    s = str(m)
    return int(s) if s.isdigit() else _month(s)


def _bound(s: str, first: bool) -> str:
    if re.fullmatch(r"'\d\d", s):
        return str(_year4(s))  # ''62': 1962
    short = re.fullmatch(r"(\d\d)/(\d\d)", s)
    if short:  # '98/99': the 1998-99 season
        ya = int(short.group(1)) + (1900 if int(short.group(1)) >= 50 else 2000)
        return str(ya if first else ya + 1)
    m = re.match(r"((?:19|20)\d\d)\s*[/\-–]\s*(\d{2,4})", s)
    if m:
        ya = int(m.group(1))
        return str(ya if first else ya + 1)
    return s


def _resolve_day_month(t: Timex, pub: dt.date | None, anchor: Anchor, sent: int, text: str) -> None:
    d = int(str(t.parts["d"]))
    if "m" in t.parts:
        m = _month(str(t.parts["m"]))
    elif pub:
        m = pub.month
        wd0 = _vocab()["weekdays"].get(str(t.parts.get("wd") or "").lower())
        if wd0 is not None:  # 'lunedì 31' with no month: the nearest month, before the day of the article unless the
            tense = _tense(text, t.span)  # clause looks ahead (or, in the present, the nearest), whose 31st is a Monday
            found = []
            for k in range(-3, 4):
                y, mm = pub.year + (pub.month - 1 + k) // 12, (pub.month - 1 + k) % 12 + 1
                if _valid(y, mm, d) and dt.date(y, mm, d).weekday() == int(wd0) \
                        and not (tense == "past" and dt.date(y, mm, d) > pub or tense == "future" and dt.date(y, mm, d) < pub):
                    found.append((abs((dt.date(y, mm, d) - pub).days), y, mm))
            if found:
                _gap, y, mm = min(found)
                t.value, t.anchor = _iso(y, mm, d), "published"
                return
    else:
        return  # a day with no month and no date of the article: nothing to read it against
    deixis = re.search(r"\b(?:scors|prossim)[oa]\s*$", text[max(0, t.span[0] - 12):t.span[0]], re.I) or \
        re.match(r"\s+(?:scors|prossim)[oa]\b", text[t.span[1]:t.span[1] + 12], re.I)
    if pub and deixis and _valid(pub.year, m, d):  # 'lo scorso 10 maggio', 'il prossimo 3 luglio': from publication
        past = deixis.group(0).strip().lower().startswith("scors")
        y = pub.year if (((m, d) <= (pub.month, pub.day)) == past) else pub.year + (-1 if past else 1)
        if _valid(y, m, d):
            t.value, t.anchor = _iso(y, m, d), "published"
        return
    ay = parse_iso(anchor.value)
    near_now = bool(pub and anchor.end_value and abs(int(anchor.end_value[:4]) - pub.year) <= 1)
    opens_next = anchor.sentence >= 0 and sent == anchor.sentence + 1 and ay is not None and ay[1] is None \
        and bool(re.match(r"\s*(?:il|l'|lo|nel|dal|a)?\s*$", text[max(0, text.rfind(".", 0, t.span[0]) + 1):t.span[0]], re.I))
    # ('La seconda vita comincia nell'estate del 2020. Il 30 luglio la Juventus lo presenta ...': that summer's day)
    if ay and anchor.sentence >= 0 and (sent == anchor.sentence or opens_next) and (not pub or abs(ay[0] - pub.year) > 1) \
            and not near_now:
        if _valid(ay[0], m, d):
            t.value, t.anchor = _iso(ay[0], m, d), "narrative"
        return
    if not pub:
        return
    tense = _tense(text, t.span)
    best: tuple[int, int] | None = None
    wd = _vocab()["weekdays"].get(str(t.parts.get("wd") or "").lower())
    for y in (pub.year - 1, pub.year, pub.year + 1):
        if _valid(y, m, d):
            when = dt.date(y, m, d)
            if wd is not None and when.weekday() != int(wd) and any(
                    _valid(z, m, d) and dt.date(z, m, d).weekday() == int(wd) for z in (pub.year - 1, pub.year, pub.year + 1)):
                continue  # 'domenica 3 settembre': the year whose 3 September is a Sunday
            if (tense == "past" and when > pub or tense == "future" and when < pub) and wd is None:
                continue  # 'ha vinto il 22 maggio': the last one; 'compirà 39 anni il 4 maggio': the next
            gap = abs((when - pub).days)
            if best is None or gap < best[0]:
                best = (gap, y)
    if best:
        t.value, t.anchor = _iso(best[1], m, d), "published"


def _resolve_month(t: Timex, pub: dt.date | None, anchor: Anchor, sent: int, text: str = "") -> None:
    m = _month(str(t.parts.get("m") or t.parts.get("m1") or t.parts.get("m2") or t.parts.get("m3") or t.parts.get("m4")))
    if t.kind == "rel_month" and t.parts.get("next"):
        if pub:  # 'il prossimo agosto': the next one after publication
            t.value, t.anchor = _iso(pub.year if m > pub.month else pub.year + 1, m), "published"
        return
    if t.kind in ("month_lastyear", "month_thisyear"):
        if pub:
            t.value, t.anchor = _iso(pub.year - (t.kind == "month_lastyear"), m), "published"
        return
    if t.kind == "rel_month":
        if pub:
            y = pub.year if m < pub.month else pub.year - 1
            t.value, t.anchor = _iso(y, m), "published"
        return
    a = parse_iso(anchor.value)
    if pub and _tense(text, t.span) == "future" and (not a or a[0] <= pub.year or t.prep != "contract"):
        y = pub.year if m >= pub.month else pub.year + 1  # 'sarà inaugurato a novembre', 'potrebbe partire a luglio'
        t.value, t.anchor = _iso(y, m), "published"
        return
    if a:
        ay, am, _ = a
        if am is not None:
            y = ay if m >= am else ay + 1
        elif sent == anchor.sentence:
            y = ay
        else:
            y = ay + 1 if m <= 6 else ay  # a season that began in the anchor year rolls over in summer
        if pub and (y, m) > (pub.year, pub.month) and not _future_context(text, t.span):
            y = pub.year if m <= pub.month else pub.year - 1  # a story's past never passes its publication
        other_clause = sent != anchor.sentence or (anchor.pos >= 0 and bool(re.search(
            r",\s+(?:ma|mentre|però)\s|;", text[anchor.pos:t.span[0]]))) or (anchor.pos >= 0 and bool(
                _RELATIVE_BEFORE.search(text, max(0, anchor.pos - 120), anchor.pos)) and "," in text[anchor.pos:t.span[0]])
        # '... il 12 marzo 2022, ma ... si sono interrotte ad aprile'; 'X, che aveva guidato l'Under 17 dal 2015, a
        # metà giugno ha firmato con l'Inter': the year was told inside a relative clause now closed
        new_item = anchor.pos >= 0 and bool(re.search(r"\n\s*\n", text[anchor.pos:t.span[0]]))
        if pub and y < pub.year - 1 and other_clause and (_news_tense(text, t.span) or new_item):
            y = pub.year if m <= pub.month else pub.year - 1  # 'a metà settembre è diventato': this year's news
        t.value, t.anchor = _iso(y, m), "narrative"
    elif pub:
        y = pub.year if m <= pub.month else pub.year - 1
        t.value, t.anchor = _iso(y, m), "published"


_RELATIVE_BEFORE = re.compile(r",\s*(?:che|dove|con\s+cui|per\s+cui|il\s+quale|la\s+quale|"
                              r"(?:acquistat|prelevat|arrivat|giunt|pres|rilevat|cresciut|lanciat|scopert)[oaie])\b[^,;.]*$")
# (', acquistato nel 2022 dal Bayern Monaco, è passato a metà luglio': an aside's year, closed by its comma)


def _resolve_deictic(t: Timex, pub: dt.date | None, text: str) -> None:
    if not pub:
        return
    s = re.sub(r"\s+", " ", str(t.parts.get("day_text", t.text)).lower())
    t.anchor = "published"
    if t.kind in ("ago", "ahead"):
        n, u = _num(str(t.parts["n"])), _unit(str(t.parts["u"]))
        n = n if t.kind == "ahead" else -n
        if u == "S":  # 'due stagioni fa': the season two before the one in course
            ya = (pub.year if pub.month >= 7 else pub.year - 1) + n
            t.type, t.value, t.start, t.end = "season", _season_value(ya), str(ya), str(ya + 1)
        elif u == "Y":
            t.value = str(pub.year + n)
        elif u == "M":
            mm = pub.month + n
            y = pub.year + (mm - 1) // 12
            t.value = _iso(y, (mm - 1) % 12 + 1)
        elif u == "W":
            t.value = _shift_days(pub, 7 * n)
        else:
            t.value = _shift_days(pub, n)
        return
    if t.kind == "ago":
        n, u = _num(str(t.parts["n"])), _unit(str(t.parts["u"]))
        if u in ("Y", "S"):
            t.value = str(pub.year - n)
        elif u == "M":
            mm = pub.month - n
            y = pub.year + (mm - 1) // 12
            t.value = _iso(y, (mm - 1) % 12 + 1)
        elif u == "W":
            t.value = _shift_days(pub, -7 * n)
        else:
            t.value = _shift_days(pub, -n)
        return
    if t.kind == "wd_rel":
        wd = _vocab()["weekdays"].get(str(t.parts["wd"]).lower().replace("i", "ì", 0))
        if wd is None:
            wd = {"lunedi": 0, "martedi": 1, "mercoledi": 2, "giovedi": 3, "venerdi": 4}.get(
                str(t.parts["wd"]).lower(), 0)
        tense = _tense(text, t.span)
        if tense is None and _RESULT_BEFORE.search(text[max(0, t.span[0] - 40):t.span[0]]):
            tense = "past"  # 'la sconfitta di domenica', 'il 2-1 di sabato sera'
        future = str(t.parts.get("dir", "")).lower().startswith("prossim") or tense == "future" or (
            tense is None and "hh" in t.parts) or (not str(t.parts.get("dir", "")).lower().startswith("scors")
                                                  and _FIXTURE.search(_clause_of(text, t.span)) is not None)
        delta = (int(wd) - pub.weekday()) % 7
        if future:
            t.value = _shift_days(pub, delta or 7)
        else:
            t.value = _shift_days(pub, -((pub.weekday() - int(wd)) % 7 or 7))
        return
    table = {"l'altro ieri": -2, "oggi": 0, "stamattina": 0, "stasera": 0, "stanotte": 0, "domani": 1,
             "questa mattina": 0, "questa sera": 0, "domani sera": 1, "domani pomeriggio": 1, "domani mattina": 1,
             "oggi pomeriggio": 0}
    if s.startswith("ieri"):
        t.value = _shift_days(pub, -1)
    elif s.startswith("fine"):  # 'entro fine mese': this month
        t.value = _iso(pub.year, pub.month)
    elif s in table:
        t.value = _shift_days(pub, table[s])
    elif "anno scorso" in s or "scorso anno" in s:
        t.value = str(pub.year - 1)
    elif s in ("quest'anno",):
        t.value = str(pub.year)
    elif "scorsa stagione" in s or "stagione scorsa" in s or "appena" in s:
        ya = (pub.year if pub.month >= 7 else pub.year - 1) - 1
        t.type, t.value, t.start, t.end = "season", _season_value(ya), str(ya), str(ya + 1)
    elif "stagione in corso" in s or "questa stagione" in s:
        ya = pub.year if pub.month >= 7 else pub.year - 1
        t.type, t.value, t.start, t.end = "season", _season_value(ya), str(ya), str(ya + 1)
    elif "estate" in s and ("scors" in s or s == "in estate"):
        t.value = str(pub.year if pub.month >= 9 else pub.year - 1) if s != "in estate" else str(
            pub.year if pub.month >= 6 else pub.year - 1)
    elif "quest'estate" in s:
        t.value = str(pub.year)
    elif "prossima estate" in s:
        t.value = str(pub.year if pub.month < 6 else pub.year + 1)
    elif "settimana scorsa" in s or "settimana prossima" in s or "prossima settimana" in s:
        y, w, _ = (pub + dt.timedelta(days=-7 if "scorsa" in s else 7)).isocalendar()
        t.value = f"{y}-W{w:02d}"  # 'la settimana scorsa': the ISO week before the one of publication
    elif "mese scorso" in s:
        mm = pub.month - 1 or 12
        t.value = _iso(pub.year if pub.month > 1 else pub.year - 1, mm)
    elif "mese prossimo" in s or "prossimo mese" in s:
        t.value = _iso(pub.year if pub.month < 12 else pub.year + 1, pub.month % 12 + 1)
    elif "anno prossimo" in s or "prossimo anno" in s:
        t.value = str(pub.year + 1)
    elif "prossima stagione" in s or "stagione prossima" in s or "stagione ventura" in s:
        ya = (pub.year if pub.month >= 7 else pub.year - 1) + 1
        t.type, t.value, t.start, t.end = "season", _season_value(ya), str(ya), str(ya + 1)
    elif "passata stagione" in s:
        ya = (pub.year if pub.month >= 7 else pub.year - 1) - 1
        t.type, t.value, t.start, t.end = "season", _season_value(ya), str(ya), str(ya + 1)
    elif "scorsa primavera" in s:
        t.value = str(pub.year if pub.month >= 7 else pub.year - 1)
    elif "scorso inverno" in s:
        t.value = str(pub.year if pub.month >= 3 else pub.year - 1)


_NEWS_TENSE = re.compile(r"\b(?:è|ha|hanno|sono)\s+(?:stat[oaie]\s+|già\s+)?\w+(?:at|it|ut|ott|ers|ess|olt|elt|int|unt|ett|ast|ist|ort|ert|us|es)[oaie]\b")


_PAST_REMOTE = re.compile(r"\b\w{2,}(?:ò|ì|arono|irono|ettero|ero|ebbe)\b|\b(?:fu|furono|venne|vennero|era|erano|aveva)\b", re.I)


def _news_tense(text: str, span: Span) -> bool:
    """The clause around span is in the passato prossimo of news ('è diventato', 'ha firmato')."""
    lo = max(text.rfind(",", 0, span[0]), text.rfind(".", 0, span[0])) + 1
    hi = min(x for x in (text.find(",", span[1]), text.find(".", span[1]), len(text)) if x >= 0)
    return bool(_NEWS_TENSE.search(text[lo:hi]))


_FUTURE = re.compile(r"\b\w+(?:erà|irà|arà|eranno|iranno|aranno|remo|rebbe|rebbero)\b|\b(?:sarà|saranno|avrà|avranno|"
                     r"potrà|dovrà|farà|andrà|verrà|in\s+programma|previst[oa]|fissat[oa]\s+per|in\s+scadenza|scade|"
                     r"compirà)\b", re.IGNORECASE)
_RESULT_BEFORE = re.compile(r"\b(?:sconfitta|vittoria|pareggio|ko|successo|rimonta|tonfo|\d+-\d+)\b[^.;]{0,25}$", re.I)


_FIXTURE = re.compile(r"\b(?:arriva|gioca|affronta|ospita|riceve|torna\s+in\s+campo|scende\s+in\s+campo|"
                      r"per\s+la\s+sfida|in\s+programma|ultime\s+(?:due|tre|quattro|cinque)\s+partite|"
                      r"prossim[ae]\s+partit[ae])\b|\bc['’]è\s+(?:il|lo|la|l['’])", re.IGNORECASE)
# present tense of a fixture ('Sabato c'è l'Inter', 'Per le ultime due partite, lunedì ... contro il Bologna')


def _clause_of(text: str, span: Span) -> str:
    lo = max(text.rfind(".", 0, span[0]), text.rfind(";", 0, span[0]), text.rfind(",", 0, span[0]),
             text.rfind(":", 0, span[0])) + 1
    his = [x for x in (text.find(".", span[1]), text.find(";", span[1]), text.find(",", span[1]),
                       text.find(":", span[1])) if x >= 0]
    return text[lo:min(his) if his else len(text)]


def _future_context(text: str, span: Span) -> bool:
    lo = text.rfind(".", 0, span[0]) + 1
    hi = text.find(".", span[1])
    return bool(_FUTURE.search(text[lo:hi if hi > 0 else len(text)]))


_WORD = re.compile(r"[\w']+")
_AUX = frozenset(("è", "ha", "hanno", "sono", "era", "erano", "aveva", "avevano", "fu", "furono", "abbiamo", "avevo", "ho",
                  "siamo", "ero", "eravamo"))
_PARTICIPLE = ("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute", "erso", "ersa", "orto",
               "orta", "erto", "erta", "erti", "erte", "atto", "atta", "esso", "essa", "otto", "otta", "otti", "otte", "olto", "olta", "elto", "elta")
_IRREGULAR_PARTICIPLES = frozenset(  # 'ha diretto', 'ha vinto', 'è rimasto', 'ha preso', 'ha chiuso'
    f"{stem}{end}" for stem in ("dirett", "dett", "scritt", "lett", "elett", "strett", "vint", "spint", "giunt", "raggiunt",
                                "aggiunt", "rimast", "vist", "pres", "res", "sces", "spes", "chius", "delus", "conclus",
                                "esclus", "inclus", "mess", "pers", "cors", "accors", "decis", "mort", "nat", "stat")
    for end in "oaie")

_PAST_ENDINGS = ("arono", "irono", "erono", "ava", "avano", "eva", "evano")
_NOT_REMOTE = frozenset(("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "così", "però", "perciò", "ciò", "può",
                         "cioè", "giacché", "poiché", "finché", "affinché", "sicché", "già", "più", "giù", "lì", "sì",
                         "qui", "là", "ormai"))
_RESULT_PARTS = frozenset(("incassato", "incassata", "subito", "subita", "perso", "persa", "vinto", "vinta", "giocato",
                           "giocata", "disputato", "disputata", "pareggiato", "pareggiata"))
_FUTURE_ENDINGS = ("erà", "irà", "arà", "eranno", "iranno", "aranno", "remo", "rebbe", "rebbero")
_FUTURE_WORDS = frozenset(("sarà", "saranno", "avrà", "avranno", "potrà", "dovrà", "farà", "andrà", "verrà", "previsto",
                           "prevista", "scade", "compirà"))
_PREPS = frozenset(("a", "ad", "da", "in", "nel", "nella", "dal", "dalla", "per", "con", "al", "alla", "dopo", "lo", "la"))
_RESULT_END = re.compile(r"\b(?:sconfitta|vittoria|pareggio|ko|successo|rimonta|tonfo)\s+(?:\w+\s+){0,2}(?:di|del|dell')\s*$")


_F_FUT, _F_AUX, _F_PART, _F_PAST, _F_RESULT, _F_PREP, _F_OTHER = 1, 2, 4, 8, 16, 32, 64


@lru_cache(maxsize=65536)
def _word_flags(w: str) -> int:
    """What a lower-cased word can tell of a tense, as bits (looked up once per word)."""
    f = 0
    if w in _FUTURE_WORDS or w.endswith(_FUTURE_ENDINGS) and len(w) > 4:
        f |= _F_FUT
    if w in _AUX:
        f |= _F_AUX
    if w.endswith(_PARTICIPLE) or w in _IRREGULAR_PARTICIPLES:
        f |= _F_PART
    if len(w) > 2 and w.endswith(("ò", "ì")) and w not in _NOT_REMOTE or w.endswith(_PAST_ENDINGS) and len(w) > 5:
        f |= _F_PAST
    if w in _RESULT_PARTS:
        f |= _F_RESULT
    if w in _PREPS:
        f |= _F_PREP
    if w in ("programma", "scadenza", "per"):
        f |= _F_OTHER
    return f


@lru_cache(maxsize=32)  # small on purpose: it serves one sentence's dates, not a corpus
def _tokenized(part: str) -> tuple[list[tuple[int, str]], list[int]]:
    """A clause's words with their offsets and tense flags (a sentence is read once for all its dates)."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(part)]
    return words, [_word_flags(w) for _pos, w in words]


def _tense_of(part: str, at: int | None = None) -> str | None:
    """The tense of the verbs of a lower-cased clause; when both are there, the verb nearest to offset at decides.

    Past: an auxiliary with a participle within three words ('si sono interrotte'), a passato remoto or an
    imperfect ('firmò', 'giocava'), a result's participle ('il 1-3 incassato'), a participle after a comma
    with its preposition (', scelto a metà giugno da'), a result told right before ('la sconfitta di').
    Future: the future or the conditional ('tornerà', 'potrebbe'), 'sarà', 'previsto', 'in programma',
    'in scadenza', 'fissato per'.
    """
    words, flags = _tokenized(part)
    futs: list[int] = []
    pasts: list[int] = []
    for i, (pos, w) in enumerate(words):
        f = flags[i]
        if not f:
            continue
        if f & _F_FUT:
            futs.append(pos)
        elif f & _F_AUX and any(x & _F_PART for x in flags[i + 1:i + 4]):
            pasts.append(pos)
        elif f & (_F_PAST | _F_RESULT):
            pasts.append(pos)
        elif f & _F_PART and i + 1 < len(words) and flags[i + 1] & _F_PREP and (
                i == 0 or "," in part[words[i - 1][0]:pos] or words[i - 1][1] in ("già", "poi")
                and (i == 1 or "," in part[words[i - 2][0]:words[i - 1][0]])) and not w.startswith("sabat"):
            pasts.append(pos)
        elif w in ("programma", "scadenza") and i and words[i - 1][1] == "in" or w == "per" and i and \
                words[i - 1][1].startswith("fissat"):
            futs.append(pos)
    if _RESULT_END.search(part):
        pasts.append(len(part))
    if futs and pasts and at is not None:  # 'ha spiegato che la squadra tornerà ad allenarsi giovedì'
        return "future" if min(abs(x - at) for x in futs) < min(abs(x - at) for x in pasts) else "past"
    if bool(futs) == bool(pasts):
        return None
    return "future" if futs else "past"


_PLAN = re.compile(r"\bper\s+(?:il\s+|la\s+)?$", re.I)
_FIXTURE_NOUN = re.compile(r"\b(?:andata|ritorno|sorteggio|recupero)\s+(?:il\s+|è\s+(?:in\s+programma\s+)?il\s+)?$", re.I)
_FINO = re.compile(r"fino\s+(?:a|al|all')\s*", re.I)
_EVENT_OF = re.compile(r"\b(?:sconfitta|vittoria|pareggio|ko|successo|rimonta|tonfo|infortunio|esonero|incidente|"
                       r"espulsione|squalifica)\s+(?:\w+\s+)?(?:di|del|dell')\s*$", re.I)
_CONTRACT_UNTIL = re.compile(r"\b(?:firmato|firma|prestito|contratto|rinnovato|rinnovo|prolungato|accordo|legato|"
                             r"vincolato)\b[^.;:]{0,40}\bfino\s+(?:a|al|all')\s*$", re.I)
_DEADLINE_OR_SINCE = re.compile(r"\b(?:entro|dal|dall'|dalla|da)\s*$", re.I)


def _tense(text: str, span: Span, since: bool = True) -> str | None:
    """'future' or 'past' by the verbs of the clause around span (else of its sentence), or None.

    A deadline ('entro marzo') is future, a 'since' ('dal 12 marzo') past unless since is False (a range
    'dal 20 al 26 febbraio' is not a since); a plan ('per settembre', 'convocato per mercoledì') future;
    an event noun right before ('l'infortunio di giovedì', 'la sconfitta di domenica') past.
    """
    before = text[max(0, span[0] - 7):span[0]]
    if since and _DEADLINE_OR_SINCE.search(before) \
            or since and text[span[0]:span[0] + 6].lower().startswith(("entro", "dal", "dall'")):
        if "entro" in text[max(0, span[0] - 7):span[0] + 6].lower():
            return "future"  # a deadline
        clause = _clause_of(text, span)
        return "future" if _FUTURE.search(clause) and not _NEWS_TENSE.search(clause) else "past"
        # a 'since', past unless the clause looks ahead ('dal 1° luglio X sarà l'allenatore')
    if "per" in before and _PLAN.search(before) or text[span[0]:span[0] + 4].lower() == "per ":
        return "future"
    wide = text[max(0, span[0] - 30):span[0]]
    if _FIXTURE_NOUN.search(wide):
        return None  # 'andata il 21 febbraio, ritorno il 12 marzo': a fixture's date, the nearest one
    if "d" in before and _EVENT_OF.search(wide):
        return "past"
    head = _FINO.match(text, span[0])
    if head or "fino" in before:
        if _CONTRACT_UNTIL.search(text[max(0, span[0] - 60):head.end() if head else span[0]]):
            return "future"  # 'ha firmato fino a giugno', 'in prestito fino a giugno': the contract's next June
    lo_c = max(text.rfind(".", 0, span[0]), text.rfind(";", 0, span[0]), text.rfind(",", 0, span[0]),
               text.rfind(":", 0, span[0])) + 1
    lo_s = text.rfind(".", 0, span[0]) + 1
    for lo, part in ((lo_c, _clause_of(text, span)),
                     (lo_s, text[lo_s:(text.find(".", span[1]) + 1) or len(text)])):
        found = _tense_of(part.lower(), span[0] - lo)
        if found:
            return found
    return None


def _resolve_narrative(t: Timex, anchor: Anchor, pub: dt.date | None = None) -> None:
    a = parse_iso(anchor.value)
    by_day = bool(t.parts.get("eve")) or str(t.parts.get("u", "")).lower().startswith(("giorn", "settiman"))
    if anchor.day and by_day and (not a or a[2] is None):
        a = parse_iso(anchor.day)  # 'venerdì alle 20 ... due giorni prima': a day told, even a relative one
    t.anchor = "narrative"
    if not a:
        t.anchor = "none"
        return
    y = a[0]
    s = t.text.lower()
    p = t.parts
    if p.get("eos"):
        t.prep = "until"
        t.value = str(y + 1 if (a[1] or 1) > 6 and a[1] is not None else y)
        return
    if "primo anno" in s:
        t.type, t.value, t.start, t.end = "season", _season_value(y), str(y), str(y + 1)
        return
    if "stesso anno" in s or p.get("sm2"):  # 'nell'ottobre dello stesso anno', 'il 9 luglio di quell'anno'
        ys = int(anchor.end_value[:4]) if anchor.end_value and re.match(r"\d{4}", anchor.end_value) else y
        sm, sd = p.get("sm") or p.get("sm2"), p.get("sd") or p.get("sd2")
        if sm and sd and _valid(ys, _month(str(sm)), int(str(sd))):
            t.value = _iso(ys, _month(str(sm)), int(str(sd)))
        else:
            t.value = _iso(ys, _month(str(sm))) if sm else str(ys)
        return
    if p.get("week"):  # 'il 2 ottobre 2023 ... la settimana dopo': the ISO week after that day's
        told = a if a[1] is not None and a[2] is not None else parse_iso(anchor.day)
        if not told or told[1] is None or told[2] is None:
            t.value, t.anchor = None, "none"
            return
        w = dt.date(told[0], told[1], told[2]) + dt.timedelta(days=-7 if "precedente" in s else 7)
        iso = w.isocalendar()
        t.value = f"{iso[0]}-W{iso[1]:02d}"
        return
    if p.get("eve"):  # 'la sera prima', 'la vigilia', 'l'indomani': a day off the day just told
        sign = 1 if re.search(r"indomani|dopo", s) else -1
        if a[1] is not None and a[2] is not None:
            t.value = (dt.date(a[0], a[1], a[2]) + dt.timedelta(days=sign)).isoformat()
        else:
            t.value = anchor.value
        return
    if p.get("that"):  # 'quell'estate', 'quella stagione': the time the story just told
        if "stagione" in s and anchor.is_end and anchor.end_value and anchor.end_value[:4] == str(y + 1):
            t.type, t.value, t.start, t.end = "season", _season_value(y), str(y), str(y + 1)
        elif "estate" in s and anchor.is_end and anchor.end_value:
            t.value = anchor.end_value[:4]
        else:
            t.value = str(y)
        return
    if p.get("few"):
        t.value = str(y)
        return
    if "n" in p:
        n, u = _num(str(p["n"])), _unit(str(p["u"]))
        sign = -1 if "prima" in str(p.get("dir", "")) else 1
        if u == "S" and anchor.end_value and re.fullmatch(r"\d{4}", str(anchor.end_value)) and int(anchor.end_value) == y + 1:
            ya = y + sign * n  # 'la stagione 2020-21 ... tre stagioni più tardi': the 2023-24 season
            t.type, t.value, t.start, t.end = "season", _season_value(ya), str(ya), str(ya + 1)
        elif u == "S" and a[1] is not None:  # 'il 1° luglio 2018 ... due stagioni più tardi': 2020-21
            ya = (y if a[1] >= 7 else y - 1) + sign * n
            t.type, t.value, t.start, t.end = "season", _season_value(ya), str(ya), str(ya + 1)
        elif u in ("Y", "S"):
            t.value = str(y + sign * n)
            if pub and y + sign * n > pub.year:
                t.value, t.anchor = None, "none"  # 'trentatré anni dopo l'ultimo': counted back from now
        elif u in ("D", "W") and (a[2] is not None or anchor.day):
            d0 = dt.date(a[0], a[1], a[2]) if a[1] is not None and a[2] is not None else dt.date.fromisoformat(str(anchor.day))
            day = d0 + dt.timedelta(days=sign * n * (7 if u == "W" else 1))
            t.value = day.isoformat()  # 'il 12 marzo 2020 ... due giorni prima': 10 March
        elif u == "M" and a[1] is not None:
            mm = a[1] + sign * n
            t.value = _iso(a[0] + (mm - 1) // 12, (mm - 1) % 12 + 1)
        else:
            t.value = str(y)
        return
    sign = -1 if "precedente" in s else 1
    u2 = str(p.get("u2", "")).lower()
    if u2 == "estate" and sign == 1 and anchor.is_end and anchor.end_value:
        t.value = anchor.end_value[:4]
        return
    if u2 == "estate" and sign == 1 and a[1] is not None and a[1] < 6:
        t.value = str(y)  # 'a fine gennaio 2022 il passaggio al Grifone, poi l'estate successiva ...': summer 2022
        return
    if u2 == "giorno" and a[2]:
        day = dt.date(a[0], a[1] or 1, a[2]) + dt.timedelta(days=sign)  # 'il giorno seguente', 'il giorno prima'
        t.value = day.isoformat()
        return
    if u2 == "giorno" and anchor.day:  # 'Il 6 novembre ... esonerato X, richiamato nel dicembre 2020 ... Il giorno
        day = dt.date.fromisoformat(anchor.day) + dt.timedelta(days=sign)  # seguente': the day after the last day told
        t.value = day.isoformat()
        return
    if u2 == "mese" and a[1]:
        mm = a[1] + sign  # 'nel marzo 2019 ... il mese successivo': April
        t.value = _iso(a[0] + (mm - 1) // 12, (mm - 1) % 12 + 1)
        return
    if u2 == "giorno" and a[1]:
        t.value = anchor.value
        return
    if ("quella successiva" in s or u2 == "stagione") and a[1] is not None:
        ya = (y if a[1] >= 7 else y - 1) + sign  # 'il 2 giugno 1963 ... la stagione successiva': 1963-64
        t.type, t.value, t.start, t.end = "season", _season_value(ya), str(ya), str(ya + 1)
        return
    if "quella successiva" in s or u2 == "stagione" or (u2 == "anno" and _season_anchor(anchor, y)):
        t.type, t.value, t.start, t.end = "season", _season_value(y + sign), str(y + sign), str(y + sign + 1)
        return  # ('la Florentia Viola nel 2002/03, il Chieti l'anno dopo': the 2003-04 season)
    t.value = str(y + sign)


def _season_anchor(anchor: Anchor, y: int) -> bool:
    """The story's last date was a season ('nel 2002/03'): a year after it is the next season."""
    return bool(anchor.is_end and anchor.end_value and re.fullmatch(r"\d{4}", anchor.end_value)
                and int(anchor.end_value) == y + 1)
