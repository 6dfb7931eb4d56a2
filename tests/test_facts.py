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


def test_staff_titles_before_names_at_the_ct_national_side():
    """'il vice X, i collaboratori tecnici Y e Z': technical staff of the side the sentence is about."""
    got = stints_of("Roberto Mancini ha convocato 30 giocatori. In panchina accanto al commissario tecnico dell'Italia ci "
                    "saranno il vice Alberico Evani, i collaboratori tecnici Fausto Salsano e Attilio Lombardo; il capo "
                    "delegazione è Gianluca Vialli.", published="2022-06-01")
    staff = {(p, t, r) for p, t, r, *_ in got}
    for who in ("Alberico Evani", "Fausto Salsano", "Attilio Lombardo"):
        assert (who, "Italia", "assistant_coach") in staff
    assert ("Gianluca Vialli", "Italia", "other_staff") in staff


def test_unknown_clubs_in_a_list_of_clubs():
    """'ha vestito le maglie di A, B, Venezia e Verona': A and B are clubs even when the data lacks them."""
    got = stints_of("Paolo Vanoli ha vestito le maglie di Bellinzago, Corsico, Venezia e Verona prima di smettere.",
                    published="2024-08-20")
    teams = {t for p, t, r, *_ in got if p == "Paolo Vanoli" and r == "player"}
    assert {"Bellinzago", "Corsico", "Venezia", "Verona"} <= teams


def test_a_length_with_an_end_word_closes_the_spell():
    """'al Genoa, che lo aveva esonerato dopo poco più di due mesi': ended two months after it began."""
    got = stints_of("Thiago Motta ha cominciato ad allenare presto. Nell'ottobre 2019 la prima panchina in Serie A, al "
                    "Genoa, che lo aveva esonerato dopo poco più di due mesi.", published="2025-03-23")
    assert ("Thiago Motta", "Genoa", "head_coach", "2019-10", "2019-12") in got


def test_a_length_without_an_end_is_time_so_far():
    """'il primo trofeo dopo pochi giorni di lavoro' says nothing of when the spell ends."""
    got = stints_of("Sergio Conceição è il nuovo allenatore del Milan dal 30 dicembre 2024. Ai rossoneri ha regalato "
                    "il primo trofeo dopo pochi giorni di lavoro.", published="2025-01-07")
    assert any(p == "Sergio Conceição" and t == "Milan" and e is None for p, t, r, s, e in got)


def test_successor_after_sostituito_da_at_the_sentence_club():
    """'dove fu sollevato dall'incarico ... e sostituito da X': X coached that club next."""
    got = stints_of("Filippo Inzaghi ha allenato il Venezia dal 2016 al 2018; quindi la delusione di Bologna, dove fu "
                    "sollevato dall'incarico nel gennaio 2019 e sostituito da Sinisa Mihajlovic.", published="2024-02-11")
    assert any(p == "Sinisa Mihajlovic" and t == "Bologna" and r == "head_coach" for p, t, r, *_ in got)


def test_year_span_in_brackets_dates_the_club_before_it():
    """'dopo il Chelsea (2009-2011)': the years of that spell."""
    got = stints_of("Carlo Ancelotti ha allenato molto all'estero. Dopo il Chelsea (2009-2011), è arrivato al Paris "
                    "Saint-Germain nel dicembre 2011.", published="2025-06-10")
    assert any(p == "Carlo Ancelotti" and t == "Chelsea" and s == "2009" and e == "2011" for p, t, r, s, e in got)


def test_coaches_listed_with_con_in_panchina_both_coached():
    """'prima con X e poi con Y in panchina': both coached the club of the sentence."""
    got = stints_of("Samir Handanovic ha annunciato il ritiro. Dal 2007 al 2012 è il titolare dell'Udinese, prima con "
                    "Pasquale Marino e poi con Francesco Guidolin in panchina.")
    assert ("Pasquale Marino", "Udinese", "head_coach", None, None) in got
    assert ("Francesco Guidolin", "Udinese", "head_coach", None, None) in got
    assert ("Samir Handanovic", "Udinese", "player", "2007", "2012") in got  # 'il titolare': a player


def test_a_role_in_a_leading_con_phrase_is_the_companion_s():
    """'Con l'ex tecnico della Roma lascia anche il suo vice X': X was never Roma's coach; 'lo affiancava' is
    an assistant's work."""
    got = stints_of("Rudi Garcia non è più l'allenatore del Napoli. Con l'ex tecnico della Roma lascia Castel Volturno "
                    "anche il suo vice Stéphane Jobard, che lo affiancava già ai tempi del Marsiglia.",
                    published="2023-11-14")
    jobard = {(t, r) for p, t, r, *_ in got if p == "Stéphane Jobard"}
    assert ("Roma", "head_coach") not in jobard
    assert ("Marsiglia", "assistant_coach") in jobard


def test_a_club_s_coach_described_after_an_adjective_is_that_club_s_coach():
    """'Amaro ma lucido l'allenatore bianconero': the Juventus coach the article named, not the match's hero."""
    got = stints_of("Il Napoli ha battuto 5-1 la Juventus di Massimiliano Allegri e ha allungato in vetta. "
                    "Victor Osimhen ha segnato una doppietta. Amaro ma lucido l'allenatore bianconero, che non ha cercato "
                    "alibi.", published="2023-01-14")
    assert not any(p == "Victor Osimhen" and t == "Juventus" for p, t, *_ in got)
    assert ("Massimiliano Allegri", "Juventus", "head_coach", None, None) in got


def test_the_first_team_of_the_sentence_s_club():
    """'Thiago Motta non è più l'allenatore della prima squadra': the first team of the club the sentence named."""
    got = stints_of("La Juventus ha preso la sua decisione: Thiago Motta non è più l'allenatore della prima squadra.",
                    published="2025-03-23")
    assert any(p == "Thiago Motta" and t == "Juventus" and r == "head_coach" for p, t, r, *_ in got)


def test_spells_told_just_before_a_retirement_are_played():
    """'Poi un anno alla Reggiana e l'ultimo con la Carrarese. Lì ho smesso.': a coach's interview telling how his
    playing career ended."""
    got = stints_of("Alberico Evani è il nuovo allenatore della Sampdoria.\n\n"
                    "R: Poi un anno alla Reggiana e l'ultimo a Carrara, con la Carrarese, vicino casa. Lì ho smesso.")
    roles = {(t, r) for p, t, r, *_ in got if p == "Alberico Evani"}
    assert ("Reggiana", "player") in roles and ("Carrarese", "player") in roles
    assert ("Reggiana", "head_coach") not in roles


def test_a_final_s_venue_and_opponent_are_not_the_coach_s_sides():
    """'campione d'Europa con l'Under 19 (il 16 luglio a Malta, 1-0 in finale al Portogallo)': a venue and an
    opponent."""
    got = stints_of("Alberto Bollini, fresco campione d'Europa con l'Under 19 (il 16 luglio a Malta, 1-0 in finale al "
                    "Portogallo), diventa il vice di Roberto Mancini nella Nazionale maggiore.", published="2023-08-05")
    sides = {t for p, t, *_ in got if p == "Alberto Bollini"}
    assert "Malta" not in sides and "Portogallo" not in sides


def test_a_youth_side_in_a_coaching_sentence_is_coached():
    """'La panchina dell'Under 20 passa ad A, mentre B viene promosso dall'Under 17 all'Under 19': B is the head coach
    of a national youth side."""
    got = stints_of("Il Consiglio Federale della FIGC ha deciso le panchine delle nazionali giovanili. La panchina "
                    "dell'Under 20 passa ad Attilio Lombardo, mentre Bernardo Corradi viene promosso dall'Under 17 "
                    "all'Under 19.", published="2023-08-05")
    roles = {(t, r) for p, t, r, *_ in got if p == "Bernardo Corradi"}
    assert ("Italia Under 19", "head_coach") in roles
    assert not any(r == "player" for _t, r in roles)


def test_a_lone_surname_after_a_team_s_di_is_its_coach():
    """'nel Parma di Ancelotti': a surname the article never gives in full still names the coach."""
    got = stints_of("Hernán Crespo arrivò in Italia nell'estate del 1996 e giocò due stagioni nel Parma di Ancelotti.")
    assert ("Ancelotti", "Parma", "head_coach", None, None) in {s[:3] + (None, None) for s in got}


def test_women_s_sides_only_where_the_story_is_about_women():
    """A men's paragraph of a mixed article keeps the men's club; the women's paragraph gets the women's side."""
    got = stints_of("Il Consiglio federale ha deciso: Stefano Pioli resta l'allenatore del Milan fino al 2025.\n\n"
                    "Sul fronte femminile, invece, la calciatrice Sara Gama ha rinnovato con la Juventus fino al 2025.")
    teams = {(p, t) for p, t, *_ in got}
    assert ("Stefano Pioli", "Milan") in teams
    assert ("Sara Gama", "Juventus Women") in teams


def test_the_coach_a_vice_assisted_coached_that_club():
    """'entrò all'Empoli come vice di Maurizio Sarri': Sarri coached Empoli."""
    got = stints_of("Nel 2014 Giovanni Martusciello entrò all'Empoli come vice di Maurizio Sarri.")
    assert ("Maurizio Sarri", "Empoli", "head_coach") in {s[:3] for s in got}


def test_a_collaboration_at_two_clubs_gives_both_men_both_clubs():
    """'la lunga collaborazione con Antonio Conte, alla Juventus e al Chelsea': assistant and coach at each."""
    got = {s[:3] for s in stints_of("Angelo Alessio ha fatto a lungo il secondo. Quindi la lunga collaborazione con "
                                    "Antonio Conte, alla Juventus dal 2011 al 2014 e al Chelsea dal 2016 al 2018.")}
    for team in ("Juventus", "Chelsea"):
        assert ("Angelo Alessio", team, "assistant_coach") in got
        assert ("Antonio Conte", team, "head_coach") in got


def test_under_the_guidance_of_names_the_coach():
    """'sotto la guida di Marcello Lippi': the player's coach at his club then."""
    got = stints_of("Alessandro Del Piero è cresciuto nel Padova. Con la Juventus vinse la Champions League nel 1996, "
                    "sotto la guida di Marcello Lippi.")
    assert ("Marcello Lippi", "Juventus", "head_coach") in {s[:3] for s in got}


def test_a_city_epithet_stands_for_its_club():
    """'è arrivato all'ombra del Vesuvio': the Naples club of the article."""
    got = stints_of("Il Napoli ha cambiato allenatore. Walter Mazzarri è arrivato all'ombra del Vesuvio nell'ottobre "
                    "2009, chiamato dal presidente per prendere il posto di Roberto Donadoni.")
    assert ("Walter Mazzarri", "Napoli", "head_coach") in {s[:3] for s in got}


def test_a_one_sided_scoreline_gives_the_scorer_s_side():
    """'Lazio-Inter 0-2, con la doppietta di Lautaro Martinez': only the Inter scored."""
    got = stints_of("Domenica sera all'Olimpico: Lazio-Inter 0-2, con la doppietta di Lautaro Martinez nella ripresa.")
    assert ("Lautaro Martinez", "Inter", "player") in {s[:3] for s in got}
    assert not any(p == "Lautaro Martinez" and t == "Lazio" for p, t, *_ in got)


def test_a_scorer_belongs_to_the_side_that_beat_the_other():
    """'il Torino aveva battuto 2-0 il Lecce con un gol di X': X played for the winner, not for the side beaten."""
    got = stints_of("Sabato pomeriggio il Torino aveva battuto 2-0 il Lecce con un gol di Nikola Vlasic, prima di "
                    "fermarsi alla sosta.")
    assert ("Nikola Vlasic", "Torino", "player") in {s[:3] for s in got}
    assert not any(p == "Nikola Vlasic" and t == "Lecce" for p, t, *_ in got)


def test_a_scorer_after_the_score_belongs_to_the_side_told_before_it():
    """'ha riportato il Cagliari alla vittoria: 2-1 sul campo del Como, con la rete decisiva di X'."""
    got = stints_of("Il tecnico sardo ha riportato il Cagliari alla vittoria: 2-1 sul campo del Como, con la rete "
                    "decisiva di Gianluca Gaetano nel recupero.")
    assert ("Gianluca Gaetano", "Cagliari", "player") in {s[:3] for s in got}
    assert not any(p == "Gianluca Gaetano" and t == "Como" for p, t, *_ in got)


def test_a_side_named_after_a_preposition_does_not_take_the_scorer():
    """'strappata al Bari con il gol di X': the trophy was taken from Bari; X did not play for it."""
    got = stints_of("Quella coppa fu strappata al Bari al San Nicola con il gol di Paolo Rossi nel finale.")
    assert not any(p == "Paolo Rossi" and t == "Bari" for p, t, *_ in got)


def test_a_clause_opening_with_a_time_is_still_about_the_subject():
    """'La scorsa estate ha raccolto al Torino l'eredità di X': 'La scorsa estate' is a time, not the clause's subject."""
    got = stints_of("Paolo Vanoli ha cominciato in panchina con le nazionali giovanili. La scorsa estate ha raccolto "
                    "al Torino l'eredità di Ivan Juric.", published="2024-10-10")
    assert ("Paolo Vanoli", "Torino", "head_coach", "2024", None) in got


def test_a_profile_section_stays_about_its_person_to_the_end():
    """After 'IL PROFILO – ... X è stato ...', the next paragraphs are still X's, not the headline scorer's."""
    text = ("Zapata stende il Genoa, il Torino vola\nIl colombiano decide il derby della Lanterna\n\n"
            "Il Torino batte 1-0 il Genoa, decide Duvan Zapata al 53'. Duvan Zapata esulta sotto la curva.\n\n"
            "IL PROFILO – Nato a Roma nel 1972, Paolo Vanoli è stato un terzino di spinta.\n\n"
            "In panchina ha fatto la gavetta nelle nazionali giovanili.\n\n"
            "Nell'estate del 2021 la chiamata dello Spartak Mosca, dove ha vinto la coppa nazionale.")
    got = {(s.person, s.team) for s in extract(text, published="2024-10-10").stints}
    assert ("Paolo Vanoli", "Spartak Mosca") in got
    assert not any(p == "Duvan Zapata" and t == "Spartak Mosca" for p, t, *_ in got)


def test_a_director_named_after_for_is_someone_else():
    """'un pensiero per il direttore generale della X': the subject did not direct X."""
    got = stints_of("Rolando Maran ha dedicato la vittoria alla famiglia. Poi un pensiero per il direttore generale "
                    "del Cagliari, scomparso lo scorso anno.")
    assert not any(p == "Rolando Maran" and r == "sporting_director" for p, _t, r, *_ in got)


def test_he_signs_it_at_a_minute_is_a_goal_not_a_contract():
    """'Lo firma X al 53'': the goal that decided a match, not a signing."""
    got = stints_of("Il Cagliari batte 1-0 il Verona. Lo firma Nicolas Viola al 53', poi la squadra difende.")
    assert not any(p == "Nicolas Viola" and r != "player" for p, _t, r, *_ in got)


def test_the_side_after_a_result_verb_lost():
    """'I granata superano 1-0 il Genoa ..., con un gol di X': X scored for the winners."""
    got = stints_of("Il Torino supera 1-0 il Genoa nella finale, con un gol di Duvan Zapata.")
    assert ("Duvan Zapata", "Torino", "player") in {s[:3] for s in got}
    assert not any(p == "Duvan Zapata" and t == "Genoa" for p, t, *_ in got)


def test_benches_that_fell_name_their_coaches():
    """'saltate due panchine: quella di X a Empoli e quella di Y a Roma': both coached there."""
    got = {s[:3] for s in stints_of("In una settimana sono già saltate due panchine: quella di Paolo Zanetti a Empoli "
                                    "e quella di Ivan Juric a Roma.")}
    assert ("Paolo Zanetti", "Empoli", "head_coach") in got
    assert ("Ivan Juric", "Roma", "head_coach") in got


def test_a_plural_nickname_written_small():
    """'con i satanelli': Foggia's nickname, written in lower case."""
    got = stints_of("Giuseppe Signori esplose in Serie A con i satanelli, con cui ha giocato dal 1989 al 1992.")
    assert ("Giuseppe Signori", "Foggia", "player") in {s[:3] for s in got}


def test_a_demonym_after_a_role_noun_is_where_he_comes_from():
    """'il tecnico napoletano': his birthplace, not a spell at Napoli."""
    got = stints_of("Per il tecnico napoletano Fabio Cannavaro è la prima panchina italiana: nel 2022 ha firmato con "
                    "il Benevento.")
    assert not any(p == "Fabio Cannavaro" and t == "Napoli" for p, t, *_ in got)
    assert any(p == "Fabio Cannavaro" and t == "Benevento" for p, t, *_ in got)


def test_a_season_at_one_club_and_one_at_another():
    """'una stagione alla Cavese e una alla Pistoiese': two spells, no verb needed."""
    got = {s[:3] for s in stints_of("Gian Piero Gasperini ha giocato a lungo in Serie B. Prima una stagione alla Cavese "
                                    "e una alla Pistoiese, poi il Pescara.")}
    assert ("Gian Piero Gasperini", "Cavese", "player") in got
    assert ("Gian Piero Gasperini", "Pistoiese", "player") in got


def test_one_bracket_for_several_staff_names():
    """'X e Y (preparatori atletici)': a plural bracket gives its role to every name before it."""
    got = stints_of("Lo staff del Torino è al completo. Restano dalla gestione precedente Paolo Bianchi e Marco Verdi "
                    "(preparatori atletici), oltre al team manager Luca Neri.")
    assert ("Paolo Bianchi", "Torino", "assistant_coach", None, None) in got
    assert ("Marco Verdi", "Torino", "assistant_coach", None, None) in got
    assert ("Luca Neri", "Torino", "other_staff", None, None) in got


def test_a_role_noun_that_leads_the_sentence_is_another_subject():
    """'Il nuovo ds troverà in panchina X': X is the coach, not the ds; the last club of a boxed item is not his."""
    text = ("Il Cagliari ha scelto il nuovo direttore sportivo. Nel 2019 aveva lavorato con il Cosenza.\n\n"
            "Leggi anche: tutte le notizie del giorno\n\n"
            "Il nuovo ds troverà in panchina Mario Rossi, scelto a metà giugno per raccogliere l'eredità "
            "di Luca Bianchi.")
    got = stints_of(text, published="2024-07-10")
    rossi = {(t, r) for p, t, r, *_ in got if p == "Mario Rossi"}
    assert ("Cagliari", "head_coach") in rossi and not any(r == "sporting_director" for _t, r in rossi)
    assert not any(t == "Cosenza" for t, _r in rossi)


def test_a_side_that_conceded_nothing_had_the_scorer_and_his_assist_man():
    """'la Spagna ha battuto 2-0 la Croazia ... A decidere è stato X su cross di Y': both played for Spain."""
    got = stints_of("A Berlino la Spagna ha battuto 2-0 la Croazia nella prima giornata del girone. A decidere è stato "
                    "Álvaro Morata al 29' su cross di Fabián Ruiz.")
    assert ("Álvaro Morata", "Spagna", "player", None, None) in got
    assert ("Fabián Ruiz", "Spagna", "player", None, None) in got
    assert not any(p in ("Álvaro Morata", "Fabián Ruiz") and t == "Croazia" for p, t, *_ in got)


def test_an_equaliser_answers_the_side_a_team_mate_names():
    """'vantaggio di X, pareggio di Y' puts them on opposite sides once X's side is known from a pass to him."""
    got = stints_of("Mercoledì sera l'Italia ha pareggiato 1-1 con l'Inghilterra a Wembley: vantaggio di Nicolò "
                    "Barella al 20', pareggio di Harry Kane poco dopo. Il migliore in campo è stato Federico Chiesa, "
                    "alla prima da titolare in azzurro: è entrato al posto dell'infortunato Lorenzo Insigne e ha "
                    "servito a Barella il pallone del vantaggio.")
    assert ("Federico Chiesa", "Italia", "player", None, None) in got
    assert ("Lorenzo Insigne", "Italia", "player", None, None) in got
    assert ("Nicolò Barella", "Italia", "player", None, None) in got
    assert ("Harry Kane", "Inghilterra", "player", None, None) in got
    assert not any(p == "Harry Kane" and t == "Italia" for p, t, *_ in got)


def test_a_defeat_against_a_side_gives_it_the_only_goal():
    """'la sconfitta contro l'Empoli: 0-1, gol di X': X played for Empoli."""
    got = stints_of("A pesare è stata la sconfitta di domenica contro l'Empoli di Aurelio Andreazzoli: 0-1, gol di "
                    "Viktor Kovalenko in pieno recupero.")
    assert ("Viktor Kovalenko", "Empoli", "player", None, None) in got


def test_a_signing_told_without_the_club_is_the_story_s_club():
    """'X ha firmato un contratto fino al ...' in a paragraph naming no club: the club the story is about."""
    got = stints_of("Il Bologna ha esonerato Luca Verdi dopo la sconfitta di domenica. Il Bologna cercava una scossa.\n\n"
                    "Al suo posto torna un volto noto. Mario Bianchi ha firmato un contratto fino al 30 giugno 2024 e "
                    "domani mattina dirigerà il primo allenamento. La trattativa è stata chiusa dal direttore sportivo "
                    "Paolo Neri, arrivato in estate al posto di Franco Gialli.", published="2023-11-14")
    assert any(p == "Mario Bianchi" and t == "Bologna" and r == "head_coach" for p, t, r, *_ in got)
    assert not any(p == "Franco Gialli" and r == "head_coach" for p, _t, r, *_ in got)


def test_the_ex_of_the_day_is_the_one_named_last():
    """'non ha concesso nulla ad X: per l'ex di turno, in azzurro dal 2016 al 2021, ...': X's career, not the subject's."""
    got = stints_of("Il Napoli ha battuto 5-1 la Juventus. Dietro, il difensore Kim Min-jae non ha concesso nulla ad "
                    "Arkadiusz Milik: per l'ex di turno, in azzurro dal 2016 al 2021 e oggi alla Juve in prestito dal "
                    "Marsiglia, una serata da dimenticare.", published="2023-01-14")
    assert any(p == "Arkadiusz Milik" and t == "Marsiglia" for p, t, *_ in got)
    assert not any(p == "Kim Min-jae" and t in ("Marsiglia", "Juventus") for p, t, *_ in got)


def test_a_player_who_lines_up_joined_that_side():
    """'Osimhen serve X, arrivato dalla Dinamo Batumi' in a paragraph about the other side: X joined the side the
    line-up puts him in."""
    text = ("La Juve prova a reagire, ma al 39' Osimhen serve Khvicha Kvaratskhelia, arrivato la scorsa estate "
            "dalla Dinamo Batumi, che firma il 2-0.\n\n"
            "NAPOLI (4-3-3): Meret; Di Lorenzo, Rrahmani, Kim, Mario Rui; Anguissa, Lobotka, Zielinski; Politano, "
            "Osimhen, Kvaratskhelia. All. Spalletti.\n"
            "JUVENTUS (3-5-2): Szczesny; Danilo, Bremer, Alex Sandro; Cuadrado, McKennie, Locatelli, Rabiot, Kostic; "
            "Di Maria, Milik. All. Allegri.")
    got = stints_of(text, published="2023-01-14")
    kvara = {t for p, t, *_ in got if p == "Khvicha Kvaratskhelia"}
    assert "Napoli" in kvara and "Juventus" not in kvara


def test_a_particled_surname_at_the_start_of_a_sentence():
    """'Di María, sbarcato a Torino dopo sette stagioni al Paris Saint-Germain': 'Di' is his name, not a preposition."""
    got = stints_of("Allegri schiera Ángel Di María alle spalle di Milik.\n\nAl 39' Osimhen serve Khvicha "
                    "Kvaratskhelia, che firma il 2-0. Di María, sbarcato a Torino a parametro zero dopo sette "
                    "stagioni al Paris Saint-Germain, accorcia al 42'.")
    assert any(p == "Ángel Di María" and t == "Paris Saint-Germain" for p, t, *_ in got)
    assert not any(p == "Khvicha Kvaratskhelia" and t == "Paris Saint-Germain" for p, t, *_ in got)


def test_an_interim_who_was_the_assistant_until_then():
    """'affidata a X, fino a quel momento il vice ...: resteranno in sella ad interim': an interim now, the
    assistant before; 'accanto a Y' at another club is an assistant's work there, and 'dello stesso Z' is no subject."""
    got = stints_of("Il Monopoli ha esonerato Giuseppe Pancaro. La squadra è stata affidata a Giacomo Ferrari, fino a "
                    "quel momento il vice: resterà in sella ad interim fino al termine della stagione. Ferrari lavora "
                    "a Monopoli dall'estate del 2018, prima come secondo di Beppe Scienza e poi dello stesso Pancaro, "
                    "con una breve parentesi nel 2021 a Potenza accanto a Fabio Gallo.", published="2023-03-30")
    ferrari = {(t, r) for p, t, r, *_ in got if p == "Giacomo Ferrari"}
    assert ("Monopoli", "interim_head_coach") in ferrari
    assert ("Monopoli", "assistant_coach") in ferrari
    assert ("Potenza", "assistant_coach") in ferrari
    assert not any(p == "Giuseppe Pancaro" and t == "Potenza" for p, t, *_ in got)
    assert not any(p == "Beppe Scienza" and t == "Potenza" for p, t, *_ in got)


def test_a_team_that_returns_champions_is_no_move_and_a_club_left_ends_the_spell():
    """'le Gunners tornano campionesse' is the team's doing; 'avrebbe lasciato il club a fine stagione' ends the
    coach's spell there instead of opening another."""
    got = stints_of("A novembre 2017 l'Arsenal ha scelto Joe Montemurro come nuovo allenatore. Nella stagione successiva "
                    "le Gunners tornano campionesse d'Inghilterra dopo sette anni. Ad aprile di quest'anno il tecnico "
                    "aveva annunciato che avrebbe lasciato il club a fine stagione.", published="2021-07-01")
    arsenal = [s for s in got if s[0] == "Joe Montemurro" and s[1] == "Arsenal"]
    assert len(arsenal) == 1 and arsenal[0][3] == "2017-11" and arsenal[0][4] is not None


def test_a_coach_found_again_and_a_squad_named_after_its_coach():
    """'Ora ritrova X, che lo aveva allenato': X coached him at the club he has just joined; 'la rosa di Y' is Y's
    club; 'il general manager Z' directs the club of the paragraph."""
    got = stints_of("L'Inter ha riabbracciato Romelu Lukaku, che arriva dal Chelsea in prestito. Ora ritrova Simone "
                    "Inzaghi, che lo aveva allenato per poche settimane.\n\n"
                    "L'Atalanta ha rinnovato molto in estate. Quest'anno la rosa di Gian Piero Gasperini è "
                    "cambiata parecchio.\n\n"
                    "La Roma ha preso Paulo Dybala. Soddisfatto anche il general manager Tiago Pinto.",
                    published="2022-07-21")
    assert ("Simone Inzaghi", "Inter", "head_coach", None, None) in got
    assert not any(p == "Simone Inzaghi" and t == "Chelsea" for p, t, *_ in got)
    assert ("Gian Piero Gasperini", "Atalanta", "head_coach", None, None) in got
    assert ("Tiago Pinto", "Roma", "sporting_director", None, None) in got


def test_a_coordinator_of_youth_sides_and_a_woman_ct():
    """'il coordinamento tecnico di Nazionale A, Under 21 e Under 20' is one post with the senior side; 'la ct X, alla
    guida delle azzurre dal 2017' is X's spell with the women's side, not the subject's."""
    got = stints_of("Carmine Nunziata è il nuovo ct dell'Under 21. A Roberto Mancini la Federazione affida anche il "
                    "coordinamento tecnico di Nazionale A, Under 21 e Under 20; Maurizio Viscidi seguirà invece le "
                    "selezioni dall'Under 15 all'Under 19. Sul fronte femminile, invece, il contratto della ct Milena "
                    "Bertolini, alla guida delle azzurre dal 2017, è in scadenza.", published="2023-08-04")
    assert ("Roberto Mancini", "Italia", "youth_coordinator", None, None) in got
    assert ("Maurizio Viscidi", "Italia", "youth_coordinator", None, None) in got
    assert not any(p in ("Roberto Mancini", "Maurizio Viscidi") and "Under" in t for p, t, *_ in got)
    assert ("Milena Bertolini", "Italia femminile", "head_coach", "2017", None) in got
    assert not any(p == "Carmine Nunziata" and t == "Italia femminile" for p, t, *_ in got)


def test_other_coaches_benches_and_countries_as_places():
    """'quella di X a Perugia' is X's bench, not the subject's; 'negli Emirati' is a country, not its national
    side; 'titolare nell'Italia che vinse l'Europeo' is the side."""
    got = stints_of("Fabio Cannavaro è il nuovo allenatore del Benevento. Prima ancora, erano già saltate due panchine: "
                    "quella di Fabio Castori a Perugia e quella di Rolando Maran a Pisa. Da calciatore aveva chiuso "
                    "la carriera negli Emirati con l'Al-Ahli, dove ha smesso nel 2011.", published="2023-09-20")
    assert not any(p == "Fabio Cannavaro" and t in ("Perugia", "Pisa", "Emirati Arabi Uniti") for p, t, *_ in got)
    assert any(p == "Fabio Castori" and t == "Perugia" for p, t, *_ in got)
    got = stints_of("Tarcisio Burgnich fu titolare nell'Italia che vinse l'Europeo del 1968, e due anni dopo giocò la "
                    "finale del Mondiale, persa contro il Brasile di Pelé.")
    assert any(p == "Tarcisio Burgnich" and t == "Italia" for p, t, *_ in got)
    assert not any(p == "Tarcisio Burgnich" and t == "Brasile" for p, t, *_ in got)


def test_a_speaker_named_after_his_quote_and_a_debut_he_was_given():
    """'il ct della Nazionale: «Ciao Mister ...», ha scritto X' is X (a greeting gives the speaker no role);
    'fu lui a far esordire un X' makes X a player of the coach's club."""
    got = stints_of("Nell'estate del 1981 il Bologna chiamò Tarcisio Burgnich in panchina: fu lui, a settembre, a far "
                    "esordire in Serie A un Roberto Mancini di appena sedici anni.\n\n"
                    "Tra i primi a ricordarlo proprio il commissario tecnico della Nazionale: «Ciao Mister, grazie per "
                    "quel magico esordio», ha scritto Mancini sui social.", published="2021-05-26")
    assert any(p == "Roberto Mancini" and t == "Bologna" and r == "player" for p, t, r, *_ in got)
    assert any(p == "Roberto Mancini" and t == "Italia" and r == "head_coach" for p, t, r, *_ in got)
    assert not any(p == "Tarcisio Burgnich" and t == "Italia" for p, t, *_ in got)
    assert not any(p == "Roberto Mancini" and t == "Bologna" and r == "head_coach" for p, t, r, *_ in got)


def test_an_apposition_vice_of_gives_the_club_of_the_one_assisted():
    """'X, ex vice di Maurizio Sarri a Napoli': X assisted at Napoli (the boss's club), whatever the sentence's club."""
    got = stints_of("Maurizio Sarri ha guidato il Napoli dal 2015 al 2018. Il finale di stagione della Lazio è stato "
                    "affidato a Francesco Calzona, ex vice di Maurizio Sarri, che guida anche la Slovacchia.",
                    published="2024-02-20")
    assert any(p == "Francesco Calzona" and t == "Napoli" and r == "assistant_coach" for p, t, r, *_ in got)


def test_an_interview_with_quoted_answers_is_the_interviewee_s_story():
    """Questions as plain lines, answers as quoted paragraphs: the answers are the interviewee's first-person
    career and his direct speech, even after a lead-in that is no question."""
    text = ("Titolo: Chivu si racconta\nIl tecnico romeno parla della sua carriera\n\n" + LEAD + "\n\n"
            "Cristian Chivu è il nuovo allenatore del Parma.\n\n"
            "Mister, come nasce il calciatore Chivu?\n"
            "«In Romania, a Resita. Da calciatore ho esordito da ragazzino; nel 1999 è arrivata la chiamata "
            "dell'Ajax: avevo diciotto anni e non sapevo una parola di olandese».\n\n"
            "Poi l'Italia.\n"
            "«Nel 2003 sono passato alla Roma. Il primo anno c'era Fabio Capello, uno che non perdonava niente».\n\n"
            "E l'Inter?\n"
            "«Nel 2007 mi sono trasferito all'Inter, dove sono rimasto fino al 2014».\n")
    ex = extract(text, published="2025-04-02")
    got = {(s.person, s.team, s.role) for s in ex.stints}
    assert ("Cristian Chivu", "Ajax", "player") in got
    assert ("Cristian Chivu", "Roma", "player") in got
    assert {q.speaker for q in ex.quotes} == {"Cristian Chivu"}


def test_a_director_s_profile_his_playing_days_and_who_hired_him():
    """'era un attaccante ... Poi una lunga gavetta tra A e B' are playing spells; 'Nel 1992 X gli affidò la
    direzione sportiva di quel club' makes him the director and X the president of the club told before."""
    got = stints_of("Giovanni Sartori è il direttore sportivo del Bologna. Sartori era un attaccante cresciuto nel "
                    "Milan. Poi una lunga gavetta tra Venezia, Udinese e Ternana, prima di approdare nel 1984 al "
                    "Chievo, dove nel 1989 chiuse la carriera.\n\n"
                    "Leggi anche: le pagelle rossoblù della finale\n\n"
                    "Nel 1992 Luca Campedelli gli affidò la direzione sportiva di quel club di quartiere.",
                    published="2025-05-16")
    sartori = {(t, r) for p, t, r, *_ in got if p == "Giovanni Sartori"}
    assert {("Venezia", "player"), ("Udinese", "player"), ("Ternana", "player")} <= sartori
    assert ("Chievo", "sporting_director") in sartori
    assert any(p == "Luca Campedelli" and t == "Chievo" and r == "president" for p, t, r, *_ in got)


def test_a_national_side_s_staff_and_a_press_conference_city():
    """'presentato questa mattina a Roma, all'Hotel ...' is where, not a club; a national story's staff
    ('Come collaboratore tecnico entra X', 'La parte atletica è affidata a Y e Z') and the predecessor whose legacy
    he takes belong to the national side."""
    text = ("Italia, inizia l'era Gattuso: ecco chi lavorerà al suo fianco\nIl nuovo ct presentato con il suo staff\n\n"
            + LEAD + "\n\nGennaro Gattuso è stato presentato questa mattina a Roma, all'Hotel Parco dei Principi, come "
            "nuovo commissario tecnico dell'Italia. Claudio Ranieri ha preferito restare alla Roma. Gattuso raccoglie "
            "l'eredità di Luciano Spalletti, sollevato dall'incarico dopo il 3-0 subito a Oslo.\n\n"
            "Come collaboratore tecnico entra Leonardo Bonucci. La parte atletica è affidata a Bruno Dominici e Dino "
            "Tenderini.")
    ex = extract(text, published="2025-06-19")
    got = {(s.person, s.team, s.role) for s in ex.stints}
    assert ("Gennaro Gattuso", "Italia", "head_coach") in got
    assert not any(p == "Gennaro Gattuso" and t == "Roma" for p, t, _r in got)
    assert ("Luciano Spalletti", "Italia", "head_coach") in got
    assert {("Leonardo Bonucci", "Italia", "assistant_coach"), ("Bruno Dominici", "Italia", "assistant_coach"),
            ("Dino Tenderini", "Italia", "assistant_coach")} <= got


def test_a_nationality_description_names_the_one_already_so_called():
    """'Il centravanti polacco ... l'alternativa a Dusan Vlahovic ... Per il polacco è un ritorno': Milik's career."""
    got = stints_of("È ufficiale l'arrivo di Arkadiusz Milik alla Juventus. Il centravanti polacco lascia "
                    "l'Olympique Marsiglia in prestito. Massimiliano Allegri trova così l'alternativa a Dusan Vlahovic "
                    "che chiedeva da settimane. Per il polacco è un ritorno in Serie A: in carriera ha vestito le "
                    "maglie di Augsburg e Ajax prima di approdare al Napoli.", published="2022-08-27")
    assert any(p == "Arkadiusz Milik" and t == "Ajax" for p, t, *_ in got)
    assert not any(p == "Dusan Vlahovic" and t in ("Ajax", "Augsburg", "Napoli") for p, t, *_ in got)


def test_classe_gives_a_birth_year_not_the_day_of_the_news():
    """'Il 19 luglio Matthijs de Ligt, classe 1999, è stato ceduto': born in 1999, not on 19 July 1999."""
    ex = extract(f"Titolo della notizia\nUn sommario della notizia\n\n{LEAD}\n\nIl 19 luglio Matthijs de Ligt, classe "
                 "1999, è stato ceduto al Bayern Monaco a titolo definitivo.", published="2022-08-27")
    assert [(b.person, b.date) for b in ex.births] == [("Matthijs de Ligt", "1999")]


def test_the_nazionale_of_a_foreigner_is_his_country_s():
    """'In Nazionale ha collezionato 86 presenze' of a man the article calls 'il tedesco' is Germany, not Italy;
    'tra club e Nazionale' names no side."""
    got = stints_of("Andreas Brehme è morto nella notte. Nel 1988 arrivò all'Inter. Con i nerazzurri, fino al 1992, "
                    "il tedesco ha messo insieme uno scudetto. In Nazionale ha collezionato 86 presenze tra il 1984 e "
                    "il 1994. In bacheca, tra club e Nazionale, restano un Mondiale e uno scudetto.",
                    published="2024-02-20")
    assert ("Andreas Brehme", "Germania", "player", "1984", "1994") in got
    assert not any(t == "Italia" for _p, t, *_ in got)


def test_a_women_s_side_keeps_its_name_through_a_city_and_its_first_team():
    """In a women's story 'a Brescia' and 'esordito in prima squadra' stay with the women's sides."""
    got = stints_of("Il calcio femminile riparte. Stesso passaggio a Brescia per Barbara Bonansea: dopo gli anni nel "
                    "Torino, con cui ha esordito in prima squadra nel 2006, nel 2012 si è trasferita alle Leonesse, "
                    "e nel 2017 ha scelto la Juventus Women appena nata.", published="2024-05-22")
    assert not any(t in ("Brescia", "Juventus") for _p, t, *_ in got)


def test_a_first_name_that_looks_like_a_gerund_after_a_colon():
    """'Ieri la scelta definitiva: Rolando Maran, che torna a Brescia': 'Rolando' is a first name, not '-ando'."""
    got = stints_of("Il Brescia ha esonerato Daniele Gastaldello. Ieri la scelta definitiva: Rolando Maran, che torna "
                    "a Brescia dopo averla già guidata tra il 2005 e il marzo 2006.", published="2023-11-15")
    assert any(p == "Rolando Maran" and t == "Brescia" for p, t, *_ in got)


def test_the_team_passes_ad_interim_to_the_youth_coach():
    """'la squadra passa ad interim a X. L'uruguaiano allena dal 2022 la Primavera e sarà un traghettatore':
    X is the interim of the story's club and its youth coach since 2022, two posts."""
    got = stints_of("La Juventus ha esonerato Massimiliano Allegri. Per le ultime due partite la squadra passa ad "
                    "interim a Paolo Montero. L'uruguaiano allena dal 2022 la Primavera bianconera e sarà un "
                    "traghettatore in piena regola.", published="2024-05-17")
    montero = {(t, r, a) for p, t, r, a, _e in got if p == "Paolo Montero"}
    assert any(t == "Juventus" and r == "interim_head_coach" for t, r, _a in montero)
    assert ("Juventus", "youth_coach", "2022") in montero


def test_the_successor_named_after_a_colon_signs_with_the_club():
    """'è arrivata l'ufficialità del successore: X, che si è legato al club fino al 30 giugno': X coaches the story's
    club."""
    got = stints_of("Il Palermo ha sollevato dall'incarico Eugenio Corini.\n\nPoche ore dopo è arrivata l'ufficialità "
                    "del successore: Michele Mignani, che si è legato al club fino al 30 giugno.", published="2024-04-03")
    assert any(p == "Michele Mignani" and t == "Palermo" and r == "head_coach" for p, t, r, *_ in got)


def test_an_ex_player_apposition_tells_his_playing_clubs():
    """'Genovese, ex difensore lanciato in Serie A dalla Sampdoria e per un decennio bandiera del Siena, X ha
    cominciato ad allenare ...': he played for both, whatever the coaching sentence says next."""
    got = stints_of("Michele Mignani è il nuovo allenatore del Palermo. Genovese, classe 1972, ex difensore lanciato in "
                    "Serie A dalla Sampdoria e per quasi un decennio bandiera del Siena, Mignani ha cominciato ad "
                    "allenare proprio nel settore giovanile bianconero, dal 2009 al 2014.", published="2024-04-03")
    mignani = {(t, r) for p, t, r, *_ in got if p == "Michele Mignani"}
    assert ("Sampdoria", "player") in mignani and ("Siena", "player") in mignani
    assert ("Sampdoria", "head_coach") not in mignani


def test_the_vice_of_a_coach_described_by_his_nationality():
    """'fu il vice del romeno Cosmin Olaroiu all'Al-Ahli': Olaroiu coached there (the subject assisted him)."""
    got = stints_of("Fabio Cannavaro è stato esonerato dalla Dinamo Zagabria. Nella stagione 2013-14 Cannavaro fu il "
                    "vice del romeno Cosmin Olaroiu proprio all'Al-Ahli.", published="2025-04-09")
    assert any(p == "Cosmin Olaroiu" and t == "Al-Ahli" and r == "head_coach" for p, t, r, *_ in got)


def test_the_one_he_took_over_from_is_not_the_subject():
    """'Al Pontedera era subentrato nell'ottobre 2022 a Pasquale Catalano ... In precedenza aveva guidato
    l'Olbia': the subject's career goes on, Catalano is only the predecessor."""
    got = stints_of("Massimiliano Canzi sarà l'allenatore della Juventus Women. Al Pontedera era subentrato "
                    "nell'ottobre 2022 a Pasquale Catalano. In precedenza aveva guidato l'Olbia dall'agosto 2020 al "
                    "maggio 2022.", published="2024-05-22")
    assert any(p == "Massimiliano Canzi" and t == "Olbia" for p, t, *_ in got)
    assert not any(p == "Pasquale Catalano" and t == "Olbia" for p, t, *_ in got)


def test_the_opponent_of_a_derby_told_with_its_day():
    """'Nel derby di domenica con la Cremonese, ... la squadra era stata affidata a X': Cremonese is the opponent."""
    got = stints_of("Il Brescia ha esonerato Daniele Gastaldello. Nel derby di domenica con la Cremonese, perso 0-3, la "
                    "squadra era stata affidata a Luca Belingheri.", published="2023-11-15")
    assert any(p == "Luca Belingheri" and t == "Brescia" for p, t, *_ in got)
    assert not any(p == "Luca Belingheri" and t == "Cremonese" for p, t, *_ in got)


def test_a_youth_coach_entrusted_with_the_first_team_for_a_match():
    """'la squadra era stata affidata a X, tecnico della Primavera, reduce da tre stagioni nel vivaio grigiorosso':
    an interim of the story's club, its youth coach, and before that a youth coach at Cremonese."""
    got = stints_of("Il Brescia ha esonerato Daniele Gastaldello. Nel derby di domenica con la Cremonese la squadra era "
                    "stata affidata a Luca Belingheri, tecnico della Primavera, reduce da tre stagioni nel vivaio "
                    "grigiorosso.", published="2023-11-15")
    roles = {(t, r) for p, t, r, *_ in got if p == "Luca Belingheri"}
    assert {("Brescia", "interim_head_coach"), ("Brescia", "youth_coach"), ("Cremonese", "youth_coach")} <= roles


def test_a_place_glued_to_a_name_is_left_off_it():
    """'sbarcano in Sicilia Simone Vergassola (vice)': 'Sicilia' is where, 'Simone Vergassola' the assistant."""
    got = stints_of("Il Palermo ha scelto Michele Mignani. Con il nuovo allenatore sbarcano in Sicilia Simone "
                    "Vergassola (vice) e Davide Campofranco (collaboratore tecnico).", published="2024-04-03")
    assert any(p == "Simone Vergassola" and t == "Palermo" and r == "assistant_coach" for p, t, r, *_ in got)


def test_spells_that_followed_told_with_plural_career_nouns():
    """'Sono seguite le avventure all'estero con Valencia e Olympique Marsiglia e, nella stagione 2024/25, con
    l'Hajduk Spalato': three coaching spells."""
    got = stints_of("Gennaro Gattuso è il nuovo ct dell'Italia. Da allenatore ha vinto la Coppa Italia con il Napoli. "
                    "Sono seguite le avventure all'estero con Valencia e Olympique Marsiglia e, nella stagione "
                    "2024/25, con l'Hajduk Spalato.", published="2025-06-19")
    gattuso = {(t, r, a, e) for p, t, r, a, e in got if p == "Gennaro Gattuso"}
    assert ("Valencia", "head_coach", None, None) in gattuso
    assert ("Hajduk Spalato", "head_coach", "2024", "2025") in gattuso


def test_a_first_bench_where_he_still_played():
    """'In panchina ha esordito nel 2013 al Sion, dove era ancora giocatore': coach and player there."""
    got = stints_of("Gennaro Gattuso è il nuovo ct dell'Italia. In panchina ha esordito nel 2013 al Sion, dove era "
                    "ancora giocatore, poi Palermo e Pisa.", published="2025-06-19")
    sion = {r for p, t, r, *_ in got if p == "Gennaro Gattuso" and t == "Sion"}
    assert {"head_coach", "player"} <= sion


def test_more_turkish_clubs_are_known():
    """'nell'estate 2022 riparte dalla Turchia, dal Fatih Karagümrük': a club of the Süper Lig the gazetteer knows."""
    got = stints_of("Andrea Pirlo è il nuovo allenatore della Sampdoria. Da allenatore, dopo un anno di stop, "
                    "nell'estate 2022 è ripartito dalla Turchia, dal Fatih Karagümrük.", published="2023-06-30")
    assert any(p == "Andrea Pirlo" and t == "Fatih Karagümrük" for p, t, *_ in got)


def test_a_range_whose_first_end_is_a_season_word():
    """'dove è rimasto dall'estate 2016 al gennaio 2021': the second date closes the spell."""
    got = stints_of("Arkadiusz Milik è un nuovo giocatore della Juventus. In carriera è approdato al Napoli, dove è "
                    "rimasto dall'estate 2016 al gennaio 2021.", published="2022-08-27")
    assert ("Arkadiusz Milik", "Napoli", "player", "2016", "2021-01") in got


def test_a_length_told_with_in_and_a_later_move():
    """'in quattro stagioni aveva vinto ..., prima di tornare in Inghilterra': a four-season spell."""
    got = stints_of("Paul Pogba torna alla Juventus. Il francese era arrivato alla Juventus nel 2012; in quattro "
                    "stagioni aveva vinto quattro scudetti, prima di tornare in Inghilterra.", published="2022-07-11")
    assert ("Paul Pogba", "Juventus", "player", "2012", "2016") in got


def test_news_further_down_starts_on_the_news_day():
    """A present-tense appointment after a career paragraph is today's news; after an old date it is not."""
    body = ("Il Brescia ha esonerato il tecnico. Nel 2019 aveva vinto il campionato con la Reggiana.\n\n"
            "Al suo posto le Rondinelle hanno scelto Rolando Maran, che dirige oggi il primo allenamento.")
    got = stints_of(body, published="2023-11-14")
    assert ("Rolando Maran", "Brescia", "head_coach", "2023-11-14", None) in got
    old = stints_of("Il Brescia ha esonerato il tecnico.\n\nNel 2005 aveva vinto il campionato con la Reggiana, "
                    "e al suo posto la squadra sceglie Rolando Maran.", published="2023-11-14")
    assert not any(p == "Rolando Maran" and a == "2023-11-14" for p, t, r, a, e in old)


def test_an_end_told_after_the_start_in_the_same_clause():
    """'Nel novembre 2014 il Guangzhou lo scelse ..., salvo esonerarlo il 4 giugno 2015': start and end."""
    got = stints_of("Fabio Cannavaro è il nuovo allenatore dell'Udinese. Nel novembre 2014 il Guangzhou Evergrande lo "
                    "scelse come erede di Marcello Lippi, salvo esonerarlo il 4 giugno 2015.", published="2024-04-22")
    assert ("Fabio Cannavaro", "Guangzhou Evergrande", "head_coach", "2014-11", "2015-06-04") in got


def test_quando_carries_the_date_to_the_end_it_tells():
    """'restò in panchina fino al settembre 2000, quando i Blues lo esonerarono': the sacking's date."""
    got = stints_of("Gianluca Vialli è morto. Nel febbraio 1998 divenne l'allenatore del Chelsea. Lasciato il calcio "
                    "giocato nel 1999, restò in panchina fino al settembre 2000, quando i Blues lo esonerarono.",
                    published="2023-01-06")
    assert any(p == "Gianluca Vialli" and t == "Chelsea" and r == "head_coach" and e == "2000-09"
               for p, t, r, a, e in got)


def test_an_ex_player_description_is_not_the_young_player_who_plays_on():
    """'... guidata da Ignazio Abate. L'ex terzino, che ha vestito la maglia del Milan dal 2009 al 2019': Abate."""
    got = stints_of("Francesco Camarda ha esordito in Serie A con il Milan. È titolare nella Primavera, la formazione "
                    "Under 19 guidata da Ignazio Abate. L'ex terzino, che ha vestito la maglia del Milan dal 2009 al "
                    "2019, lo conosce bene.", published="2023-11-26")
    assert ("Ignazio Abate", "Milan", "player", "2009", "2019") in got
    assert not any(p == "Francesco Camarda" and a == "2009" for p, t, r, a, e in got)


def test_a_person_introduced_with_a_cominciare_da_is_the_subject():
    """'A cominciare da Cristiana Girelli, nata a Gavardo il 23 aprile 1990: ... con cui ha conquistato due
    scudetti (2014, 2016)': her titles, and the date inside the sentence is no photo caption."""
    ex = extract("Titolo\n\nMassimiliano Canzi è il nuovo allenatore della Juventus Women. Canzi troverà un gruppo di "
                 "veterane. A cominciare da Cristiana Girelli, nata a Gavardo il 23 aprile 1990: cresciuta nel Bardolino "
                 "Verona, è passata poi al Brescia, con cui ha conquistato due scudetti (2014, 2016).",
                 published="2024-05-22")
    won = {(h.person, h.capacity, h.year) for h in ex.honours}
    assert ("Cristiana Girelli", "player", 2014) in won or ("Cristiana Girelli", "player", "2014") in won \
        or any(h.person == "Cristiana Girelli" and h.capacity == "player" and (h.season or "").startswith("2013")
               for h in ex.honours)
    assert not any(h.person == "Massimiliano Canzi" for h in ex.honours)


def test_women_s_first_names_are_known():
    """'Stesso passaggio a Brescia per Barbara Bonansea, classe 1991': a woman named with her first name."""
    ex = extract("Titolo\n\nStesso passaggio a Brescia per Barbara Bonansea, classe 1991 di Pinerolo.",
                 published="2024-05-22")
    assert "Barbara Bonansea" in {e.name for e in ex.entities}


def test_who_wanted_him_at_a_club_held_a_post_there():
    """'Helenio Herrera lo volle all'Inter' (a player's coach); 'mi ha chiamato Enrico Preziosi al Genoa' (a coach's
    president)."""
    got = stints_of("Tarcisio Burgnich è morto. Dopo la Juventus, Helenio Herrera lo volle all'Inter e il terzino ci "
                    "restò dodici anni da giocatore.", published="2021-05-26")
    assert ("Helenio Herrera", "Inter", "head_coach", None, None) in got
    got = stints_of("Gian Piero Gasperini è l'allenatore dell'Atalanta. Da allenatore ha guidato il Crotone. Nel 2006 "
                    "mi ha chiamato Enrico Preziosi al Genoa, ha raccontato il tecnico.", published="2024-05-23")
    assert any(p == "Enrico Preziosi" and t == "Genoa" and r == "president" for p, t, r, a, e in got)


def test_the_predecessor_after_an_adjective_or_subentrato_a():
    """'raccogliere l'eredità del dimissionario Silvio Baldini', 'era subentrato nell'ottobre 2022 a Pasquale
    Catalano': both coached the club before."""
    got = stints_of("Eugenio Corini lascia il Palermo. Il tecnico bresciano era tornato in Sicilia nell'agosto 2022 per "
                    "raccogliere l'eredità del dimissionario Silvio Baldini.", published="2024-04-03")
    assert any(p == "Silvio Baldini" and t == "Palermo" and r == "head_coach" for p, t, r, a, e in got)
    got = stints_of("Massimiliano Canzi è il nuovo allenatore della Juventus Women. Al Pontedera era subentrato "
                    "nell'ottobre 2022 a Pasquale Catalano.", published="2024-05-22")
    assert any(p == "Pasquale Catalano" and t == "Pontedera" and r == "head_coach" for p, t, r, a, e in got)


def test_an_end_alone_closes_the_latest_spell_begun_before_it():
    """Two open spells at one club (2014 and the return of 2021): today's sacking ends the second."""
    from taccuino.facts.stints import Draft, _merge
    merged = _merge([Draft("allegri", "juventus", "head_coach", "2014", None, evidence=[(0, 1)]),
                     Draft("allegri", "juventus", "head_coach", "2021", None, evidence=[(2, 3)]),
                     Draft("allegri", "juventus", "head_coach", None, "2024-05-17", "sacked", evidence=[(4, 5)])])
    assert [(d.start, d.end) for d in merged] == [("2014", None), ("2021", "2024-05-17")]


def test_a_return_to_the_bench_opens_a_second_spell():
    """'Arrivato nell'estate 2014 ... Dopo due anni di stop era tornato in sella nel 2021': two spells, the first
    ending two years before the second."""
    got = stints_of("Massimiliano Allegri non è più l'allenatore della Juventus. Il tecnico era arrivato sulla panchina "
                    "della Juventus nell'estate 2014 per raccogliere l'eredità di Antonio Conte. Dopo due anni di stop era "
                    "tornato in sella nel 2021: il secondo ciclo ha portato soltanto una coppa.", published="2024-05-17")
    spells = sorted((a, e) for p, t, r, a, e in got if p == "Massimiliano Allegri" and t == "Juventus")
    assert spells == [("2014", "2019"), ("2021", "2024-05-17")]


def test_the_main_club_is_the_headline_s_and_sections_keep_the_protagonist():
    """A new coach's profile lists his old clubs often ('Coppa UEFA 2005/06 (Siviglia)'): his staff joins the
    headline's club; a section title inside the body starts a section about the protagonist again."""
    ex = extract("Chelsea, è ufficiale: Enzo Maresca è il nuovo allenatore dei Blues\nContratto di cinque anni\n\n"
                 "Enzo Maresca ha firmato un contratto quinquennale. Con lui arrivano da Leicester i collaboratori: "
                 "Willy Caballero (vice allenatore) e Danny Walker (collaboratore tecnico). Caballero a Londra è di casa."
                 "\n\nIl campo, prima della panchina\n\nNato il 10 febbraio 1980, l'ex centrocampista ha giocato nel "
                 "West Bromwich Albion dal 1998 al 2000.\n\nGli anni migliori sono stati quelli di Siviglia, dal 2005 "
                 "al 2009.\n\nCoppa UEFA 2005/06 e 2006/07 (Siviglia)\nSupercoppa UEFA 2006 (Siviglia)",
                 published="2024-06-03")
    got = {(s.person, s.team, s.role) for s in ex.stints}
    assert ("Willy Caballero", "Chelsea", "assistant_coach") in got
    assert any(p == "Enzo Maresca" and t.startswith("West Bromwich") and r == "player" for p, t, r in got)
    assert not any(p == "Willy Caballero" and t.startswith("West Bromwich") for p, t, r in got)


def test_nazionale_with_a_demonym_is_that_country_s_side():
    """'senza lasciare la guida della nazionale slovacca': Slovakia, not Italy."""
    got = stints_of("Francesco Calzona ha guidato il Napoli senza lasciare la guida della nazionale slovacca.",
                    published="2024-05-29")
    assert any(p == "Francesco Calzona" and t == "Slovacchia" for p, t, r, a, e in got)


def test_club_presided_by_and_a_one_sided_result_with_its_scorer():
    """'la nota del club presieduto da Saverio Sticchi Damiani'; 'il Verona di Marco Baroni, l'allenatore che ...,
    ha vinto 0-1: decisivo il sinistro di Michael Folorunsho' puts the scorer on the winning side."""
    got = stints_of("Il Lecce ha esonerato Roberto D'Aversa, la nota del club presieduto da Saverio Sticchi Damiani. "
                    "Al Via del Mare il Verona di Marco Baroni, l'allenatore che aveva salvato i giallorossi, ha vinto 0-1 "
                    "lo scontro diretto: decisivo al 17' il sinistro di Michael Folorunsho.", published="2024-03-13")
    assert any(p == "Saverio Sticchi Damiani" and t == "Lecce" and r == "president" for p, t, r, a, e in got)
    assert any(p == "Michael Folorunsho" and t == "Verona" and r == "player" for p, t, r, a, e in got)


def _births(text: str, published: str) -> set[tuple]:
    ex = extract(f"Titolo della notizia\nUn sommario della notizia\n\n{LEAD}\n\n{text}", published=published)
    return {(b.person, b.date, b.place) for b in ex.births}


def test_birth_places_from_a_demonym_an_epithet_and_classe_di():
    """'Torinese, nata il 31 gennaio 1971' (Torino); 'il tecnico di Adria, classe 1967' (Adria); 'classe 1991 di
    Pinerolo'; 'Classe 1983, nato a Castellammare di Stabia il 31 gennaio, ... esordito il 14 maggio 2000'."""
    assert ("Rita Guarino", "1971-01-31", "Torino") in _births(
        "Rita Guarino lascia l'Inter. Torinese, nata il 31 gennaio 1971, Guarino è stata un'attaccante.", "2024-06-30")
    assert ("Luca Gotti", "1967", "Adria") in _births(
        "Luca Gotti è il nuovo allenatore del Lecce. Il club ha ufficializzato l'accordo con il tecnico di Adria, classe "
        "1967, che ha firmato fino a giugno.", "2024-03-13")
    assert ("Fabio Quagliarella", "1983-01-31", "Castellammare di Stabia") in _births(
        "Fabio Quagliarella si ritira. Classe 1983, nato a Castellammare di Stabia il 31 gennaio, è cresciuto nel Torino, "
        "con cui ha esordito in Serie A il 14 maggio 2000.", "2023-11-19")
    assert ("Giovanni Manna", "1988", "Vallo della Lucania") in _births(
        "Giovanni Manna è il nuovo ds del Napoli. Classe 1988, nato a Vallo della Lucania, Manna ha bruciato le tappe.",
        "2024-05-29")


def test_extraction_is_the_same_under_any_hash_seed():
    """Extraction is a pure function of the article: two interpreters with different string hashing agree."""
    import os
    import subprocess
    import sys
    from pathlib import Path
    case = Path(__file__).parent / "cases" / "343-manna-ds-napoli.txt"
    code = ("import json, sys, taccuino; d = taccuino.extract(sys.argv[1]).to_dict(); "
            "d['document'].pop('extracted_at', None); print(json.dumps(d, sort_keys=True))")
    outs = [subprocess.run([sys.executable, "-c", code, str(case)], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")]
    assert outs[0] == outs[1] == outs[2]


def test_the_nearer_of_a_player_s_and_a_coach_s_cue():
    """'Per X è il primo derby vinto da allenatore, il più dolce per chi la maglia giallorossa l'ha indossata da
    calciatore dal 2001 al 2019': the years are his playing ones."""
    got = stints_of("Daniele De Rossi ha vinto il derby. Per Daniele De Rossi è il primo derby vinto da allenatore, il più "
                    "dolce per chi la maglia giallorossa l'ha indossata da calciatore dal 2001 al 2019.",
                    published="2024-04-07")
    assert ("Daniele De Rossi", "Roma", "player", "2001", "2019") in got


def test_a_trophy_s_season_does_not_date_the_spell():
    """'A Napoli l'allenatore toscano è rimasto fino al 2013, vincendo la Coppa Italia 2011/12': ends in 2013."""
    got = stints_of("Walter Mazzarri torna al Napoli. Nell'ottobre 2009 De Laurentiis lo chiamò al Napoli. A Napoli "
                    "l'allenatore toscano è rimasto fino al 2013, vincendo la Coppa Italia 2011/12.", published="2023-11-14")
    assert any(p == "Walter Mazzarri" and t == "Napoli" and e == "2013" for p, t, r, a, e in got)
    assert not any(p == "Walter Mazzarri" and t == "Napoli" and (a, e) == ("2011", "2012") for p, t, r, a, e in got)


def test_a_season_s_loan_is_that_season():
    """'Nella stagione 1999/00 i nerazzurri lo mandano in prestito alla Reggina': the Reggina spell is 1999-2000."""
    got = stints_of("Andrea Pirlo compie gli anni. Nell'estate del 1998 passa all'Inter. Nella stagione 1999/00 i "
                    "nerazzurri lo mandano in prestito alla Reggina, dove gioca un campionato da protagonista.",
                    published="2024-05-19")
    assert ("Andrea Pirlo", "Reggina", "player", "1999", "2000") in got


def test_a_leading_participle_belongs_to_the_subject_named_later():
    """'Arrivato la scorsa estate dopo le esperienze con Parma e Sampdoria, che lo aveva esonerato nel gennaio
    2022, D'Aversa lascia la squadra': D'Aversa coached both, before; Sampdoria sacked him in January 2022."""
    got = stints_of("Il Lecce ha esonerato Roberto D'Aversa. Al suo posto arriva Luca Gotti. Arrivato la scorsa estate "
                    "dopo le esperienze con Parma e Sampdoria, che lo aveva esonerato nel gennaio 2022, D'Aversa lascia "
                    "la squadra al sedicesimo posto.", published="2024-03-13")
    assert ("Roberto D'Aversa", "Parma", "head_coach", None, None) in got
    assert ("Roberto D'Aversa", "Sampdoria", "head_coach", None, "2022-01") in got
    assert not any(p == "Luca Gotti" and t in ("Parma", "Sampdoria") for p, t, r, a, e in got)


def test_il_portiere_x_makes_him_a_player_and_nello_is_no_name():
    """'Come nasce il portiere Marchegiani?' then '«Nello Jesi, la squadra della mia terra ...»': a player's story,
    and 'Nello Jesi' is 'in Jesi', not a person."""
    ex = extract("Marchegiani: «Il Toro mi ha insegnato a soffrire»\nL'ex numero uno ripercorre la carriera\n\n"
                 "Luca Marchegiani, nato ad Ancona il 22 febbraio 1966, è stato uno dei portieri più affidabili.\n\n"
                 "Come nasce il portiere Marchegiani?\n«Nello Jesi, la squadra della mia terra. Poi il Brescia, nel 1987».\n\n"
                 "Nel 1988 arriva il Torino.\n«Cinque anni che mi porto dentro».", published="2024-02-22")
    assert "Nello Jesi" not in {e.name for e in ex.entities}
    assert {s.role for s in ex.stints if s.person == "Luca Marchegiani" and s.team == "Torino"} == {"player"}


def test_a_squad_list_gives_each_player_the_club_in_brackets():
    """'Portieri: Rachele Baldi (Inter), Francesca Durante (Fiorentina)': each plays for that club."""
    got = stints_of("Il ct Andrea Soncin ha diramato le convocate per l'Europeo.\n\nPortieri: Rachele Baldi (Inter), "
                    "Francesca Durante (Fiorentina), Laura Giuliani (Milan)", published="2025-06-25")
    clubs = {(p, r) for p, t, r, a, e in got if t.startswith(("Inter", "Fiorentina", "Milan"))}
    assert {("Rachele Baldi", "player"), ("Francesca Durante", "player"), ("Laura Giuliani", "player")} <= clubs


def test_a_date_in_the_next_clause_is_no_birth_day():
    """'Corini, nato a Bagnolo Mella, classe 1970, era tornato in Sicilia il 7 agosto 2022': born in 1970."""
    assert ("Eugenio Corini", "1970", "Bagnolo Mella") in _births(
        "Il Palermo esonera Eugenio Corini. Corini, nato a Bagnolo Mella, classe 1970, era tornato in Sicilia il 7 "
        "agosto 2022.", "2024-04-03")


def test_a_coach_on_the_bench_since_and_a_player_who_came_from():
    """'Con Stefano Pioli, in panchina dall'ottobre 2019, ha costruito ...' (Milan's coach since then); 'In panchina
    c'era Moreno Longo, arrivato nel settembre 2022'; 'con Douglas Luiz arrivato dall'Aston Villa' (his past club)."""
    got = stints_of("Il Milan saluta Paolo Maldini, direttore tecnico del Milan dal 2019. Con Stefano Pioli, in panchina "
                    "dall'ottobre 2019, ha costruito la squadra dello scudetto.", published="2023-06-07")
    assert ("Stefano Pioli", "Milan", "head_coach", "2019-10", None) in got
    got = stints_of("Il Como torna in Serie A. In panchina c'era Moreno Longo, arrivato nel settembre 2022.",
                    published="2024-05-11")
    assert any(p == "Moreno Longo" and t == "Como" and r == "head_coach" for p, t, r, a, e in got)
    got = stints_of("Teun Koopmeiners è un nuovo giocatore della Juventus. Con lui completerà la mediana, con Douglas Luiz "
                    "arrivato dall'Aston Villa.", published="2024-08-28")
    assert ("Douglas Luiz", "Aston Villa", "player", None, None) in got


def test_the_baton_passes_to_a_coach():
    """'A Firenze il testimone passa a Raffaele Palladino ...: l'accordo con i viola è stato raggiunto ieri': the new
    Fiorentina coach."""
    got = stints_of("Vincenzo Italiano lascia la Fiorentina per il Bologna. A Firenze il testimone passa a Raffaele "
                    "Palladino: l'accordo con i viola è stato raggiunto ieri.", published="2024-06-05")
    assert any(p == "Raffaele Palladino" and t == "Fiorentina" and r == "head_coach" for p, t, r, a, e in got)


def test_a_date_after_con_cui_belongs_to_the_club_before_it():
    """'al Bologna, con cui ha giocato 120 partite fino al 2019, l'anno ... con l'Italia': the end is Bologna's."""
    got = stints_of("Il difensore Marco Bellini è una bandiera. Nel 2014 è arrivato al Bologna, con cui ha giocato 120 "
                    "partite fino al 2019, l'anno del suo esordio con l'Italia di Roberto Mancini.")
    assert ("Marco Bellini", "Bologna", "player", "2014", "2019") in got


def test_a_second_goalkeeper_is_a_player_not_a_vice():
    got = stints_of("Il portiere Luca Ferri ha girato molto: il Cagliari nel 2019/20, poi il Verona come secondo portiere "
                    "dall'agosto 2020.")
    roles = {(t, r) for p, t, r, a, e in got if p == "Luca Ferri"}
    assert ("Verona", "player") in roles and not any(r == "assistant_coach" for t, r in roles)


def test_a_contract_ended_by_agreement_ends_the_spell_with_no_reason():
    ex = extract(f"Titolo della notizia\nUn sommario\n\n{LEAD}\n\nIl dirigente Paolo Gatti nell'agosto 2019 ha firmato "
                 "con il Cesena come direttore sportivo: il 3 giugno 2021 ha risolto il contratto con i romagnoli.",
                 published="2024-02-11")
    st = [s for s in ex.stints if s.person == "Paolo Gatti" and s.team == "Cesena"]
    assert [(s.start, s.end, s.end_reason) for s in st] == [("2019-08", "2021-06-03", None)]


def test_a_club_named_again_by_nickname_is_the_same_spell():
    """'Al Pontedera era subentrato nell'ottobre 2022 ... e con i granata ..., prima della risoluzione del contratto
    lo scorso 10 maggio': one spell, from October 2022 to this May."""
    got = stints_of("L'allenatore Carlo Neri riparte dalla Serie C. Alla Salernitana era subentrato nell'ottobre 2022 a "
                    "Mario Bruni e con i granata aveva centrato la salvezza, prima della risoluzione consensuale del "
                    "contratto lo scorso 10 maggio.", published="2024-07-01")
    spells = [(a, e) for p, t, r, a, e in got if p == "Carlo Neri" and t == "Salernitana"]
    assert spells == [("2022-10", "2024-05-10")]


def test_in_nickname_with_a_range_dates_the_whole_spell():
    got = stints_of("Il difensore Marco Bellini lascia il calcio. Da giocatore ha vestito le maglie di Empoli, Lazio e "
                    "Genoa; in biancoceleste è rimasto dal 2009 al 2016, vincendo una Coppa Italia.")
    assert ("Marco Bellini", "Lazio", "player", "2009", "2016") in got


def test_an_apposition_after_a_predecessor_is_his_and_the_choosers_are_not_subjects():
    """'chiamato dal presidente A e dal direttore sportivo B per prendere il posto di C, in rossoblù dalla stagione
    20/21': C's spell began then; B is no coach."""
    got = stints_of("Carlo Neri è il nuovo allenatore del Genoa. Il tecnico è arrivato a giugno, chiamato dal presidente "
                    "Mario Bruni e dal direttore sportivo Luca Ferri per prendere il posto di Paolo Gatti, in rossoblù "
                    "dalla stagione 20/21.", published="2024-07-10")
    gatti = {(r, a) for p, t, r, a, e in got if p == "Paolo Gatti" and t == "Genoa"}
    assert gatti == {("head_coach", "2020")}


def test_a_side_led_by_a_coach_since_a_year():
    got = stints_of("Il Torino ha perso ancora. Il Bologna, guidato da Carlo Neri dal 2022, aveva vinto in semifinale.")
    assert ("Carlo Neri", "Bologna", "head_coach", "2022", None) in got


def test_an_ex_role_apposition_after_a_name_is_that_person_s_past():
    got = stints_of("Il Torino sceglie. La scelta è caduta su Carlo Neri, che ha battuto la concorrenza di Paolo Gatti, "
                    "l'ex allenatore del Cagliari sondato nei giorni scorsi.", published="2021-11-10")
    assert ("Paolo Gatti", "Cagliari", "head_coach", None, None) in got
    assert not any(p == "Carlo Neri" and t == "Cagliari" for p, t, r, a, e in got)


def test_a_companion_after_con_is_no_subject_and_a_triennio_is_a_stay():
    got = stints_of("Carlo Neri è morto ieri. Allenò a lungo la Roma. Negli anni successivi il Perugia (1999-2000) e il "
                    "triennio al Brescia, dal 2000 al 2003, con Paolo Gatti in campo.", published="2025-06-20")
    assert ("Carlo Neri", "Brescia", "head_coach", "2000", "2003") in got
    assert not any(p == "Paolo Gatti" and r != "player" for p, t, r, a, e in got)


def test_the_last_phase_named_in_a_clause_wins():
    """'L'ultima stagione da calciatore, il 1968-69, fu anche la prima da allenatore': what follows is a coach's."""
    got = stints_of("Carlo Neri è morto ieri. Da giocatore vestì le maglie di Roma e Ascoli. L'ultima stagione da "
                    "calciatore, il 1968-69, fu anche la prima da allenatore. Nel 1975 lo chiamò la Fiorentina.",
                    published="2025-06-20")
    assert ("Carlo Neri", "Fiorentina", "head_coach", "1975", None) in got


def test_a_home_town_s_demonym_from_the_vocabulary_places_the_birth():
    """'Carlo Neri, marsalese, classe 1962' (no club of Marsala is known); 'Romano, classe 1951'."""
    assert ("Carlo Neri", "1962", "Marsala") in _births(
        "Il Bari ha scelto Carlo Neri, marsalese, classe 1962, che nel 2006 aveva guidato il Catania.", "2024-03-13")
    assert ("Paolo Gatti", "1951", "Roma") in _births(
        "Paolo Gatti torna sulla panchina della Lazio. Romano, classe 1951, l'aveva vissuta anche da calciatore.",
        "2024-03-13")


def test_an_obituary_career_with_a_clitic_agent_several_spells_and_a_verbless_list():
    """'Lo lanciò X nel Mantova, dove giocò dal 1959 al 1961 e poi dal '62 al '64': his, twice; 'Guidò il Grifone
    dal 1975 al 1978, dal 1980 al 1984 e ancora nel 1987-88': three benches after his playing years; 'il presidente Y
    lo esonerò il 22 aprile 1997': his end, not Y's; 'Poi Piacenza, Torino e Lucchese.': more benches."""
    got = stints_of("Carlo Neri si è spento ieri a 81 anni. Classe 1939, era stato un'ala di piede educato. Lo lanciò "
                    "Paolo Gatti nel Mantova, dove giocò dal 1959 al 1961 e poi dal '62 al '64. Nel 1964 passò al "
                    "Torino e chiuse la carriera al Genoa. Guidò il Grifone dal 1975 al 1978, dal 1980 al 1984 e ancora "
                    "nel 1987-88. Il Napoli lo chiamò nel 1996, ma il presidente Mario Bruni lo esonerò il 22 aprile "
                    "1997. Poi Piacenza, Ancona e Lucchese.", published="2020-05-23")
    neri = {(t, r, a, e) for p, t, r, a, e in got if p == "Carlo Neri"}
    assert {("Mantova", "player", "1959", "1961"), ("Mantova", "player", "1962", "1964"),
            ("Genoa", "head_coach", "1975", "1978"), ("Genoa", "head_coach", "1980", "1984"),
            ("Genoa", "head_coach", "1987", "1988"), ("Napoli", "head_coach", "1996", "1997-04-22"),
            ("Piacenza", "head_coach", None, None), ("Lucchese", "head_coach", None, None)} <= neri
    assert not any(p in ("Paolo Gatti", "Mario Bruni") and r in ("player", "head_coach") for p, t, r, a, e in got)


def test_a_club_after_the_birthplace_and_a_conjunction_is_his():
    assert ("Marco Neri", "Lazio", "player", None, None) in stints_of(
        "Marco Neri è il nuovo ds. Marco Neri è nato a Roma il 15 luglio 1976 ed è cresciuto nella Lazio.")
    assert ("Marco Neri", "Torino", "player", None, None) in stints_of(
        "Marco Neri è il nuovo ds. Nato a Roma il 15 luglio, Marco Neri ha giocato nel Torino.")


def test_a_sacked_coach_s_staff_listed_by_name_leaves_with_him_and_his_profile_after_it_is_his():
    """'Ieri la decisione del ds X: Neri esonerato. Con lui lasciano anche i componenti del suo staff, A, B e C.'
    then 'Per il campione del mondo del 2006 si chiude ...': the staff ends that day; the profile is the coach's, and
    the title's year dates no spell."""
    got = stints_of("La Sampdoria cambia allenatore. Ieri la decisione del direttore tecnico Paolo Gatti: Carlo Neri "
                    "esonerato. Con lui lasciano Bogliasco anche i componenti del suo staff, Luca Ferri, Mario Bruni e "
                    "Piero Sala.\n\nPer il campione del mondo del 2006 si chiude un'avventura iniziata nel giugno "
                    "dell'anno scorso, quando era stato scelto per raccogliere l'eredità di Dario Rossi. Prima ancora "
                    "c'erano stati la parentesi turca al Fatih Karagümrük (2022-23) e il debutto da allenatore alla "
                    "Juventus nella stagione 20/21.", published="2024-08-30")
    for who in ("Luca Ferri", "Mario Bruni", "Piero Sala"):
        assert (who, "Sampdoria", "assistant_coach", None, "2024-08-29") in got
    neri = {(t, a, e) for p, t, r, a, e in got if p == "Carlo Neri"}
    assert {("Fatih Karagümrük", "2022", "2023"), ("Juventus", "2020", "2021")} <= neri
    assert ("Sampdoria", None, "2006") not in neri


def test_a_career_closed_at_two_clubs_then_a_bench_debut():
    """'Ha chiuso la carriera tra Rimini e Alessandria. In panchina la gavetta è stata lunga: il debutto tra i
    professionisti con il Siracusa nel 2011-12': played at the first two, coached the third."""
    got = stints_of("Carlo Neri è il nuovo allenatore della Sampdoria. Difensore centrale, ha vestito le maglie di "
                    "Fiorentina e Atalanta. Ha chiuso la carriera tra Rimini e Alessandria. In panchina la gavetta è "
                    "stata lunga. Dopo i ragazzi del Lucento, il debutto tra i professionisti con il Siracusa nel "
                    "2011-12.", published="2024-08-30")
    assert {("Rimini", "player"), ("Alessandria", "player"), ("Siracusa", "head_coach")} <= {
        (t, r) for p, t, r, a, e in got if p == "Carlo Neri"}


def test_an_elided_clitic_after_an_apposed_agent_is_the_object_s_spell():
    """'Nel 2017 Stefano Braghin, responsabile del calcio femminile bianconero, l'ha chiamata a guidare la neonata
    Juventus Women': her bench, not his."""
    got = stints_of("Rita Neri lascia l'Inter. Appese le scarpe al chiodo, ha scelto la panchina. Nel 2017 Paolo Gatti, "
                    "responsabile del calcio femminile bianconero, l'ha chiamata a guidare la neonata Juventus Women.",
                    published="2024-07-02")
    assert ("Rita Neri", "Juventus Women", "head_coach", "2017", None) in got
    assert not any(p == "Paolo Gatti" and r == "head_coach" for p, t, r, a, e in got)


def test_a_mercato_round_up_with_a_declared_nickname_an_understudy_and_a_training_camp():
    """'Valentín Castellanos, per tutti il Taty' then 'il Taty Castellanos': one man; 'Sarà il vice di Ciro Immobile'
    said of that striker: Immobile plays; 'al lavoro nel ritiro di Auronzo' is no retirement; 'un quinquennale fino
    al 2028' is a contract's term."""
    ex = extract(f"Titolo della notizia\nUn sommario della notizia\n\n{LEAD}\n\nIl primo colpo della Lazio è arrivato a "
                 "luglio. Valentín Castellanos, per tutti il Taty, è arrivato dal New York City e ha firmato un "
                 "quinquennale fino al 2028. Il Taty Castellanos al lavoro nel ritiro di Auronzo di Cadore. Sarà il vice di "
                 "Ciro Immobile.", published="2023-09-02")
    st = {(s.person, s.team, s.role, s.start, s.end, s.end_reason) for s in ex.stints}
    assert not any(p.startswith("Taty") for p, *_ in st)
    assert not any(r == "retired" for *_, r in st)
    assert ("Ciro Immobile", "Lazio", "player") in {(p, t, r) for p, t, r, *_ in st}
    assert not any(a == "2028" for p, t, r, a, e, _r in st)


def test_the_player_whose_shirt_and_place_a_new_player_takes_played_there():
    got = stints_of("Il centrocampista Daichi Kamada ha firmato con la Lazio ad agosto. Il giapponese prende la maglia "
                    "numero 6 e, nelle intenzioni, il posto di Sergej Milinkovic-Savic, volato in Arabia dopo otto "
                    "stagioni.", published="2023-09-02")
    assert ("Sergej Milinkovic-Savic", "Lazio", "player", None, "2023-08") in got


def test_the_paragraph_after_a_labelled_profile_goes_on_with_its_subject():
    """A match report whose title names the scorer, then 'IL PROFILO – ..., Italiano è stato un regista ...' and a
    new paragraph 'In panchina ha fatto la gavetta vera. ... la Vigontina nel 16/17': the coach's benches."""
    ex = extract("Neri stende il Diavolo, la Coppa Italia torna a Bologna\nI rossoblù battono 1-0 il Milan\n\n"
                 f"{LEAD}\n\nIl Bologna supera 1-0 il Milan. Lo firma Luca Neri al 53'. Neri esulta con i compagni.\n\n"
                 "IL PROFILO – Nato a Karlsruhe il 10 dicembre 1977, Carlo Gatti è stato un regista di qualità: approdò "
                 "all'Hellas Verona nel 1996.\n\nIn panchina ha fatto la gavetta vera. Nel 16/17 la Vigontina San Paolo "
                 "in Serie D e nel 17/18 l'Arzignano Valchiampo.", published="2025-05-14")
    st = {(s.person, s.team, s.role) for s in ex.stints}
    assert ("Carlo Gatti", "Arzignano Valchiampo", "head_coach") in st
    assert not any(p == "Luca Neri" and t == "Arzignano Valchiampo" for p, t, r in st)


def test_a_director_s_playing_years_told_after_a_role_noun_and_a_loan_in_the_passato_remoto():
    """A new director's profile: 'Attaccante cresciuto nel vivaio del Milan, ... Nella stagione 1975-76 i rossoneri lo
    girarono in prestito ai lagunari; seguirono Udinese e Bolzano': he played at all of them."""
    got = stints_of("Carlo Neri è il nuovo responsabile dell'area tecnica del Bologna. Il nome di Neri resta legato al "
                    "Chievo. Attaccante cresciuto nel vivaio del Milan, aveva esordito in prima squadra nel 1975. Nella "
                    "stagione 1975-76 i rossoneri lo girarono in prestito ai lagunari, in Serie C; seguirono Udinese e "
                    "Bolzano.", published="2022-05-31")
    neri = {(t, r) for p, t, r, a, e in got if p == "Carlo Neri"}
    assert {("Venezia", "player"), ("Udinese", "player"), ("Bolzano", "player")} <= neri
    assert ("Carlo Neri", "Venezia", "player", "1975", "1976") in got


def test_a_chief_executive_is_other_staff_and_going_it_alone_opens_the_benches():
    """'l'amministratore delegato Luca Percassi' is no sporting director; '... prima di mettersi in proprio: nel
    settembre 2013 la Primavera del Genoa, quindi Mantova, Crotone e il Torino': his benches."""
    got = stints_of("Ivan Neri è il nuovo allenatore dell'Atalanta. Il via libera è arrivato ieri, in un vertice con "
                    "l'amministratore delegato Luca Gatti. Con Paolo Rossi ha giocato al Crotone e al Genoa, poi ne è "
                    "stato collaboratore all'Inter e al Palermo, prima di mettersi in proprio: nel settembre 2013 la "
                    "Primavera del Genoa, quindi Mantova, Crotone e il Torino.", published="2025-06-07")
    assert ("Luca Gatti", "Atalanta", "other_staff", None, None) in got
    neri = {(t, r) for p, t, r, a, e in got if p == "Ivan Neri"}
    assert ("Torino", "head_coach") in neri and not any(t == "Torino" and r == "player" for t, r in neri)


def test_a_club_that_hands_him_a_youth_side_after_quando():
    """'prima di tornare a Torino nell'estate del 2022, quando la società gli ha consegnato l'Under 19 al posto di X':
    his youth bench from that summer."""
    got = stints_of("Carlo Neri guiderà la Juventus nelle ultime due giornate. Da allenatore ha guidato Peñarol e "
                    "Sambenedettese, prima di tornare alla Juventus nell'estate del 2022, quando la società gli ha "
                    "consegnato l'Under 19 al posto di Paolo Gatti.", published="2024-05-21")
    assert ("Carlo Neri", "Juventus", "youth_coach", "2022", None) in got


def test_seasons_of_apprenticeship_between_two_clubs_and_a_debut_given_by_a_coach():
    """'Poi quattro stagioni di gavetta in C tra Varese e Spal': he played at both; 'Il 6 giugno 2009 X gli ha
    regalato l'esordio in Nazionale': his first cap, not X's."""
    got = stints_of("Sergio Neri si ritira oggi. Neri si è formato nel vivaio del Torino. Poi quattro stagioni di gavetta "
                    "in C tra Varese e Spal, prima dell'arrivo al Chievo nel 2002. Il 6 giugno 2009 Paolo Gatti gli ha "
                    "regalato anche l'esordio in Nazionale.", published="2019-05-19")
    neri = {(t, r) for p, t, r, a, e in got if p == "Sergio Neri"}
    assert {("Varese", "player"), ("SPAL", "player"), ("Italia", "player")} <= neri
    assert not any(p == "Paolo Gatti" and r == "player" for p, t, r, a, e in got)


def test_who_wanted_him_in_his_staff_coached_there_and_a_nearer_first_team_cue_wins():
    """'l'incontro con Roberto De Zerbi, che lo ha voluto nel suo staff al Benevento e poi al Sassuolo': De Zerbi
    coached both, he assisted; 'Nel 2020 sono andato ad Alanya come vice di X, pochi mesi dopo mi ha chiamato il
    Karagümrük per fare il primo allenatore': a head coach at the second."""
    got = stints_of("Francesco Neri è il tecnico del Nizza. Quindi l'incontro che gli ha cambiato la carriera, quello con "
                    "Paolo Gatti, che lo ha voluto nel suo staff al Benevento e poi al Sassuolo fino al 2020.",
                    published="2023-09-18")
    assert {("Paolo Gatti", "Benevento", "head_coach"), ("Paolo Gatti", "Sassuolo", "head_coach"),
            ("Francesco Neri", "Benevento", "assistant_coach")} <= {(p, t, r) for p, t, r, a, e in got}
    from taccuino.facts.stints import _role_near
    t = ("Nel 2020 sono andato ad Alanya come vice di Cagdas Atan, pochi mesi dopo mi ha chiamato il Karagümrük per "
         "fare il primo allenatore.")
    at = t.index("Karagümrük")
    assert _role_near(t, at - 73, len(t), at=at) == "head_coach"


def test_a_president_who_takes_the_club_and_hands_the_team_to_a_coach():
    """'Nel 1990 ... il trentasettenne X sale alla guida del club': president; 'nell'estate 2016 il patron affida la
    squadra a Gasperini, reduce dal Genoa': Gasperini coaches, the patron's word is not his role."""
    got = stints_of("Antonio Neri ha cambiato l'Atalanta. Nel 1990, dopo la morte del presidente Mario Bruni, il "
                    "trentasettenne Neri sale alla guida del club. Nell'estate 2016 il patron affida la squadra a Paolo "
                    "Gatti, reduce dal Genoa.", published="2024-05-24")
    roles = {(p, t, r) for p, t, r, a, e in got}
    assert ("Antonio Neri", "Atalanta", "president") in roles and ("Antonio Neri", "Atalanta", "head_coach") not in roles
    assert ("Paolo Gatti", "Atalanta", "head_coach") in roles
    assert not any(p == "Paolo Gatti" and r == "president" for p, t, r in roles)


def test_the_president_who_decided_the_sacking_is_not_sacked():
    got = stints_of("VERONA - L'ultima panchina a saltare è quella dell'Hellas Verona. Domenica la squadra di Gabriele "
                    "Cioffi ha perso 2-1 contro la Salernitana. Martedì il presidente Maurizio Setti ha deciso l'esonero: "
                    "cinque punti in nove giornate.", published="2022-10-14")
    assert not any(p == "Maurizio Setti" and (r == "head_coach" or e) for p, t, r, a, e in got)


def test_a_paragraph_opening_with_a_biography_is_about_the_name_that_closed_the_last():
    """'... ieri la scelta del successore, Leonardo Semplici.' then 'Fiorentino, nato il ..., l'ex difensore è
    l'uomo della favola SPAL: arrivato a Ferrara nel dicembre 2014, ..., prima dell'esonero del febbraio 2020' (the
    headline names him); a staff member named last in passing is no such subject."""
    text = ("La Sampdoria ha esonerato Andrea Sottil. Lunedì il comunicato dei blucerchiati; ieri la scelta del "
            "successore, Leonardo Semplici.\n\nFiorentino, nato il 18 luglio 1967, l'ex difensore è l'uomo della "
            "favola SPAL: arrivato a Ferrara nel dicembre 2014, ha portato gli estensi dalla Lega Pro alla Serie A "
            "vincendo la Lega Pro nel 15/16 e la B nel 16/17, prima dell'esonero del febbraio 2020.")
    ex = extract(f"Sampdoria, via Sottil: tocca a Semplici\nIl club cambia guida tecnica\n\n{LEAD}\n\n{text}",
                 published="2024-12-11")
    got = {(s.person, s.team, s.role, s.start, s.end) for s in ex.stints}
    assert ("Leonardo Semplici", "SPAL", "head_coach", "2014-12", "2020-02") in got
    assert not any(p == "Andrea Sottil" and t == "SPAL" for p, t, *_ in got)
    assert not any(t == "Fiorentina" for _p, t, *_ in got)


def test_a_biography_after_a_staff_member_named_in_passing_is_still_the_protagonist_s():
    """'... il suo storico secondo, Andrea Tarozzi.' then 'Nato ad Adria ..., il rodigino torna in panchina'."""
    ex = extract("Lecce, ecco Gotti\nIl nuovo allenatore\n\n" + LEAD + "\n\nIl Lecce ha scelto Luca Gotti. Lascia il "
                 "Salento insieme a D'Aversa il suo storico secondo, Andrea Tarozzi.\n\nNato ad Adria il 13 settembre "
                 "1967, il rodigino torna in panchina dopo tredici mesi.", published="2024-03-12")
    assert {(b.person, b.place) for b in ex.births} == {("Luca Gotti", "Adria")}



def test_an_owner_s_clubs_one_after_another_are_presidencies():
    """'Poi la presidenza del Como, ..., e nel luglio 2003 l'acquisto di un Genoa': an owner's clubs."""
    got = stints_of("Enrico Preziosi ha ceduto il Genoa. Poi la presidenza del Como, con i lariani riportati in Serie A, "
                    "e nel luglio 2003 l'acquisto di un Genoa sull'orlo del fallimento.", published="2021-11-16")
    assert ("Enrico Preziosi", "Como", "president") in {s[:3] for s in got}
    assert ("Enrico Preziosi", "Genoa", "president", "2003-07") in {s[:4] for s in got}
    assert not any(r == "player" for _p, _t, r, *_ in got)


def test_a_demonym_after_a_town_noun_is_no_club():
    """'nello studio di un notaio milanese': an adjective of the notary, not the club; 'il club milanese' is."""
    ex = extract("Genoa ceduto\nLa firma\n\n" + LEAD + "\n\nIeri, nello studio di un notaio milanese, Enrico Preziosi "
                 "ha firmato la cessione del Genoa. Il club milanese osserva.", published="2021-11-16")
    at = ex.text.index("notaio milanese") + len("notaio ")
    club_at = ex.text.index("club milanese") + len("club ")
    starts = {a for e in ex.to_dict()["entities"] if e["type"] == "team" for a, _b in e["mentions"]}
    assert at not in starts and club_at in starts


def test_the_day_after_counts_from_the_last_day_told_and_a_recall_dates_the_sacked_coach():
    """'Il 6 novembre il club ha esonerato X, richiamato nel dicembre 2020 ... Il giorno seguente è stato
    ufficializzato Y': X from December 2020 to 6 November, Y from 7 November."""
    got = stints_of("Il Genoa cambia ancora. Il 6 novembre il club ha esonerato Davide Ballardini, richiamato nel "
                    "dicembre 2020 per la quarta volta: fatali nove punti in dodici giornate. Il giorno seguente è "
                    "stato ufficializzato Andriy Shevchenko.", published="2021-11-16")
    assert ("Davide Ballardini", "Genoa", "head_coach", "2020-12", "2021-11-06") in got
    assert ("Andriy Shevchenko", "Genoa", "head_coach", "2021-11-07", None) in got


def test_a_founding_year_in_a_club_s_name_dates_nothing():
    """'(foto Como 1907)', 'la squadra di Osian Roberts': no spell from 1907."""
    got = stints_of("Serata difficile per la squadra di Osian Roberts al Sinigaglia. La festa sotto la curva "
                    "(foto Como 1907).", published="2024-05-11")
    assert not any(st == "1907" for _p, _t, _r, st, _e in got)


def test_he_came_on_for_a_team_mate_who_played_for_that_side_too():
    """'il Como alza il ritmo, Simone Verdi entra al posto di Strefezza': both played, neither coached."""
    got = stints_of("Nella ripresa il Como alza il ritmo, Simone Verdi entra al posto di Gabriel Strefezza e al 74' "
                    "trasforma il rigore.", published="2024-05-11")
    assert ("Gabriel Strefezza", "Como", "player") in {s[:3] for s in got}
    assert not any(r != "player" for _p, _t, r, *_ in got)


def test_a_former_post_in_an_apposition_is_not_dated_to_the_news():
    """'il club ha scelto X, ex vice di Y al Crystal Palace': that post is his past, not begun today."""
    got = stints_of("Il Como cambia guida tecnica. A quel punto il club ha scelto il gallese Osian Roberts, classe 1965, "
                    "ex vice di Patrick Vieira al Crystal Palace ed ex direttore tecnico delle federazioni di Galles e "
                    "Marocco.", published="2024-05-11")
    palace = [s for s in got if s[1] == "Crystal Palace"]
    assert palace and all(st is None for _p, _t, _r, st, _e in palace)


def test_the_side_met_in_a_play_off_is_an_opponent():
    """'lo scudetto, conquistato nello spareggio con il Brescia di X': Brescia was beaten, not coached by her."""
    got = stints_of("Rita Guarino guida la Juventus dal 2017. Al primo anno è arrivato lo scudetto, conquistato nello "
                    "spareggio con il Brescia di Gianpiero Piovani ai rigori.", published="2018-05-21")
    assert not any(p == "Rita Guarino" and "Brescia" in t for p, t, *_ in got)


def test_the_visitors_after_arrives_at_a_ground_are_no_one_s_new_club():
    """'sabato all'Arechi arriva il Milan capolista': a fixture, not a spell of the story's man."""
    got = stints_of("Walter Sabatini è il nuovo direttore sportivo della Salernitana. Il debutto sarà subito "
                    "proibitivo: sabato 19 febbraio all'Arechi arriva il Milan capolista.", published="2022-02-16")
    assert not any(t == "Milan" for _p, t, *_ in got)


def test_the_news_of_his_appointment_makes_the_sentence_his():
    """'è arrivata l'ufficialitá di X (a typo kept)... Per il tecnico è un ritorno: da centrocampista vestì la maglia
    del Brescia': X's, not the president's named before."""
    got = stints_of("Il primo a cadere è stato Marco Zaffaroni, esonerato dal Südtirol.\n\nDomenica è toccato alle "
                    "Rondinelle. Troppo per il presidente Massimo Cellino, che lunedì ha sollevato dall'incarico Rolando "
                    "Maran. Cellino non ha usato giri di parole: “Maran? Non ha ripagato la mia grande fiducia”.\n\nMeno di un'ora dopo, alle 19, è arrivata l'ufficialitá "
                    "di Pierpaolo Bisoli, esonerato dal Modena il 3 novembre. Per il tecnico di Porretta Terme è un "
                    "ritorno: da centrocampista vestì la maglia del Brescia nella stagione 00/01, e a Cagliari, da allenatore, "
                    "ha già lavorato con Cellino. In panchina si è costruito la fama di specialista delle promozioni, "
                    "riportando il Cesena in Serie A nel 2010.", published="2024-12-11")
    assert ("Pierpaolo Bisoli", "Brescia", "player", "2000", "2001") in got
    assert ("Pierpaolo Bisoli", "Cesena", "head_coach") in {s[:3] for s in got}
    assert not any(p == "Massimo Cellino" and r in ("player", "head_coach") for p, _t, r, *_ in got)


def test_a_coach_s_substitutions_are_his_players():
    """'Inzaghi manda dentro Romelu Lukaku al posto di un acciaccato Dzeko; ... Italiano risponde con Riccardo Sottil
    al posto di Ikoné': players of each coach's side, and no one who came off coached."""
    got = stints_of("Simone Inzaghi è l'allenatore dell'Inter dal 2021. Vincenzo Italiano guida la Fiorentina. Nella "
                    "ripresa Inzaghi manda dentro Romelu Lukaku al posto di un acciaccato Edin Dzeko; al 60' Italiano "
                    "risponde con Riccardo Sottil al posto di Jonathan Ikoné.", published="2023-05-24")
    roles = {(p, t, r) for p, t, r, *_ in got}
    assert ("Romelu Lukaku", "Inter", "player") in roles and ("Edin Dzeko", "Inter", "player") in roles
    assert not any(r != "player" and p in ("Edin Dzeko", "Jonathan Ikoné", "Riccardo Sottil") for p, _t, r in roles)


def test_a_loan_that_will_last_to_the_season_s_end_has_not_ended():
    """'resterà in rossoverde in prestito fino al termine della stagione': a plan, the spell goes on."""
    got = stints_of("La Ternana ha deciso di scommettere su un giovane. Ieri a Terni è arrivato Franco Carboni, esterno "
                    "sinistro classe 2003 di proprietà dell'Inter, che resterà in rossoverde in prestito fino al termine "
                    "della stagione.", published="2024-01-10")
    ternana = [s for s in got if s[0] == "Franco Carboni" and s[1] == "Ternana"]
    assert ternana and all(e is None for *_x, e in ternana)


def test_after_a_relative_clause_a_name_and_its_verb_open_the_main_clause():
    """'figlio di quell'Ezequiel Carboni che in Serie A ha vestito la maglia del Catania, Franco Carboni è cresciuto
    nel vivaio del Lanús': the father played for Catania, the son grew up at Lanús."""
    got = {s[:3] for s in stints_of("Nato a Buenos Aires il 4 aprile 2003, figlio di quell'Ezequiel Carboni che in "
                                    "Serie A ha vestito la maglia del Catania, Franco Carboni è cresciuto nel vivaio "
                                    "del Lanús.", published="2024-01-10")}
    assert ("Ezequiel Carboni", "Catania", "player") in got and ("Franco Carboni", "Lanús", "player") in got
    assert ("Ezequiel Carboni", "Lanús", "player") not in got


def matches_of(text: str, published: str) -> set[tuple]:
    ex = extract(f"Titolo della notizia\nUn sommario della notizia\n\n{LEAD}\n\n{text}", published=published)
    return {(m.home, m.away, m.date, m.score) for m in ex.matches}


def test_a_game_days_before_the_news_is_dated_back_from_it():
    """'lo ha comunicato oggi, tre giorni dopo la finale ... persa 2-1': the final was three days before today."""
    got = matches_of("Giorgio Chiellini lo ha comunicato oggi con un video, tre giorni dopo la finale della MLS Cup persa 2-1 "
                     "dai suoi Los Angeles FC sul campo del Columbus Crew.", "2023-12-12")
    assert any(d == "2023-12-09" for _h, _a, d, _s in got), got


def test_a_report_s_own_game_is_not_dated_by_another_event_told_later():
    """'ROMA-VERONA 2-1' over a report whose second paragraph dates an appointment ('era stato scelto martedì, 16
    gennaio') and another game ('il 3-1 incassato domenica scorsa'): the report's game is of its own day."""
    ex = extract("ROMA-VERONA 2-1 | La prima di De Rossi è una vittoria\nSommario della partita\n\n"
                 "Daniele De Rossi debutta sulla panchina della Roma battendo 2-1 il Verona nell'anticipo delle 18.\n\n"
                 "Il nuovo tecnico era stato scelto martedì, 16 gennaio, due giorni dopo il 3-1 incassato domenica scorsa "
                 "a San Siro contro il Milan.", published="2024-01-20")
    games = {(m.home, m.away): m.date for m in ex.matches}
    assert games.get(("Roma", "Verona")) == "2024-01-20", games


def test_a_newcomer_s_profile_goes_on_into_the_next_paragraph():
    """'Al suo posto ha scelto X, classe 1974, nato a ...' then a paragraph naming nobody ('In panchina la gavetta è stata
    lunga ...'): still the newcomer's career, not the headline's first name."""
    ex = extract("Samp, il ciclo Pirlo si chiude: tocca ad Andrea Sottil\nSommario della notizia\n\n"
                 "La Sampdoria ha annunciato oggi di aver sollevato Andrea Pirlo dall'incarico di allenatore.\n\n"
                 "Al suo posto la società ha scelto Andrea Sottil, classe 1974, nato a Venaria Reale. Da difensore ha vestito "
                 "le maglie di Torino e Fiorentina.\n\n"
                 "In panchina la gavetta è stata lunga. L'esordio risale al 2011/12 al Siracusa, allora in Prima Divisione.",
                 published="2024-08-29")
    got = {(s.person, s.team, s.role) for s in ex.stints}
    assert ("Andrea Sottil", "Siracusa", "head_coach") in got, got
    assert not any(p == "Andrea Pirlo" and t == "Siracusa" for p, t, _r in got)


def test_a_section_labelled_with_a_capitalised_name_is_that_person_s():
    """'CRISTIAN CHIVU – Nato a ...': the label introduces a person named only by surname elsewhere ('racconta Chivu')."""
    ex = extract("Che fine hanno fatto? Tre eroi del Triplete\nChivu in panchina, Milito alla guida del Racing\n\n"
                 "Le squadre che vincono tutto hanno un destino curioso, e i loro protagonisti cambiano mestiere.\n\n"
                 "CRISTIAN CHIVU – Nato il 26 ottobre 1980, il difensore romeno ha giocato nell'Ajax tra il 1999 e il 2003 "
                 "e nella Roma dal 2003 al 2007.\n\n"
                 "«Quella notte ci ha insegnato molto» – racconta Chivu – «ed è ciò che provo a trasmettere».",
                 published="2025-10-14")
    got = {(s.person, s.team, s.start, s.end) for s in ex.stints}
    assert ("Cristian Chivu", "Ajax", "1999", "2003") in got, got
    assert any(q.speaker == "Cristian Chivu" for q in ex.quotes)


def test_a_gapped_market_list_gives_each_player_his_own_club():
    """'X è stato ceduto al Marsiglia, Y al Milan, dove era già stato, e Z al Basilea': the verb is shared, each
    name takes the club after it, and a market story's passato prossimo is the news day's."""
    got = stints_of("Jordan Veretout è stato ceduto al Marsiglia, Alessandro Florenzi al Milan, dove era già stato in "
                    "prestito, e Riccardo Calafiori al Basilea.", published="2022-09-02")
    clubs = {(p, t): (st or "")[:4] for p, t, _r, st, _e in got}
    assert clubs.get(("Jordan Veretout", "Marsiglia")) == "2022"
    assert clubs.get(("Alessandro Florenzi", "Milan")) == "2022"
    assert clubs.get(("Riccardo Calafiori", "Basilea")) == "2022"
    assert ("Jordan Veretout", "Milan") not in clubs and ("Jordan Veretout", "Basilea") not in clubs


def test_a_gapped_list_of_arrivals_ends_each_former_club():
    """'sono arrivati Nemanja Matić, dal Manchester United, Andrea Belotti, dal Torino': each left his own club."""
    got = stints_of("A zero sono arrivati anche Nemanja Matić, dal Manchester United, Andrea Belotti, dal Torino, e il "
                    "portiere Mile Svilar, dal Benfica.", published="2022-09-02")
    ends = {(p, t): (e or "")[:4] for p, t, _r, _s, e in got}
    assert ends.get(("Nemanja Matić", "Manchester United")) == "2022"
    assert ends.get(("Andrea Belotti", "Torino")) == "2022"
    assert ends.get(("Mile Svilar", "Benfica")) == "2022"
    assert ("Nemanja Matić", "Torino") not in ends


def test_two_news_in_one_sentence_split_at_the_comma():
    """'X è stato ceduto al Chelsea per 38 milioni, Y è stato ceduto al PSG': two subjects, two moves."""
    got = stints_of("Kalidou Koulibaly è stato ceduto al Chelsea per circa 38 milioni, Fabián Ruiz è stato ceduto al "
                    "Paris Saint-Germain a un anno dalla scadenza.", published="2022-09-02")
    pairs = {(p, t) for p, t, *_x in got}
    assert ("Fabián Ruiz", "Paris Saint-Germain") in pairs and ("Kalidou Koulibaly", "Paris Saint-Germain") not in pairs
    assert ("Fabián Ruiz", "Chelsea") not in pairs


def test_who_had_him_as_coach_was_not_the_coach():
    """'che lo ebbe come tecnico a Siena': the one speaking played there; the coaching was the other man's."""
    got = stints_of("Davide Nicola, che lo ebbe come allenatore a Siena nel 2004-05, lo ricorda.", published="2020-05-23")
    assert ("Davide Nicola", "Siena", "player", "2004", "2005") in got
    assert not any(p == "Davide Nicola" and t == "Siena" and r != "player" for p, t, r, *_x in got)


def test_a_same_day_word_does_not_date_a_standing_post():
    """'Stamattina il tecnico della Sampdoria X ha voluto ricordarlo': he did not take the job this morning."""
    got = stints_of("Stamattina, a Bogliasco, anche il tecnico della Sampdoria Claudio Ranieri ha voluto ricordarlo.",
                    published="2020-05-23")
    assert ("Claudio Ranieri", "Sampdoria", "head_coach", None, None) in got


REPORT = ("Inter, un derby da cinque stelle: Rossi e Bianchi travolgono il Milan\n"
          "Doppietta del numero dieci, poi il rigore nel recupero\n\n"
          "MILANO – La sera di San Siro consegna all'Inter di Simone Inzaghi un 5-1: i nerazzurri travolgono il Milan "
          "di Stefano Pioli, che guida la squadra dall'ottobre 2019.\n\n"
          "Al 5' Mario Rossi fa a sportellate con Theo Hernández, al 38' è ancora Luca Bianchi a prendersi la scena: "
          "riceve da Denzel Dumfries e segna. Al 63' Inzaghi inserisce Davide Frattesi per Nicolò Barella. Pioli prova "
          "la carta del triplo cambio al 77': Florenzi, Jović e Okafor al posto di Calabria, Reijnders e Giroud. Al 79' "
          "Theo stende Lautaro in area.\n\n"
          "Ammoniti Thiaw e Theo per il Milan, Barella per l'Inter.\n")


def test_a_match_report_puts_each_player_on_his_side():
    """The headline's match holds for the whole report: the ones who beat a side played for the other, a pass
    joins team-mates, a foul opponents, a coach's changes and the bookings name the side."""
    got = {(p, t) for p, t, r, *_x in stints_of(REPORT, published="2023-09-16") if r == "player"}
    for who, side in [("Mario Rossi", "Inter"), ("Davide Frattesi", "Inter"), ("Nicolò Barella", "Inter"), ("Florenzi", "Milan"),
                      ("Okafor", "Milan"), ("Reijnders", "Milan"), ("Thiaw", "Milan"), ("Theo Hernández", "Milan")]:
        assert (who, side) in got, (who, side, sorted(got))
    assert not any(p == "Theo Hernández" and t == "Inter" for p, t in got)


def test_mid_season_is_january_and_the_ct_was_x():
    """'A metà della stagione 2010/11 la chiamata della Juventus': January 2011; 'il ct era Cesare Prandelli'."""
    got = stints_of("Alessandro Matri è un attaccante.\n\nA metà della stagione 2010/11 la chiamata della Juventus, dove "
                    "ha vissuto gli anni migliori. In Nazionale ha collezionato sette presenze: la prima il 29 marzo 2011 "
                    "a Kiev; il ct era Cesare Prandelli.", published="2024-05-17")
    assert ("Alessandro Matri", "Juventus", "player", "2011-01", None) in got
    assert any(p == "Cesare Prandelli" and t == "Italia" and r == "head_coach" for p, t, r, *_x in got)


def test_a_span_of_clubs_and_the_last_years_are_a_player_s_career():
    """'Poi tanta provincia, dal Venezia alla Sampdoria fino all'Arezzo, e gli ultimi anni al Chievo, dal 1984 al
    1989': four clubs, the last one dated; the Milan he grew up in keeps no date of theirs."""
    got = stints_of("Giovanni Sartori è cresciuto nel Milan. Poi tanta provincia, dal Venezia alla Sampdoria fino "
                    "all'Arezzo. Poi gli ultimi anni al Chievo, dal 1984 al 1989, quando ha smesso.", published="2024-05-17")
    clubs = {t: (st, e) for p, t, r, st, e in got if p == "Giovanni Sartori" and r == "player"}
    assert {"Venezia", "Sampdoria", "Arezzo", "Chievo", "Milan"} <= set(clubs)
    assert clubs["Chievo"] == ("1984", "1989") and clubs["Milan"] == (None, None)


def test_an_interview_question_on_his_playing_days_makes_the_answer_a_player_s():
    """'D: Che giocatore era?' then 'R: ... dal Venezia alla Sampdoria': a director's playing career."""
    got = stints_of("Giovanni Sartori, direttore sportivo del Bologna, si racconta.\n\nD: Che giocatore era?\nR: Una punta "
                    "di fatica. Sono cresciuto nel Milan. Poi tanta provincia, dal Venezia alla Sampdoria fino "
                    "all'Arezzo.\n", published="2024-10-12")
    roles = {(t, r) for p, t, r, *_x in got if p == "Giovanni Sartori"}
    assert ("Sampdoria", "player") in roles and ("Sampdoria", "sporting_director") not in roles


def test_a_capacity_before_the_name_is_no_genitive():
    """'Nel suo curriculum da allenatore Carlo Ancelotti vanta le panchine di ...': he is the subject."""
    got = stints_of("Nel suo curriculum da allenatore Carlo Ancelotti vanta le panchine di Reggiana, Parma e Juventus.")
    assert {("Carlo Ancelotti", t, "head_coach") for t in ("Reggiana", "Parma", "Juventus")} <= {(p, t, r) for p, t, r, *_x in got}


def test_a_call_up_squad_list_gives_each_player_his_club_and_the_national_side():
    """'Difensori: X (Inter), Y (Milan)' under a call-up headline: each plays for his club and is called up by
    the side the title names."""
    from taccuino import extract
    ex = extract("Under 20, Bollini chiama 23 azzurrini per la Germania\nLa lista dei convocati\n\n"
                 "ROMA, 2 settembre 2023\n\nIl tecnico Alberto Bollini ha diramato la lista dei convocati.\n\n"
                 "Difensori: Matteo Rossetti (Inter), Luca Bianchini (Milan).\n", published="2023-09-02")
    got = {(s.person, s.team, s.role) for s in ex.stints}
    assert ("Matteo Rossetti", "Inter", "player") in got and ("Matteo Rossetti", "Italia Under 20", "player") in got
    assert ("Luca Bianchini", "Italia Under 20", "player") in got


def test_a_market_list_moves_each_player_between_the_story_s_club_and_the_other():
    """'Acquisti: X (Club, prestito)': X joins the headline's club this year and leaves the one in brackets;
    'Cessioni: Y (Club)': Y leaves it for that club."""
    ex = extract("Atalanta, il bilancio del mercato\nUn sommario della notizia\n\n" + LEAD + "\n\n"
                 "Il mercato si è chiuso con molti movimenti.\n\n"
                 "Acquisti: Nicolò Zaniolo (Aston Villa, prestito), Ben Godfrey (Everton), Mateo Retegui (Genoa).\n\n"
                 "Cessioni: Teun Koopmeiners (Juventus).", published="2024-09-02")
    got = {(s.person, s.team, s.start, s.end, s.end_reason) for s in ex.stints if s.role == "player"}
    assert {("Ben Godfrey", "Atalanta", "2024", None, None), ("Ben Godfrey", "Everton", None, "2024", "transferred"),
            ("Mateo Retegui", "Genoa", None, "2024", "transferred"),
            ("Teun Koopmeiners", "Atalanta", None, "2024", "transferred"),
            ("Teun Koopmeiners", "Juventus", "2024", None, None)} <= got
    assert not any(p == "Teun Koopmeiners" and t in ("Genoa", "Everton") for p, t, *_ in got)


def test_in_panchina_da_un_anno_counts_back_from_the_day():
    """A tenure given as a duration is no date: it counts back from the publication."""
    got = stints_of("Con Raffaele Palladino, in panchina da un anno, il Monza ha chiuso la stagione al dodicesimo posto.",
                    published="2024-05-17")
    assert ("Raffaele Palladino", "Monza", "head_coach", "2023", None) in got


def test_a_first_name_that_is_a_particle_still_makes_a_full_name():
    """'Ben Godfrey' is a first name and a surname, not the particle 'Ben' before a surname."""
    ex = extract("Titolo della notizia\nUn sommario della notizia\n\n" + LEAD + "\n\n"
                 "Ben Godfrey è arrivato dall'Everton. Godfrey ha firmato fino al 2028 con l'Atalanta.",
                 published="2024-09-02")
    assert {s.person for s in ex.stints} == {"Ben Godfrey"}


def test_a_description_after_the_name_and_a_colon_is_that_person_s():
    """'X: arrivato dal Y, ...' describes X, not the player the paragraph was about before."""
    got = stints_of("Mateo Retegui ha segnato tre gol nelle prime giornate con l'Atalanta. "
                    "Ben Godfrey: arrivato dall'Everton in estate, è il nuovo difensore della squadra.")
    assert ("Ben Godfrey", "Everton", "player", None, "2024") in got or any(
        p == "Ben Godfrey" and t == "Everton" for p, t, *_ in got)
    assert not any(p == "Mateo Retegui" and t == "Everton" for p, t, *_ in got)


def test_a_visitors_win_written_winner_first_is_scored_home_away_on_a_feast_day():
    """'Nel posticipo di Santo Stefano il Genoa passa 2-1 al San Nicola': Bari–Genoa 1-2 on 26 December."""
    got = matches_of("Il Bari chiude il girone d'andata con una sconfitta. Nel posticipo di Santo Stefano il Genoa "
                     "passa 2-1 in casa del Bari, davanti a 48mila spettatori.", published="2022-12-27")
    assert ("Bari", "Genoa", "2022-12-26", "1-2") in got
