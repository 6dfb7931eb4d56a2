"""Honour rules on short articles written for the test: each asserts one way Italian prose states a trophy."""

from __future__ import annotations

from taccuino import extract

LEAD = ("Ci sono carriere che si raccontano da sole, e altre che hanno bisogno di qualche riga in più per "
        "essere capite fino in fondo.")


def honours_of(text: str, published: str = "2025-06-10") -> set[tuple]:
    ex = extract(f"Titolo della notizia\nUn sommario della notizia\n\n{LEAD}\n\n{text}", published=published)
    return {(h.person, h.trophy, h.season, h.year, h.team, h.capacity) for h in ex.honours}


def test_a_list_of_years_split_between_two_clubs():
    """'cinque Champions League (…), le prime due in rossonero e le altre tre con i madrileni': each year its
    club; a European cup's year stays a year; a dash aside's club is not the trophies' after it."""
    got = honours_of("Carlo Ancelotti ha guidato il Milan e poi il Real Madrid. In Europa nessuno ha fatto meglio: "
                     "cinque Champions League da allenatore (2003, 2007, 2014, 2022, 2024), le prime due in "
                     "rossonero e le altre tre con i madrileni, ai quali ha regalato anche due Mondiali per club "
                     "(2014, 2022) - il primo lo aveva vinto con il Milan nel 2007 -, la Coppa Intercontinentale "
                     "2024.")
    cl = {(y, t) for p, tr, _s, y, t, c in got if tr == "Champions League" and c == "coach"}
    assert cl == {(2003, "Milan"), (2007, "Milan"), (2014, "Real Madrid"), (2022, "Real Madrid"),
                  (2024, "Real Madrid")}
    assert ("Carlo Ancelotti", "Coppa Intercontinentale", None, 2024, "Real Madrid", "coach") in got


def test_a_women_s_side_wins_the_women_s_trophies_and_a_coach_s_palmares():
    """The Coppa Italia of a women's side is the Coppa Italia femminile; a trophy of the club a person coached
    (and never played for) is won as coach."""
    got = honours_of("Rita Guarino è stata l'allenatrice della Juventus Women dal 2017 al 2021, nella Serie A "
                     "femminile. Nel suo palmarès juventino ci sono anche la Coppa Italia 2018/19 e quattro "
                     "scudetti.", published="2021-07-01")
    assert ("Rita Guarino", "Coppa Italia femminile", "2018-19", None, "Juventus Women", "coach") in got
    assert not any(tr == "Coppa Italia" for _p, tr, *_ in got)


def test_a_coach_celebrating_a_cup_won_it_as_coach():
    """A trophy won by the side a person coaches in the article is his as coach, unless the clause says otherwise."""
    got = honours_of("Sergio Conceição è il nuovo allenatore del Milan dal 30 dicembre 2024. Da calciatore aveva "
                     "giocato nella Lazio dal 1998 al 2000. Il 6 gennaio 2025 "
                     "Conceição ha festeggiato con i suoi giocatori la vittoria della Supercoppa Italiana a Riad.",
                     published="2025-01-07")
    assert ("Sergio Conceição", "Supercoppa Italiana", None, 2025, "Milan", "coach") in got


def test_a_city_stands_for_the_club_he_played_for_and_a_player_s_world_cup_is_his_country_s():
    """'arrivato a Torino ... ha vinto quattro scudetti' is his club in Turin; a World Cup won as a player is won
    with the side he played for, not one he coached later."""
    got = honours_of("Paul Pogba ha giocato nella Juventus dal 2012 al 2016. Il francese era arrivato a Torino nel "
                     "2012; in quattro stagioni ha vinto quattro scudetti, dal 2013 al 2016.")
    assert ("Paul Pogba", "Serie A", "2012-13", None, "Juventus", "player") in got
    assert not any(t == "Torino" for *_x, t, _c in got)
    got = honours_of("Fabio Cannavaro ha giocato 136 partite con l'Italia dal 1997 al 2010 e ha allenato la Cina nel 2019. Nel "
                     "2006, da capitano, alzò al cielo la Coppa del Mondo.")
    assert ("Fabio Cannavaro", "Mondiale", None, 2006, "Italia", "player") in got


def test_the_coach_of_the_winners_and_a_title_told_that_evening():
    """'l'Europeo vinto ... con Roberto Mancini commissario tecnico' is Mancini's too, as coach; '10 giugno 1968:
    ... Quella sera gli azzurri ... si laurearono campioni d'Europa' is the national side's Euro of that year."""
    got = honours_of("Giorgio Chiellini ha giocato 117 partite con la Nazionale. Con gli azzurri, soprattutto "
                     "l'Europeo vinto da capitano a Wembley nell'estate del 2021, con Roberto Mancini commissario "
                     "tecnico.", published="2023-12-14")
    assert ("Roberto Mancini", "Campionato Europeo", None, 2021, "Italia", "coach") in got
    got = honours_of("Gigi Riva ha giocato con l'Italia dal 1965 al 1974. Il 10 giugno 1968 Riva segnò nella finale "
                     "bis dell'Europeo contro la Jugoslavia. Quella sera gli azzurri vinsero 2-0 e si laurearono "
                     "campioni d'Europa per la prima volta; due anni più tardi, in Messico, giocò la finale del "
                     "Mondiale.", published="2024-01-23")
    assert ("Gigi Riva", "Campionato Europeo", None, 1968, "Italia", "player") in got
    assert not any(tr == "Champions League" for _p, tr, *_ in got)


def test_a_list_s_club_after_a_relative_and_each_trophy_with_its_own_coach():
    """'le parentesi con Rangers e Salernitana, ... al Milan, dove ha giocato ... vincendo le Champions League
    2002/03' is Milan's; 'l'Europeo Under 21 del 2000, con Tardelli in panchina, e il Mondiale 2006 ... sotto la
    guida di Lippi': each coach his own trophy, and today's ct won them as a player."""
    got = honours_of("Gennaro Gattuso è il nuovo commissario tecnico dell'Italia. Da calciatore, dopo le parentesi "
                     "con Rangers e Salernitana, ha legato il suo nome al Milan, dove ha giocato dal 1999 al 2012 "
                     "vincendo le Champions League 2002/03 e 2006/07. In azzurro il palmarès è di quelli che pesano: "
                     "l'Europeo Under 21 del 2000, con Marco Tardelli in panchina, e soprattutto il Mondiale 2006 "
                     "vinto in Germania sotto la guida di Marcello Lippi.", published="2025-06-19")
    assert ("Gennaro Gattuso", "Champions League", "2002-03", None, "Milan", "player") in got
    assert not any(t == "Rangers" for *_x, t, _c in got)
    assert ("Gennaro Gattuso", "Mondiale", None, 2006, "Italia", "player") in got
    assert ("Marcello Lippi", "Mondiale", None, 2006, "Italia", "coach") in got
    assert not any(p == "Marcello Lippi" and tr != "Mondiale" for p, tr, *_ in got)
    assert not any(p == "Marco Tardelli" and tr == "Mondiale" for p, tr, *_ in got)


def test_a_list_after_a_colon_shares_its_win_verb_and_each_trophy_its_club():
    """'è l'unico ad aver vinto i cinque campionati: lo scudetto con il Milan nel 2003/04, la Premier League con il
    Chelsea nel 2009/10, la Bundesliga con il Bayern Monaco nel 2016/17': every item won, each with its own club."""
    got = honours_of("Carlo Ancelotti è il nuovo ct del Brasile. Ancelotti è l'unico ad aver vinto i cinque campionati "
                     "più importanti d'Europa: lo scudetto con il Milan nel 2003/04, la Premier League con il Chelsea "
                     "nel 2009/10, la Ligue 1 con il Paris Saint-Germain nel 2012/13 e la Bundesliga con il Bayern "
                     "Monaco nel 2016/17.", published="2025-05-12")
    won = {(tr, se, t) for _p, tr, se, _y, t, _c in got}
    assert {("Serie A", "2003-04", "Milan"), ("Premier League", "2009-10", "Chelsea"),
            ("Ligue 1", "2012-13", "Paris Saint-Germain"), ("Bundesliga", "2016-17", "Bayern Monaco")} <= won


def test_each_trophy_takes_the_run_of_years_after_it():
    """'le Champions League 2002/03 e 2006/07, gli scudetti 2003/04 e 2010/11, due Supercoppe Uefa (2003 e 2007)':
    each trophy its own run of years, up to the next trophy's words."""
    got = honours_of("Andrea Pirlo ha giocato nel Milan dal 2001 al 2011. In rossonero vince praticamente tutto: le "
                     "Champions League 2002/03 e 2006/07, gli scudetti 2003/04 e 2010/11 e due Supercoppe Uefa (2003 e "
                     "2007).", published="2024-05-19")
    won = {(tr, se or y) for _p, tr, se, y, _t, _c in got}
    assert {("Champions League", "2002-03"), ("Champions League", "2006-07"), ("Serie A", "2003-04"),
            ("Serie A", "2010-11"), ("Supercoppa UEFA", 2003), ("Supercoppa UEFA", 2007)} <= won


def test_a_list_of_trophies_goes_on_after_the_win_verb():
    """'ha conquistato cinque scudetti ..., quattro Coppe Italia ..., e le Supercoppe italiane del 2015 e del 2018':
    the verb far back still governs the list, the plural adjective agrees, and both years count."""
    ex = extract("Titolo\n\nMassimiliano Allegri lascia la Juventus. Nel primo ciclo Allegri ha conquistato cinque "
                 "scudetti consecutivi, dal 2014/15 al 2018/19, quattro Coppe Italia di fila, dal 2014/15 al 2017/18, e "
                 "le Supercoppe italiane del 2015 e del 2018, raggiungendo anche due finali.", published="2024-05-18")
    supercups = {h.year for h in ex.honours if h.trophy == "Supercoppa Italiana"}
    assert {2015, 2018} <= {int(y) for y in supercups if y}


def test_the_coach_named_with_con_next_to_the_trophy():
    """'Lo scudetto del 2020/21 con Antonio Conte, poi con Simone Inzaghi due Coppe Italia': each coach his own."""
    ex = extract("Titolo\n\nAntonio Conte è stato l'allenatore dell'Inter dal 2019 al 2021. Simone Inzaghi è "
                 "l'allenatore dell'Inter dal 2021. Il portiere Samir Handanovic lascia l'Inter. Lo scudetto del 2020/21 con Antonio Conte, poi con Simone Inzaghi due "
                 "Coppe Italia, nel 2021/22 e nel 2022/23.", published="2023-07-05")
    coach = {(h.person, h.trophy, h.season) for h in ex.honours if h.capacity == "coach"}
    assert ("Antonio Conte", "Serie A", "2020-21") in coach
    assert ("Simone Inzaghi", "Coppa Italia", "2021-22") in coach
    assert ("Simone Inzaghi", "Serie A", "2020-21") not in coach


def test_european_champion_with_a_youth_side_won_that_side_s_cup():
    """'fresco campione d'Europa con l'Under 19': the Europeo Under 19, as the side's coach."""
    ex = extract("Titolo\n\nAlberto Bollini è stato il ct dell'Italia Under 19 dal 2021. Alberto Bollini, fresco campione "
                 "d'Europa con l'Under 19, diventa il vice di Roberto Mancini nella Nazionale maggiore.",
                 published="2023-08-04")
    assert any(h.person == "Alberto Bollini" and h.trophy == "Europeo Under 19" for h in ex.honours)


def test_capacity_from_the_spell_that_covers_the_year():
    """He played for the club and later coached its youth: a title of 2003 came while coaching."""
    ex = extract("Titolo\n\nGian Piero Gasperini ha giocato nella Juventus dal 1976 al 1977. Dal 1994 al 2003 "
                 "Gasperini ha allenato le giovanili della Juventus. Con la Juventus nel 2003 ha vinto il Torneo di "
                 "Viareggio.", published="2024-05-23")
    assert {h.capacity for h in ex.honours if h.trophy == "Torneo di Viareggio"} == {"coach"}


def test_a_palmares_list_under_its_heading():
    """'IL PALMARÈS DA ALLENATORE' then one trophy a line, no win verb: the protagonist's, in that capacity; a
    heading naming someone ('Il palmarès di Gilardino calciatore') is his."""
    ex = extract("Titolo\n\nKosta Runjaic è il nuovo allenatore dell'Udinese. Ha guidato il Legia Varsavia.\n\n"
                 "IL PALMARÈS DA ALLENATORE\n- Coppa di Polonia 2022/23 (Legia Varsavia)\n"
                 "- Supercoppa di Polonia 2023 (Legia Varsavia)\n\nIl ritiro scatterà a inizio luglio.",
                 published="2024-06-18")
    got = {(h.person, h.trophy, h.season, h.year, h.capacity, h.team) for h in ex.honours}
    assert ("Kosta Runjaic", "Coppa di Polonia", "2022-23", None, "coach", "Legia Varsavia") in got
    assert ("Kosta Runjaic", "Supercoppa di Polonia", None, 2023, "coach", "Legia Varsavia") in got
    ex = extract("Titolo\n\nAlberto Gilardino è stato esonerato dal Genoa.\n\nIl palmarès di Gilardino calciatore\n"
                 "- Campionato del mondo 2006 (Italia)\n- Champions League 2006-07 (Milan)\n"
                 "- 4 campionati italiani (2004/05, 2005/06, 2006/07, 2007/08) con il Milan\n\nFine.",
                 published="2024-11-19")
    got = {(h.trophy, h.season, h.year, h.capacity) for h in ex.honours if h.person == "Alberto Gilardino"}
    assert ("Mondiale", None, 2006, "player") in got and ("Champions League", "2006-07", None, "player") in got
    assert ("Serie A", "2005-06", None, "player") in got


def test_a_shared_date_before_a_list_and_coach_cues():
    """'Al Manchester City ha guidato l'Under 23, vincendo la Premier League 2 nel 2020/21' (a coach's); 'gli ha
    regalato il Triplete del 2022/23, con Premier League, FA Cup e Champions League' (three titles, one season)."""
    ex = extract("Titolo\n\nEnzo Maresca è il nuovo allenatore del Chelsea. Al Manchester City ha guidato l'Under 23, "
                 "vincendo la Premier League 2 nel 2020/21. Il ritorno a Manchester come vice di Pep Guardiola gli ha "
                 "regalato il Triplete del 2022/23, con Premier League, FA Cup e Champions League.",
                 published="2024-06-03")
    got = {(h.trophy, h.season, h.capacity) for h in ex.honours if h.person == "Enzo Maresca"}
    assert ("Premier League 2", "2020-21", "coach") in got
    assert {("Premier League", "2022-23", "coach"), ("FA Cup", "2022-23", "coach"),
            ("Champions League", "2022-23", "coach")} <= got


def test_a_title_won_where_he_coached_is_a_coach_s():
    """'con le panchine di Lazio, Palermo e Fiorentina e una Coppa Italia vinta con i biancocelesti nel 2009': the
    Lazio spell has no dates, but it is his only one there, and he played elsewhere: a coach's title."""
    ex = extract("Titolo\n\nDelio Rossi torna al Foggia. Con il Foggia aveva giocato dal 1981 al 1987, poi aveva allenato "
                 "la Primavera dal 1991 al 1993. In mezzo una lunga carriera in Serie A, con le panchine di Lazio, "
                 "Palermo e Fiorentina e una Coppa Italia vinta con i biancocelesti nel 2009.", published="2023-03-30")
    assert {(h.team, h.capacity) for h in ex.honours if h.trophy == "Coppa Italia"} == {("Lazio", "coach")}


def test_a_title_after_his_playing_years_and_first_bench_is_a_coach_s():
    """He played until 1993 and first coached in 2018: the Euro of 2021 with Italy is a coach's title."""
    ex = extract("Titolo\n\nAlberico Evani ha giocato nel Milan dal 1980 al 1993. Nel 2018 ha guidato l'Under 21 ad "
                 "interim. Nel 2021 ha vinto l'Europeo con l'Italia.", published="2022-03-10")
    assert {h.capacity for h in ex.honours if h.trophy == "Campionato Europeo"} == {"coach"}


def test_a_palmares_line_with_a_club_after_each_group_of_seasons():
    """'- Coppa Italia: 1992-93 (Torino), 1997-98 e 1999-2000 (Lazio)': each season with the club after it."""
    ex = extract("Titolo\n\nLuca Marchegiani ha giocato nel Torino e nella Lazio.\n\nIL PALMARÈS\n"
                 "- Coppa Italia: 1992-93 (Torino), 1997-98 e 1999-2000 (Lazio)\n\nFine.", published="2024-02-22")
    got = {(h.season, h.team) for h in ex.honours if h.trophy == "Coppa Italia"}
    assert got == {("1992-93", "Torino"), ("1997-98", "Lazio"), ("1999-00", "Lazio")}


def test_a_final_told_by_its_result():
    """'la notte del 22 maggio scorso ..., nella finale di Europa League: Atalanta-Bayer Leverkusen 3-0 con tripletta
    di Ademola Lookman': the Atalanta players named win the 2023-24 Europa League."""
    ex = extract("Titolo\n\nTeun Koopmeiners lascia l'Atalanta per la Juventus. Con l'Atalanta ha giocato dal 2021. Il punto "
                 "più alto la notte del 22 maggio scorso a Dublino, nella finale di Europa League: Atalanta-Bayer "
                 "Leverkusen 3-0 con tripletta di Ademola Lookman.", published="2024-08-28")
    got = {(h.person, h.season, h.team) for h in ex.honours if h.trophy == "Europa League"}
    assert {("Teun Koopmeiners", "2023-24", "Atalanta"), ("Ademola Lookman", "2023-24", "Atalanta")} <= got


def test_a_coach_heading_the_rest_of_a_list_won_all_of_it():
    """'Lo scudetto del 2020/21 con X, poi con Y due Coppe Italia ... e due Supercoppe': Y's are the cups and the
    Supercoppe, X's the scudetto; 'Con Z, in panchina dal ...' coached the side a director built."""
    got = honours_of("Marco Bellini si ritira. Dal 2012 ha giocato nell'Inter, allenata da Paolo Gatti e poi da Carlo Neri. "
                     "Lo scudetto del 2020/21 con Paolo Gatti, poi con Carlo Neri due Coppe Italia, nel 2021/22 e nel "
                     "2022/23, e due Supercoppe italiane, vinte nel gennaio 2022 e nel gennaio 2023.")
    neri = {(tr, s, y) for p, tr, s, y, t, c in got if p == "Carlo Neri" and c == "coach"}
    assert neri == {("Coppa Italia", "2021-22", None), ("Coppa Italia", "2022-23", None),
                    ("Supercoppa Italiana", None, 2022), ("Supercoppa Italiana", None, 2023)}
    assert {(tr, s) for p, tr, s, y, t, c in got if p == "Paolo Gatti"} == {("Serie A", "2020-21")}


def test_a_director_s_title_has_its_coach_and_a_semifinal_reached_is_no_title():
    got = honours_of("Il Milan saluta il suo direttore tecnico Luca Ferri. Con Carlo Neri, in panchina dall'ottobre 2019, "
                     "ha costruito la squadra che ha vinto lo scudetto 2021/22 e raggiunto quest'anno la semifinale di "
                     "Champions League.", published="2023-06-06")
    assert ("Carlo Neri", "Serie A", "2021-22", None, "Milan", "coach") in got
    assert not any(tr == "Champions League" for p, tr, s, y, t, c in got)


def test_the_city_a_cup_was_won_in_is_no_club():
    got = honours_of("Luca Ferri ha giocato nella Lazio dal 1993 al 2003. La Coppa delle Coppe vinta a Birmingham contro "
                     "il Maiorca nel 1999 ha un sapore speciale, perché era la prima coppa europea nella storia della Lazio.")
    assert got == {("Luca Ferri", "Coppa delle Coppe", None, 1999, "Lazio", "player")}


def test_a_final_won_in_the_news_with_a_plural_verb_goes_to_its_scorer_and_coach():
    """'I rossoblù battono 1-0 il Milan nella finale di Coppa Italia, gol di X', undated, in an article about the
    night: the winners' cup of that season, for the scorer and the coach in post."""
    got = honours_of("Carlo Neri è l'allenatore del Bologna. Il Bologna vince la coppa. I rossoblù battono 1-0 il Milan "
                     "nella finale di Coppa Italia, gol di Dan Ndoye.", published="2025-05-15")
    assert ("Dan Ndoye", "Coppa Italia", "2024-25", None, "Bologna", "player") in got
    assert ("Carlo Neri", "Coppa Italia", "2024-25", None, "Bologna", "coach") in got


def test_a_calendar_year_league_is_dated_by_its_year():
    """The Chinese Super League is played within a calendar year: 'il campionato cinese del 2019' is 2019."""
    got = honours_of("Paolo Gatti allena il Guangzhou Evergrande dal 2017. Con il Guangzhou Evergrande ha vinto il "
                     "campionato cinese del 2019.")
    assert ("Paolo Gatti", "Chinese Super League", None, 2019, "Guangzhou Evergrande", "coach") in got


def test_won_the_league_below_the_top_flight_and_repeated_it_elsewhere():
    """'vincendo la Serie B nel 93/94, e si ripeté nel campionato cadetto 2002-03 con il Siena': each win its
    club, the one named with the later trophy belonging to that one only."""
    got = honours_of("Simone Vergassola approdò alla Fiorentina nel 1992, vincendo la Serie B nel 93/94, e si ripeté "
                     "nel campionato cadetto 2002-03 con il Siena, prima di chiudere a Pisa.")
    assert ("Simone Vergassola", "Serie B", "1993-94", None, "Fiorentina", "player") in got
    assert ("Simone Vergassola", "Serie B", "2002-03", None, "Siena", "player") in got


def test_a_promotion_in_serie_b_is_no_trophy():
    """'è salito in Serie B': a promotion, not winning the league."""
    got = honours_of("Con il Cittadella Roberto Venturato è salito in Serie B nel 2016.")
    assert not any(tr == "Serie B" for _p, tr, *_ in got)



def test_a_side_that_won_a_cup_in_the_news_gives_it_to_its_coach_and_its_scorer():
    """'I granata superano 1-0 la Juventus nella finale ... e mettono in bacheca la Coppa Italia. Lo firma X al 53''."""
    got = honours_of("Il tecnico Paolo Vanoli siede sulla panchina del Torino dalla scorsa estate. Il Torino supera 1-0 la Juventus nella finale "
                     "di Coppa Italia e mette in bacheca la sesta Coppa Italia della sua storia. Lo firma Duvan Zapata "
                     "al 61', lo difende una squadra compatta.", published="2025-05-15")
    assert ("Paolo Vanoli", "Coppa Italia", "2024-25", None, "Torino", "coach") in got
    assert ("Duvan Zapata", "Coppa Italia", "2024-25", None, "Torino", "player") in got
    assert not any(p == "Duvan Zapata" and t == "Juventus" for p, _tr, _s, _y, t, _c in got)


def test_a_club_s_trophy_list_gives_each_trophy_to_the_coach_in_brackets():
    """'FROSINONE, I TROFEI ...' then '- Serie B 2022/23 (all. Fabio Grosso)'."""
    got = honours_of("La società ha festeggiato in sede.\n\nFROSINONE, I TROFEI DELL'ERA STIRPE\n"
                     "- Campionato di Serie B 2022/23 (all. Fabio Grosso)\n- Serie B 2014/15 (all. Roberto Stellone)\n\n"
                     "La festa continuerà in città.")
    assert ("Fabio Grosso", "Serie B", "2022-23", None, "Frosinone", "coach") in got
    assert ("Roberto Stellone", "Serie B", "2014-15", None, "Frosinone", "coach") in got


def test_a_youth_side_s_scudetto_di_categoria_is_the_primavera_title():
    """'la Primavera di X, con cui nel 21/22 ha conquistato lo scudetto di categoria': the Campionato Primavera."""
    got = honours_of("Franco Carboni è cresciuto nell'Inter. In nerazzurro è diventato uno dei punti fermi della "
                     "Primavera di Cristian Chivu, con cui nel 21/22 ha conquistato lo scudetto di categoria.")
    assert ("Franco Carboni", "Campionato Primavera", "2021-22", None, "Inter", "player") in got
    assert not any(tr == "Serie A" for _p, tr, *_ in got)


def test_winning_promotion_to_serie_a_is_no_title():
    """'con gli amaranto aveva giocato tra il 2009 e il 2013, conquistando la Serie A': a promotion, not the league."""
    got = honours_of("Occhi puntati su Federico Dionisi, classe 1987: con il Livorno aveva giocato tra il 2009 e il 2013, "
                     "conquistando la Serie A, ed è tornato nel settembre 2024.", published="2025-08-22")
    assert not any(tr == "Serie A" for _p, tr, *_ in got), got


def test_a_near_miss_or_a_negation_wins_nothing():
    """'ha sfiorato lo scudetto', 'non ha mai vinto la Champions League': no trophy; the title after 'ma' stands."""
    ex = extract("Titolo\nSommario\n\nMaurizio Sarri ha sfiorato lo scudetto con il Napoli nel 2017-18, chiudendo a 91 "
                 "punti. Francesco Totti non ha mai vinto la Champions League, ma con la maglia della Roma ha conquistato "
                 "lo scudetto 2000-01.", published="2024-05-17")
    got = {(h.person, h.trophy, h.season) for h in ex.honours}
    assert ("Francesco Totti", "Serie A", "2000-01") in got
    assert not any(p == "Maurizio Sarri" for p, *_x in got)
    assert not any(t == "Champions League" for _p, t, _s in got)


def test_won_on_the_bench_or_leading_a_side_is_a_coach_s_trophy():
    """'ha vinto in panchina con la Juventus la Supercoppa', 'guidò il Parma alla conquista della Coppa UEFA'."""
    ex = extract("Titolo\nSommario\n\nMassimo Carrera ha vinto in panchina con la Juventus la Supercoppa Italiana 2012. "
                 "Alberto Malesani guidò il Parma alla conquista della Coppa UEFA 1998-99.", published="2024-05-17")
    caps = {(h.person, h.trophy): h.capacity for h in ex.honours}
    assert caps.get(("Massimo Carrera", "Supercoppa Italiana")) == "coach"
    assert caps.get(("Alberto Malesani", "Coppa UEFA")) == "coach"


def test_the_side_that_beat_another_lifted_the_cup_and_two_world_cups_played_are_none():
    """'la Roma ha battuto ai rigori la Juventus e ha alzato la Supercoppa': Roma's; 'due Mondiali disputati': none."""
    ex = extract("Titolo\nSommario\n\nManuela Giugliano gioca nella Roma dal 2019. Il 5 novembre 2022 la Roma ha battuto ai "
                 "rigori la Juventus e ha alzato la Supercoppa Italiana. In Nazionale ha oltre settanta presenze, con due "
                 "Mondiali disputati, nel 2019 e nel 2023.", published="2023-12-29")
    got = {(h.person, h.trophy, h.team) for h in ex.honours}
    assert any(p == "Manuela Giugliano" and "Supercoppa" in t and tm and tm.startswith("Roma") for p, t, tm in got), got
    assert not any("Mondial" in t for _p, t, _tm in got)


def test_a_dated_trophy_goes_to_the_club_the_spells_put_him_at_then():
    """The sentence names Inter next to the 1964 cup, but the article has him at Inter only from 1957 to 1962
    and at Milan from 1962 to 1966: the cup is Milan's."""
    ex = extract("Titolo\nSommario\n\nMario Bianchi ha giocato nell'Inter dal 1957 al 1962. Dal 1962 al 1966 ha giocato "
                 "nel Milan. Lasciata l'Inter da anni, vinse la Coppa Italia 1963-64.", published="2024-05-17")
    got = {(h.trophy, h.season, h.team) for h in ex.honours if h.person == "Mario Bianchi"}
    assert ("Coppa Italia", "1963-64", "Milan") in got, got


def test_a_place_in_the_table_named_after_a_cup_is_no_trophy():
    """'staccata dalla zona Champions', 'il posto Champions': a qualifying place, nothing won."""
    got = honours_of("Paulo Fonseca lascia il Milan dopo 24 partite. Non sono bastati il derby vinto 2-1 a settembre "
                     "e il colpo del Bernabéu: in campionato la squadra è soltanto ottava, staccata dalla zona Champions.")
    assert not [h for h in got if h[1] == "Champions League"]


def test_a_heading_naming_a_man_opens_his_profile():
    """'CHI È CONCEIÇÃO' over a paragraph of career facts told with no name: his, not the protagonist's."""
    text = ("Il Milan ha esonerato Paulo Fonseca, arrivato in estate. Al suo posto arriva Sergio Conceição.\n\n"
            "IL BILANCIO\nFonseca lascia dopo 24 partite ufficiali. Con lo Shakhtar Donetsk aveva vinto tre "
            "campionati ucraini.\n\nCHI È CONCEIÇÃO\nNato a Coimbra il 15 novembre 1974, l'ala destra ha vestito la "
            "maglia del Porto dal 1996 al 1998, vincendo due campionati portoghesi.")
    got = honours_of(text)
    assert {h[0] for h in got if h[1] == "Primeira Liga"} == {"Sergio Conceição"}


def test_a_trophy_of_no_named_club_of_a_man_whose_career_is_benches_is_a_coach_s():
    """'vinse il campionato svedese del 1982' in the profile of a coach: no club in the clause, no capacity
    stated, the man told as a coach at every stop: won as a coach."""
    text = ("Da giocatore Sven-Göran Eriksson vestì la maglia della Fiorentina fino al 1975. Poi ha guidato "
            "l'Inghilterra dal 2001 al 2006, il Manchester City dal 2007 al 2008 e il Messico. In Svezia vinse il "
            "campionato svedese del 1982.")
    got = honours_of(text)
    assert ("Sven-Göran Eriksson", "Allsvenskan", None, 1982, None, "coach") in got


def test_an_undated_trophy_named_in_passing_is_no_win():
    """'l'Atalanta fresca di Europa League', 'l'eliminazione dalla Coppa Italia', 'Chi vince lo scudetto?' win
    nothing; 'con la cui maglia ha vinto tanto: ... la Champions League, la Coppa Uefa' does, even with no date."""
    got = honours_of("Al Gewiss Stadium la Fiorentina di Raffaele Palladino ha vinto 3-2 contro l'Atalanta fresca di "
                     "Europa League. Per Patrick Vieira pesa l'eliminazione dalla Coppa Italia ai rigori.\n\n"
                     "Massimo Carrera ha giocato nella Juventus, con la cui maglia ha vinto tanto: lo scudetto, la "
                     "Champions League e la Coppa Uefa.")
    trophies = {(p, t) for p, t, *_ in got}
    assert ("Massimo Carrera", "Champions League") in trophies and ("Massimo Carrera", "Coppa UEFA") in trophies
    assert not [x for x in trophies if x[1] in ("Europa League", "Coppa Italia")]


def test_an_undated_win_takes_the_date_the_article_gives_the_same_win():
    """'la Champions League, sollevata da capitano' of one man, and 'la Champions League 1995-96' won by the
    same club for a team-mate: the one date the article gives that win."""
    got = honours_of("Gianluca Vialli ha vinto con la Juventus lo scudetto e soprattutto la Champions League, "
                     "sollevata da capitano a Roma. Con lui c'era il difensore Moreno Torricelli, che con la "
                     "Juventus vinse la Champions League 1995-96.")
    assert ("Gianluca Vialli", "Champions League", "1995-96", None, "Juventus", "player") in got


def test_an_undated_win_takes_the_one_date_the_article_writes_beside_that_trophy():
    """'ha vinto il Mondiale con l'Italia' undated, and elsewhere 'il Mondiale del 2006': that year."""
    got = honours_of("Il difensore Fabio Grosso ha vinto il Mondiale con l'Italia, segnando il rigore decisivo in "
                     "finale.\n\nDi quel Mondiale del 2006 si ricorda soprattutto la semifinale di Dortmund.")
    assert ("Fabio Grosso", "Mondiale", None, 2006, "Italia", "player") in got


def test_reaching_the_last_sixteen_is_no_trophy():
    """'il Paraguay, portato agli ottavi del Mondiale del 2002': a stage reached, not a World Cup won."""
    got = honours_of("Nel 2001 Cesare Maldini accettò il Paraguay, portato agli ottavi del Mondiale nippo-coreano del "
                     "2002 prima di dimettersi.")
    assert not any(t.startswith("Mondial") for _p, t, *_ in got)


def test_a_cup_lifted_at_the_end_of_the_season_he_joined_in_january():
    """A spell begun in the January of a season holds that season's cup: the club the sentence names keeps it."""
    got = honours_of("Andrea Ranocchia ha giocato nel Genoa dal 2010 al 2011 e nell'Inter dal gennaio 2011 al 2022. "
                     "Con l'Inter ha vinto due Coppe Italia (2011, 2022).")
    teams_of = {(y, team) for _p, t, _s, y, team, _c in got if t == "Coppa Italia"} | {
        (s, team) for _p, t, s, _y, team, _c in got if t == "Coppa Italia"}
    assert all(team == "Inter" for _w, team in teams_of if _w), teams_of


def test_celebrated_in_a_stated_capacity_is_won_in_it():
    """'da secondo festeggiò nel 1973 la Coppa delle Coppe': the assistant's trophy, as a coach."""
    got = honours_of("Appesi gli scarpini al chiodo, Cesare Maldini tornò al Milan come vice di Nereo Rocco: da secondo "
                     "festeggiò nel 1973 la Coppa delle Coppe.")
    assert any(p == "Cesare Maldini" and t == "Coppa delle Coppe" and c == "coach" for p, t, _s, _y, _team, c in got), got
