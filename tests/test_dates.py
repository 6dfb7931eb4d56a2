"""Italian temporal expressions, normalised at the precision written and anchored."""

from __future__ import annotations

import pytest

from taccuino.dates import resolve, tag
from taccuino.document import split_span


def values(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    tx = tag(text)
    resolve(tx, text, published, split_span(text, (0, len(text))))
    return [(t.text, t.value) for t in tx]


@pytest.mark.parametrize("text,published,expected", [
    ("Il 24 febbraio 2001 giocò a Bergamo.", None, [("24 febbraio 2001", "2001-02-24")]),
    ("Esonerato il 30 dicembre 2024 dopo il pari.", None, [("30 dicembre 2024", "2024-12-30")]),
    ("Nel maggio 2018 cominciò il ciclo.", None, [("maggio 2018", "2018-05")]),
    ("Tra il 2009 ed il 2011 guidò le giovanili.", None, [("Tra il 2009 ed il 2011", "2009/2011")]),
    ("Lo scudetto 1994/95 e la stagione 2003/04.", None, [("1994/95", "1994-95"), ("2003/04", "2003-04")]),
    ("Vinse lo scudetto 1999/2000.", None, [("1999/2000", "1999-00")]),
    ("Salì in A nell'89/90 e nel '93/94.", None, [("89/90", "1989-90"), ("93/94", "1993-94")]),
    # short seasons in a bracketed list; a day pair before a month stays a date
    ("Quattro scudetti (62/63, 64/65 e 70/71).", None, [("62/63", "1962-63"), ("64/65", "1964-65"), ("70/71", "1970-71")]),
    ("Si gioca il 17/18 maggio 2024.", None, [("18 maggio 2024", "2024-05-18")]),
    ("Rimase fino a settembre scorso.", "2025-01-28", [("fino a settembre scorso", "2024-09")]),
    ("A marzo dell'anno scorso firmò.", "2025-01-28", [("A marzo dell'anno scorso", "2024-03")]),
    ("Ad aprile di quest'anno aveva annunciato l'addio.", "2021-07-01", [("Ad aprile di quest'anno", "2021-04")]),
    ("A marzo dello scorso anno era caduto.", "2021-07-01", [("A marzo dello scorso anno", "2020-03")]),
    # an irregular participle makes the clause past, whatever a conditional said before it
    ("Aveva detto che avrebbe lasciato il club, e il 16 maggio ha diretto la sua ultima partita.", "2021-07-01",
     [("16 maggio", "2021-05-16")]),
    # a day told right after a sentence that gave the year continues that story; 'dal' before a future is ahead
    ("La seconda vita comincia nell'estate del 2020. Il 30 luglio la Juventus lo presenta.", "2024-05-19",
     [("2020", "2020"), ("30 luglio", "2020-07-30")]),
    ("È ufficiale: dal 1° luglio Massimiliano Canzi sarà l'allenatore della Juventus Women.", "2024-05-22",
     [("1° luglio", "2024-07-01")]),
    ("Sabato c'è l'Inter.", "2024-05-17", [("Sabato", "2024-05-18")]),  # a fixture told in the present
    ("Ieri sera ha alzato un trofeo.", "2025-01-07", [("Ieri sera", "2025-01-06")]),
    ("È stato esonerato martedì.", "2023-11-15", [("martedì", "2023-11-14")]),
    ("Dal 23/03/2025 è lui il tecnico.", None, [("23/03/2025", "2025-03-23")]),
    ("Cinque anni fa si sedette in panchina.", "2023-01-06", [("Cinque anni fa", "2018")]),
    # 'prima di' + infinitive is a conjunction: the months are a length, not 'two months earlier'
    ("Nel 2019 guidò il Genoa per due mesi prima di essere sollevato.", None, [("2019", "2019"), ("per due mesi", "P2M")]),
    ("Vestì la maglia del Genoa da gennaio ad agosto 2012.", None, [("da gennaio ad agosto 2012", "2012-01/2012-08")]),
    ("Vinse la Coppa Italia 2011/12 con il Napoli.", None, [("2011/12", "2011-12")]),
    ("Il biennio a Parma tra il 98/99 e il 99/00.", None, [("tra il 98/99 e il 99/00", "1998/2000")]),
    ("Al Leyton Orient tra il dicembre 2014 e il maggio 2015.", None,
     [("tra il dicembre 2014 e il maggio 2015", "2014-12/2015-05")]),
    ("La stagione 2003/04 finì con la A. In quell'estate lo prese la Juventus.", None,
     [("2003/04", "2003-04"), ("quell'estate", "2004")]),
    # a span of years with a hyphen is a range; consecutive years with a hyphen are a season
    ("Dopo il Chelsea (2009-2011) arrivò a Parigi.", None, [("2009-2011", "2009/2011")]),
    ("Nella stagione 2003-2004 vinse il campionato.", None, [("2003-2004", "2003-04")]),
    # relative to publication, forward and back, in the unit written
    ("Tra due settimane si decide il futuro.", "2025-01-28", [("Tra due settimane", "2025-02-11")]),
    ("Due stagioni fa era al Milan.", "2025-01-28", [("Due stagioni fa", "2022-23")]),
    ("La settimana scorsa ha firmato.", "2025-01-28", [("La settimana scorsa", "2025-W04")]),
    ("Nella stagione in corso ha segnato dieci gol.", "2025-08-20", [("Nella stagione in corso", "2025-26")]),
    ("L'anno prossimo giocherà in B.", "2025-01-28", [("L'anno prossimo", "2026")]),
    # narrative shifts keep the precision of their anchor
    ("Il 12 marzo 2020 firmò. Due giorni prima aveva salutato.", None,
     [("12 marzo 2020", "2020-03-12"), ("Due giorni prima", "2020-03-10")]),
    ("Dal primo settembre al 20 ottobre 2016 allenò il Catanzaro.", None,
     [("Dal primo settembre al 20 ottobre 2016", "2016-09-01/2016-10-20")]),
    # a clock time joins its day; a clock time alone is not dated
    ("28 gennaio - 21:25", "2025-01-28", [("28 gennaio - 21:25", "2025-01-28T21:25")]),
    ("di Mario Rossi | 12/03/2024 18:40", None, [("12/03/2024 18:40", "2024-03-12T18:40")]),
    ("Alle 20.45 di ieri sera il fischio d'inizio.", "2025-01-28", [("Alle 20.45 di ieri sera", "2025-01-27T20:45")]),
    ("Si gioca alle 18.30, biglietti a 2.50 euro.", "2025-01-28", []),
    # lengths with no preposition, but not the months and days of an age
    ("Poi 22 giorni di stop e 90 minuti in campo.", None, [("22 giorni", "P22D"), ("90 minuti", "PT90M")]),
    ("A 15 anni, 8 mesi e 15 giorni è il più giovane.", None, []),
    # one length in two units, a half, a quantifier; 'e 41 presenze' is no second unit
    ("Ha firmato per quattro anni e mezzo.", None, [("per quattro anni e mezzo", "P4Y6M")]),
    ("Squalificato per due anni e tre mesi.", None, [("per due anni e tre mesi", "P2Y3M")]),
    ("Lascia il Monza dopo diciotto mesi e 41 presenze.", None, [("dopo diciotto mesi", "P18M")]),
    ("Il Venezia torna in Serie A dopo due anni.", None, [("dopo due anni", "P2Y")]),
    ("Resterà fuori per almeno quattro settimane dopo l'infortunio.", None,
     [("per almeno quattro settimane", "P4W")]),
    # what decides a yearless date: a plan, a fixture, an event noun, a contract, a weekday, a range
    ("Il ct ha fissato il raduno per settembre.", "2024-07-15", [("per settembre", "2024-09")]),
    ("Andata il 21 febbraio al Maradona, ritorno il 12 marzo.", "2023-12-18",
     [("21 febbraio", "2024-02-21"), ("12 marzo", "2024-03-12")]),
    ("Resterà fuori dopo l'infortunio di giovedì.", "2025-01-06", [("giovedì", "2025-01-02")]),
    ("Il nuovo tecnico ha firmato fino a giugno.", "2025-02-16", [("fino a giugno", "2025-06")]),
    ("La Lega Pro ha pubblicato i calendari: si parte domenica 3 settembre.", "2023-07-27",
     [("domenica 3 settembre", "2023-09-03")]),
    ("Il raduno è in programma dal 20 al 26 febbraio.", "2025-01-13",
     [("dal 20 al 26 febbraio", "2025-02-20/2025-02-26")]),
    ("Il mercato si è aperto il 2 gennaio e chiuderà il 3 febbraio.", "2025-01-06",
     [("2 gennaio", "2025-01-02"), ("3 febbraio", "2025-02-03")]),
    ("Potrebbe partire entro fine mese.", "2025-01-28", [("fine mese", "2025-01")]),
    # narrative: the week after a day, a day of that year, seasons counted from a dated day
    ("Arrivò il 2 ottobre 2023 e la settimana dopo cambiò modulo.", None,
     [("2 ottobre 2023", "2023-10-02"), ("la settimana dopo", "2023-W41")]),
    ("Nel 1974 la Lazio vinse: il 12 maggio di quell'anno fece festa.", None,
     [("1974", "1974"), ("il 12 maggio di quell'anno", "1974-05-12")]),
    ("Vinse la Coppa Italia il 2 giugno 1963 e la stagione successiva uscì.", None,
     [("2 giugno 1963", "1963-06-02"), ("la stagione successiva", "1963-64")]),
    # a year told inside a relative clause that has closed does not anchor the main clause's news
    ("La tecnica, che aveva guidato l'Under 17 dal 2015, a metà giugno ha firmato con l'Inter.", "2021-07-01",
     [("2015", "2015"), ("a metà giugno", "2021-06")]),
])
def test_values(text, published, expected):
    """Each expression gets its ISO value at the written precision."""
    assert values(text, published) == expected


@pytest.mark.parametrize("text", [
    "Si è ritirato alla rispettabile età di 44 anni.",
    "Una partita del 20° turno finita 3-2 al 93'.",
    "L'Ascoli Calcio 1898 gioca con il 4-3-3.",
    "La sede è in via 4 Novembre, vicino allo Stadio 25 Aprile.",
    "Il classe 2001 ha la maglia numero 10 ed è costato 30 milioni, il 15% in più.",
    "Alla 20ª giornata l'Under 21 ha vinto 3 a 1; il Genoa 1893 ha 60 anni da compiere.",
])
def test_not_temporal(text):
    """Ages, matchdays, scores, minutes, formations and years inside names are not dates."""
    assert [v for _t, v in values(text) if v and not v.startswith("P")] == []


def test_narrative_anchor_rolls_over_the_season():
    """'ad aprile' in the sentence after a spell that began in 2020 is April 2021."""
    text = "Nel 2020 ritorna a Bari. La permanenza dura poco: ad aprile viene esonerato."
    assert ("ad aprile", "2021-04") in values(text)


def test_duration():
    """'per tre stagioni' is a duration of three years."""
    assert ("per tre stagioni", "P3Y") in values("A Mosca vi rimane per tre stagioni.")


def test_year_from_a_finished_season_and_not_a_contract():
    """A byline without a year: a contract's expiry is future, a season told as over ('dopo la stagione 2021/22')
    is past, and the narrative month after it ('a ottobre') comes before publication."""
    from taccuino import extract
    body = ("Il tecnico era arrivato a ottobre, dopo la stagione 2021/22 alla guida del Potenza. La società ha "
            "comunicato di aver affidato la squadra a Delio Rossi, con un contratto fino al 30 giugno 2024. ") * 3
    text = f"Foggia, arriva Delio Rossi\nSomma lascia dopo sei partite\ndi Luca Sernagiotto | 30 marzo - 12:15\n\n{body}"
    assert (extract(text).document.published or "")[:10] == "2023-03-30"


def test_a_birth_date_does_not_anchor_the_story():
    """'nato il 12 agosto 1972, è arrivato a giugno': June of the news, not of 1973."""
    text = "Paolo Vanoli, nato a Varese il 12 agosto 1972, è arrivato sotto la Mole a giugno."
    assert dict(values(text, "2024-08-20"))["a giugno"] == "2024-06"


def test_number_words_of_the_vocabulary_are_all_read():
    """Every number word of lexicon.toml [dates.numbers] is matched by the engine's number pattern."""
    from taccuino.dates import _numbers
    for word in _numbers():
        if word in ("mezzo", "cento"):
            continue
        got = values(f"Dopo {word} anni è tornato.")
        assert got and got[0][1] == f"P{_value_of(word)}Y", (word, got)


def _value_of(word: str) -> int:
    from taccuino.knowledge import lexicon
    return int(lexicon()["dates"]["numbers"][word])


@pytest.mark.parametrize("name,floor", [("timex_gold.jsonl", 0.96), ("timex_dev3.jsonl", 0.95)])
def test_the_gold_set_value_f1_stays_above_its_floor(name, floor):
    """The development sets of tests/dates (value-F1 of the engine) stay above their floors."""
    import json
    from pathlib import Path
    path = Path(__file__).parent / "dates" / name
    hit = n_gold = n_pred = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        tx = tag(g["text"])
        resolve(tx, g["text"], g["published"], split_span(g["text"], (0, len(g["text"]))))
        gold = []
        pos = 0
        for t in g["timex"]:
            i = g["text"].find(t["text"], pos)
            pos = i + 1
            gold.append((i, i + len(t["text"]), t["value"]))
        used: set[int] = set()
        for t in tx:
            k = next((j for j, (a, b, v) in enumerate(gold) if j not in used and t.span[0] < b and a < t.span[1]
                      and v == t.value), None)
            if k is not None:
                used.add(k)
                hit += 1
        n_gold += len(gold)
        n_pred += len(tx)
    p, r = hit / n_pred, hit / n_gold
    assert 2 * p * r / (p + r) >= floor


def test_year_from_the_season_a_spring_byline_falls_in():
    """A byline '17 maggio' in an article whose latest event is the season 2023/24 (a cup won in it) was written in
    May 2024, not May 2023."""
    from taccuino import extract
    body = ("La Juventus ha esonerato Massimiliano Allegri. Pochi giorni fa il tecnico aveva vinto la Coppa Italia "
            "2023/24 battendo l'Atalanta in finale. Al suo posto, ad interim, Paolo Montero. ") * 2
    text = f"Juventus, esonerato Allegri\nLa società chiude il ciclo\ndi Luca Ferri | 17 maggio, 18:52\n\n{body}"
    assert (extract(text).document.published or "")[:10] == "2024-05-17"


def test_a_season_the_team_is_entrusted_until_is_not_over():
    """'affidata fino al termine della stagione 2015-16' in a byline '12/04' is April 2016, the season still on."""
    from taccuino import extract
    body = ("Sinisa Mihajlovic non è più l'allenatore del Milan. La squadra è stata affidata fino al termine della "
            "stagione 2015-16 a Cristian Brocchi, finora tecnico della Primavera. ") * 2
    text = f"Milan, via Mihajlovic\nLa panchina a Brocchi\ndi Davide Corti - 12/04 - 15:10\n\n{body}"
    assert (extract(text).document.published or "")[:10] == "2016-04-12"


def test_the_year_after_a_season_is_the_next_season():
    """'la Florentia Viola nel 2002/03, il Chieti l'anno dopo': the 2003-04 season, not the year 2003."""
    from taccuino import dates
    got = {t.text: (t.type, t.value) for t in dates.find("La Florentia Viola nel 2002/03, il Chieti l'anno dopo.",
                                                          "2023-11-19")}
    assert got["l'anno dopo"] == ("season", "2003-04")


def test_a_day_with_scorso_or_prossimo_counts_from_publication():
    """'lo scorso 10 maggio' after a story told in 2022 is this May; 'il prossimo 3 giugno' the next one."""
    from taccuino.dates import find
    got = {t.text: t.value for t in find("Nel 2022 firmò, poi la risoluzione lo scorso 10 maggio; il 3 giugno scorso "
                                         "l'addio; si gioca il prossimo 2 marzo.", published="2024-07-01")}
    assert got["10 maggio"] == "2024-05-10" and got["3 giugno"] == "2024-06-03" and got["2 marzo"] == "2025-03-02"


def test_a_contract_s_term_anchors_no_later_month():
    """'le aveva prolungato il contratto fino al 2022, ma a maggio ...': May is not in 2022 for that."""
    from taccuino.dates import find
    got = {t.text: t.value for t in find("A febbraio 2021 il club le aveva prolungato il contratto fino al 2022, e a "
                                         "maggio aveva già lasciato.", published="2024-07-02")}
    assert got["a maggio"] == "2021-05"


def test_a_contract_option_year_does_not_date_the_article():
    """'contratto fino a giugno con opzione per il 2026' in a byline '11 dicembre' of the season 2024/25: 2024."""
    from taccuino import extract
    body = ("Non c'è pace per gli allenatori della Serie B 2024/25. Il Brescia ha esonerato Rolando Maran e ha "
            "scelto Pierpaolo Bisoli. Per lui contratto fino a giugno con opzione per il 2026. ") * 2
    text = f"Serie B, via Maran\nTocca a Bisoli\ndi Marco Ferri - 11 dicembre\n\n{body}"
    assert (extract(text).document.published or "")[:10] == "2024-12-11"


def test_he_leaves_at_forty_born_in_a_year_dates_the_article():
    """'classe 1981 ... Lascia a quarant'anni' under a byline '3 giugno' was written in 2021."""
    from taccuino import extract
    body = ("Andrea Cossu, classe 1981, smetterà di giocare a fine stagione. Lascia a quarant'anni, dopo una "
            "carriera passata quasi tutta in Sardegna. Con il Cagliari aveva esordito in Serie A nel 2008. ") * 2
    text = f"Cagliari, Cossu dice basta\nL'annuncio in conferenza\ndi Paola Serra - 3 giugno\n\n{body}"
    assert (extract(text).document.published or "")[:10] == "2021-06-03"


def test_a_weekday_and_day_with_no_month_and_no_article_date_is_left_unvalued():
    """'giovedì 12' with no month, in a text with no publication date, reads against nothing: no value, no
    error, even after a year the narrative has given."""
    txt = "Nel 2006 vinse il Mondiale a Berlino. Giovedì 12 la squadra ha perso in casa."
    tx = tag(txt)
    resolve(tx, txt, None, [(0, 37), (38, len(txt))])
    assert [t.value for t in tx if t.text.startswith("Giovedì")] == [None]
