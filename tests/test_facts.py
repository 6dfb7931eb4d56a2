"""Fact rules on short articles written for the test: each asserts one way Italian prose states a fact."""

from __future__ import annotations

from taccuino import extract

LEAD = ("Ci sono settimane in cui il calcio corre più veloce di qualunque programmazione, e le società si "
        "trovano a prendere decisioni che fino a pochi giorni prima sembravano lontane.")


def stints_of(text: str, published: str = "2024-02-11") -> set[tuple]:
    ex = extract(f"Titolo della notizia\nUn sommario della notizia\n\n{LEAD}\n\n{text}", published=published)
    return {(s.person, s.team, s.role, s.start, s.end) for s in ex.stints}


def test_trophy_with_a_national_side_implies_playing_for_it():
    """'campione del mondo con l'Italia nel 2006' states that he played for Italy."""
    got = stints_of("Fabio Cannavaro ha vinto il Mondiale con l'Italia nel 2006, da capitano, prima di trasferirsi "
                    "al Real Madrid nell'estate del 2006.")
    assert ("Fabio Cannavaro", "Italia", "player", None, None) in got


def test_line_up_substitutes_played():
    """A substitute in brackets in a line-up played for that side."""
    got = stints_of("NAPOLI (4-3-3): Meret; Di Lorenzo, Rrahmani, Kim, Mario Rui (25' st Olivera); Anguissa, Lobotka, "
                    "Zielinski; Politano, Osimhen, Kvaratskhelia. All. Spalletti.")
    people = {p for p, t, r, *_ in got if t == "Napoli" and r == "player"}
    assert {"Olivera", "Mario Rui", "Meret"} <= people


def test_participial_apposition_belongs_to_the_name_before_it():
    """'prende il posto di X, arrivato la scorsa estate': the arrival is X's, not the subject's."""
    got = stints_of("Giovanni Manna è il nuovo direttore sportivo del Napoli. Manna prende il posto di Mauro Meluso, "
                    "arrivato la scorsa estate per sostituire Cristiano Giuntoli.", published="2024-05-29")
    meluso = [s for s in got if s[0] == "Mauro Meluso" and s[1] == "Napoli"]
    assert meluso and meluso[0][3] == "2023"


def test_he_was_wanted_is_about_the_object():
    """'Helenio Herrera lo volle all'Inter': the stint is the protagonist's, not Herrera's."""
    got = stints_of("Tarcisio Burgnich esordì con l'Udinese. Helenio Herrera lo volle all'Inter e il terzino ci restò "
                    "dodici anni, fino al 1974.", published="2021-05-26")
    assert any(p == "Tarcisio Burgnich" and t == "Inter" and r == "player" and e == "1974" for p, t, r, s, e in got)
    assert not any(p == "Helenio Herrera" and r == "player" for p, t, r, *_ in got)


def test_opponents_are_not_clubs_of_the_subject():
    """Teams scored against or beaten in a final are not where he played."""
    got = stints_of("Roberto Piccoli ha giocato nell'Empoli. In maglia azzurra due gol, alla Sampdoria e alla Juventus, "
                    "non abbastanza per restare.", published="2023-08-31")
    teams = {t for p, t, *_ in got if p == "Roberto Piccoli"}
    assert "Empoli" in teams and not teams & {"Sampdoria", "Juventus"}
