"""Article layout: title, byline shapes, datelines, chrome and glued captions."""

from __future__ import annotations

import pytest

from taccuino.document import Document
from taccuino.layout import analyse

BODY = ("La società ha comunicato la decisione con una nota ufficiale e ha ringraziato il tecnico per il "
        "lavoro svolto in queste stagioni, augurandogli le migliori fortune per il futuro professionale.")


def head(text: str):
    doc = Document(text, "t")
    return doc, analyse(doc)


@pytest.mark.parametrize("byline,authors,date", [
    ("di Luca Ferri | 23/03/2025 19:10", ["Luca Ferri"], "23/03/2025 19:10"),
    ("Michele Bellame Redattore 28 gennaio - 21:25", ["Michele Bellame"], "28 gennaio - 21:25"),
    ("12.09.2023 09:30 di Mario Rossi", ["Mario Rossi"], "12.09.2023 09:30"),
    ("4 settembre 2023 | 13:05", [], "4 settembre 2023 | 13:05"),
    ("26 nov 2023 - 08:05", [], "26 nov 2023 - 08:05"),
    ("Martedì 20 febbraio 2024, ore 11:20 – di Stefano Colombo", ["Stefano Colombo"], "20 febbraio 2024, ore 11:20"),
    ("01.05 23:05 di Luca Bertolani", ["Luca Bertolani"], "01.05 23:05"),
    ("di Davide Corti - 12/04 - 15:10", ["Davide Corti"], "12/04 - 15:10"),
])
def test_byline_shapes(byline, authors, date):
    """Authors and the date as written, from the byline shapes Italian sites use."""
    _doc, h = head(f"Titolo dell'articolo\nUn sommario che spiega la notizia\n{byline}\n\n{BODY}\n\n{BODY}")
    assert h.authors == authors
    assert h.date_text == date
    assert h.title == "Titolo dell'articolo"


def test_dateline_gives_the_date():
    """'ROMA, 18 agosto 2023 -' at the start of the body is the article's date, not body text."""
    doc, h = head(f"Titolo\nSommario della notizia\ndi Giulia Neri\n\nROMA, 18 agosto 2023 - {BODY}\n\n{BODY}")
    assert h.date_text == "18 agosto 2023"
    assert doc.slice(doc.sentences[2])[:2] == "La"


def test_site_header_and_menu_are_chrome():
    """The site's own header line and menus are not the title; its date is only a fallback."""
    text = (f"SITO.it - Il calcio | lunedì 12 febbraio 2024 | Serie A\nHome   Mercato   Video\n"
            f"Titolo vero\nSommario\n11.02.2024 13:48 di Gennaro Pastena\n\n{BODY}\n\n{BODY}")
    _doc, h = head(text)
    assert h.title == "Titolo vero" and h.date_text == "11.02.2024 13:48"
    assert h.site_date_text == "12 febbraio 2024"


def test_glued_caption_is_its_own_zone():
    """A photo caption glued into the body ends where the next sentence begins."""
    text = (f"Titolo\nSommario\ndi Mario Rossi\n\nPrima frase del pezzo. 24 febbraio 2001: Rossi in azione "
            f"durante la partita allo stadio di Bergamo Dopo la partita il tecnico ha parlato. {BODY}")
    doc, _h = head(text)
    caps = [doc.slice(z.span) for z in doc.zones if z.kind == "caption"]
    assert caps == ["24 febbraio 2001: Rossi in azione durante la partita allo stadio di Bergamo"]


def test_site_clock_is_not_the_title():
    """A site's own 'Venerdì, 4 Agosto 2023 - Ultimo aggiornamento' line is chrome: the title comes after it."""
    doc, h = head("SITO - Nazionali | Giovanili | Femminile\nVenerdì, 4 Agosto 2023 - Ultimo aggiornamento 20:31\n"
                  "Under 21, è Nunziata il nuovo ct\nIl Consiglio Federale ridisegna le panchine\n"
                  f"di Chiara Valenti\n04/08/2023 - 19:45\n\n{BODY}\n\n{BODY}")
    assert h.title == "Under 21, è Nunziata il nuovo ct"
    assert h.authors == ["Chiara Valenti"]
    assert h.date_text == "04/08/2023 - 19:45"


def test_related_links_are_chrome():
    """Headlines listed under 'LEGGI ANCHE' are links to other articles, not this one's text."""
    doc, _h = head(f"Titolo\nSommario della notizia\n\n{BODY}\n\nLEGGI ANCHE\nUnder 19, la festa di Malta: le pagelle\n"
                   f"Mondiale femminile, ora il nodo Bertolini\n\n{BODY}")
    kinds = {doc.text[z.span[0]:z.span[1]]: z.kind for z in doc.zones}
    assert kinds["Under 19, la festa di Malta: le pagelle"] == "chrome"
    assert kinds["Mondiale femminile, ora il nodo Bertolini"] == "chrome"
    assert kinds[BODY] == "body"


def test_a_menu_laid_out_with_double_spaces_is_chrome():
    """'SITO24   Home  Serie A  Inter  Video': the site's menu, not the title."""
    doc, h = head(f"CALCIOSITO24   Home  Serie A  Inter  Calcio estero  Video\nTitolo dell'articolo\n"
                  f"Un sommario che spiega la notizia\n\n{BODY}")
    assert [z.kind for z in doc.zones][:2] == ["chrome", "title"]
    doc, h = head(f"GIALLOBLU & DINTORNI · Serie B · Serie C · Primavera · Video\nTitolo dell'articolo\n"
                  f"Un sommario che spiega la notizia\n\n{BODY}")
    assert [z.kind for z in doc.zones][:2] == ["chrome", "title"]


def test_a_section_label_and_a_brand_line_before_the_headline():
    """'Lecce' over the headline, and 'ROSANERO 24 | Notizie, mercato e live del Palermo': the byline further down
    still dates the article."""
    for top in ("SalentoGol.it | Home | Serie A | Calciomercato\nLecce\n",
                "ROSANERO 24 | Notizie, mercato e live del Palermo\nPrima squadra  Mercato  Settore giovanile  Tifosi\n\n"):
        _doc, h = head(f"{top}Lecce, è l'ora di Luca Gotti. Via D'Aversa\nIl tecnico veneto ha firmato fino al 30 giugno\n"
                       f"13.03.2024 15:40 di Davide Trentin\n\n{BODY}\n\n{BODY}")
        assert h.date_text == "13.03.2024 15:40"
        assert h.authors == ["Davide Trentin"]


def test_bylines_with_a_weekday_or_an_initial_after_the_teaser():
    """'Redazione | Francesca Lupi' then 'Giovedì 14 Novembre 2024 | 20:15'; 'di G. La Rosa' then 'mercoledì 3 aprile,
    ore 17:05': the date line dates the article."""
    for lines, date in (("Redazione | Francesca Lupi\nGiovedì 14 Novembre 2024 | 20:15", "14 Novembre 2024 | 20:15"),
                        ("di G. La Rosa\nmercoledì 3 aprile, ore 17:05", "3 aprile, ore 17:05")):
        _doc, h = head(f"Roma, ora è ufficiale: Ranieri torna a Trigoria\nSir Claudio guiderà la squadra fino a giugno\n\n"
                       f"{lines}\n\n{BODY}\n\n{BODY}")
        assert h.date_text is not None and h.date_text.startswith(date.split()[0])


def test_an_obituary_s_age_and_birth_date_give_the_year():
    """'19 agosto · 17:48' with no year, 'Aveva 86 anni: era nato a Roma il 19 marzo 1937': 2023."""
    from taccuino import extract
    ex = extract("Addio a Carlo Mazzone\nAveva 86 anni\ndi Roberto Cinti\n19 agosto · 17:48\n\nCarlo Mazzone si è spento "
                 "oggi ad Ascoli Piceno. Aveva 86 anni: era nato a Roma il 19 marzo 1937.\n\nFine.")
    assert (ex.document.published or "").startswith("2023-08-19")


def test_a_spell_that_ends_today_an_anniversary_and_a_birth_year_with_an_age_give_the_year():
    """A byline with no year: 'arrivato nel 2016, saluta dopo nove stagioni' (2025), 'da nove stagioni, dal 2016'
    (2025), 'a dieci anni dal Triplete del 2010' (2020), 'Classe 1939, è scomparso ieri a 81 anni' (2020); a spell
    told before the arrival ('era arrivato nel 2016, dopo tre stagioni al Lecce') dates nothing."""
    from taccuino import extract
    for body, year in (("Arrivato a Bergamo nell'estate del 2016, Carlo Neri saluta la Dea dopo nove stagioni.", "2025"),
                       ("Carlo Neri è alla guida dell'Atalanta da nove stagioni, dal 2016.", "2025"),
                       ("Carlo Neri non c'è più, a dieci anni dal Triplete del 2010 che aveva vissuto da vice.", "2020"),
                       ("Classe 1939, Carlo Neri è scomparso ieri a 81 anni nella sua Crema.", "2020"),
                       ("Carlo Neri lascia il Genoa: era arrivato nel 2016, dopo tre stagioni al Lecce.", "2016")):
        ex = extract(f"Titolo della notizia\ndi Mario Rossi - 7 giugno\n\nCi sono settimane in cui il calcio corre veloce.\n\n{body}")
        assert (ex.document.published or "")[:4] == year, body


def test_a_finished_stay_of_n_seasons_bounds_the_year_and_an_expiry_in_the_past_tense_is_no_event():
    """'era arrivato all'Atalanta nel 2016 e ci è rimasto per nove stagioni' and 'Il contratto scadeva nel 2026',
    under a byline '- 7 giugno': 2025."""
    from taccuino import extract
    ex = extract("Titolo della notizia\ndi Mario Rossi - 7 giugno\n\nCi sono settimane in cui il calcio corre veloce.\n\n"
                 "Il tecnico era arrivato all'Atalanta nel 2016 e ci è rimasto per nove stagioni. Il contratto con i "
                 "nerazzurri scadeva nel 2026, ma l'allenatore ha presentato le dimissioni. Con lui tra il 2019 e il "
                 "2021 ha lavorato il ds.")
    assert (ex.document.published or "")[:4] == "2025"


def test_an_all_capitals_line_heads_a_section_and_gives_its_club():
    """'NAPOLI, LA RIVOLUZIONE DI GIUNTOLI' on its own line heads the moves below it: their club is Napoli."""
    from taccuino import extract
    text = (f"Calciomercato, il punto sulle due piazze\nTutti i movimenti dell'estate\n\n{BODY}\n\n"
            "NAPOLI, LA RIVOLUZIONE DI GIUNTOLI\n\nPer sostituire il partente è arrivato in difesa Leo Ostigard, "
            "preso dal Brighton per cinque milioni.\n\nROMA, IL CAPOLAVORO DI PINTO\n\nA zero è arrivato anche "
            "Nemanja Matić, dal Manchester United.\n")
    doc, _h = head(text)
    assert [doc.text[z.span[0]:z.span[1]] for z in doc.zones if z.kind == "heading"] == [
        "NAPOLI, LA RIVOLUZIONE DI GIUNTOLI", "ROMA, IL CAPOLAVORO DI PINTO"]
    got = {(s.person, s.team) for s in extract(text, published="2022-09-02").stints}
    assert ("Leo Ostigard", "Napoli") in got and ("Nemanja Matić", "Roma") in got


def test_a_name_initial_does_not_end_the_sentence_but_a_division_letter_does():
    """'I. Sulemana' is one name; 'in Serie A. Poi' ends a sentence."""
    text = ("Titolo\n\nIn attacco c'è I. Sulemana, arrivato in estate dal Southampton. "
            "Il Como gioca in Serie A. Poi la sfida di Coppa Italia.")
    doc, _ = head(text)
    said = [doc.slice(s) for s in doc.sentences]
    assert any(s.startswith("In attacco c'è I. Sulemana, arrivato") for s in said)
    assert any(s.startswith("Poi la sfida") for s in said)
