"""Quote rules on short articles written for the test: each asserts one way Italian prose attributes direct speech."""

from __future__ import annotations

from taccuino import extract

LEAD = ("Ci sono giornate in cui il calcio si ferma e lascia spazio ai ricordi, alle parole di chi ha condiviso "
        "una parte di strada con chi non c'è più.")


def speakers(text: str, published: str = "2024-02-20") -> dict[str, str | None]:
    ex = extract(f"Titolo della notizia\nUn sommario della notizia\n\n{LEAD}\n\n{text}", published=published)
    return {q.text[:30]: q.speaker for q in ex.quotes}


def test_a_club_that_writes_and_a_friend_named_before_the_colon():
    """'«...», ha scritto l'Inter sui propri canali' is the club's; 'Commosso l'amico di sempre Matthäus: «...»' is
    Matthäus's, once 'insieme a Lothar Matthäus' has named him."""
    got = speakers("Andreas Brehme è morto nella notte. Nel 1988 arrivò all'Inter insieme a Lothar Matthäus, anche "
                   "lui dal Bayern. Il primo messaggio è arrivato da Milano: «Un giocatore magnifico, un grande "
                   "interista», ha scritto l'Inter sui propri canali. Commosso l'amico di sempre Matthäus: «È stato "
                   "il miglior calciatore con cui ho giocato».")
    assert got["Un giocatore magnifico, un gra"] == "Inter"
    assert got["È stato il miglior calciatore "] == "Lothar Matthäus"


def test_the_new_ct_is_the_one_whose_spell_begins_now():
    """'«...», ha esordito il nuovo ct' after a paragraph naming other coaches: the one appointed today."""
    got = speakers("Gennaro Gattuso è stato presentato oggi come nuovo commissario tecnico dell'Italia. La "
                   "Federazione aveva provato a convincere Claudio Ranieri, che ha preferito restare alla Roma come "
                   "consulente.\n\n«Non sono qui per fare promesse», ha esordito il nuovo ct.", published="2025-06-19")
    assert got["Non sono qui per fare promesse"] == "Gennaro Gattuso"


def test_a_city_epithet_is_no_part_of_a_name():
    """'Sotto le Due Torri Sartori ha puntato su ...': the speaker is Sartori, not 'Torri Sartori'."""
    ex = extract(f"Titolo della notizia\nUn sommario della notizia\n\n{LEAD}\n\nGiovanni Sartori è il direttore "
                 "sportivo del Bologna. Sotto le Due Torri Sartori ha puntato su Thiago Motta. «Il mio lavoro è "
                 "scegliere le persone giuste», ripete spesso.", published="2025-05-16")
    names = {e["name"] for e in ex.to_dict()["entities"] if e["type"] == "person"}
    assert "Torri Sartori" not in names and "Giovanni Sartori" in names


def test_the_head_of_an_apposition_speaks_before_the_colon():
    """'Mandelli, promosso ... al posto dell'esonerato Pierpaolo Bisoli, non cerca alibi: «...»' is Mandelli's."""
    got = speakers("Paolo Mandelli allena il Modena. Mandelli, promosso a novembre dalla Primavera al posto "
                   "dell'esonerato Pierpaolo Bisoli, non cerca alibi: «Il derby si vince con la testa e stasera "
                   "l'abbiamo persa».", published="2025-05-01")
    assert got["Il derby si vince con la testa"] == "Paolo Mandelli"


def test_slavic_names_keep_their_last_letter():
    """'Marko Marić', 'Sergej Jakirović': Latin Extended letters are part of a name; 'Ringraziamo Fabio' is none."""
    ex = extract(f"Titolo della notizia\nUn sommario della notizia\n\n{LEAD}\n\nLa Dinamo Zagabria ha esonerato "
                 "Fabio Cannavaro, arrivato al posto di Sergej Jakirović. «Ringraziamo Fabio per il lavoro», ha "
                 "spiegato il ds Marko Marić.", published="2025-04-09")
    names = {e["name"] for e in ex.to_dict()["entities"] if e["type"] == "person"}
    assert {"Marko Marić", "Sergej Jakirović"} <= names
    assert not any(n.startswith("Ringraziamo") or n == "Marko Mari" for n in names)


def _speakers(text: str, published: str = "2024-05-19") -> dict[str, str | None]:
    return {k[:25]: v for k, v in speakers(text, published).items()}


def _by(got: dict[str, str | None], prefix: str) -> str | None:
    return next(v for k, v in got.items() if k.startswith(prefix[:25]))


def test_a_quote_that_names_someone_is_not_his():
    """'«Vincenzo ha preparato bene la partita ...», ha detto il tecnico': the other coach speaks, not Vincenzo."""
    got = _speakers("Vincenzo Italiano è l'allenatore della Fiorentina. Stefano Pioli è l'allenatore del Milan. "
                    "Vincenzo Italiano ha perso a San Siro contro il Milan di Stefano Pioli. «Vincenzo ha preparato "
                    "bene la partita, noi siamo stati più cinici», ha detto il tecnico.", published="2023-11-26")
    assert got["Vincenzo ha preparato ben"] == "Stefano Pioli"


def test_e_ancora_goes_on_with_the_last_speaker_and_single_quotes_count():
    """'«...», ha raccontato la difensore. E ancora: «...»' and 'E sul futuro: '...'': the same speaker."""
    got = _speakers("Sara Gama ha parlato del nuovo allenatore Joe Montemurro. «Ci siamo già sentiti al telefono, ha "
                    "un'idea di calcio chiara», ha raccontato la difensore. E ancora: «Dobbiamo ringraziare Rita per "
                    "quello che abbiamo costruito». E sul futuro: 'Ho un contratto e tanta voglia di continuare'.")
    assert got["Dobbiamo ringraziare Rita"] == "Sara Gama"
    assert got["Ho un contratto e tanta v"] == "Sara Gama"


def test_a_club_communique_quoted_whole_is_the_club_s():
    """'«Il Genoa comunica di aver esonerato il tecnico Alexander Blessin ...»': the club speaks."""
    got = _speakers("Alexander Blessin non è più l'allenatore del Genoa. «Il Genoa comunica di aver esonerato il "
                    "tecnico Alexander Blessin, che ringrazia per il lavoro svolto». Al suo posto arriva Alberto "
                    "Gilardino.", published="2022-12-06")
    assert got["Il Genoa comunica di aver"] == "Genoa"


def test_the_patron_is_the_president():
    """'«...», aveva spiegato il patron': the club's president, not its sporting director."""
    got = _speakers("Danilo Iervolino è il nuovo presidente della Salernitana. Walter Sabatini è il nuovo direttore "
                    "sportivo della Salernitana. «A questa città serve qualcuno che le parli al cuore», aveva spiegato "
                    "il patron.", published="2022-02-16")
    assert got["A questa città serve qual"] == "Danilo Iervolino"


def test_the_named_speaker_beats_the_statement_and_the_club_before_a_colon():
    """'«...», ha dichiarato Maresca nel comunicato diffuso dal club londinese': Maresca; 'anche il club ha voluto
    salutarlo sui propri canali: “...”': the article's club; 'avrebbe detto Giampaolo al gruppo': Giampaolo."""
    got = _speakers("Enzo Maresca è il nuovo allenatore del Chelsea. «Per qualunque allenatore arrivare al Chelsea è un "
                    "sogno», ha dichiarato Maresca nel comunicato diffuso dal club londinese.", published="2024-06-03")
    assert _by(got, "Per qualunque allenatore") == "Enzo Maresca"
    got = _speakers("Fabio Quagliarella lascia il calcio: la Sampdoria lo saluta. Con la Juventus vinse tre scudetti. "
                    "In serata anche il club ha voluto salutarlo sui propri canali: “Grazie di tutto, capitano. Questa "
                    "resterà sempre casa tua”.", published="2023-11-19")
    assert _by(got, "Grazie di tutto") == "Sampdoria"
    got = _speakers("Il Bari ha esonerato Giuseppe Iachini e promosso Federico Giampaolo. \"Non c'è tempo per i discorsi, "
                    "serve compattezza\", avrebbe detto Giampaolo al gruppo.", published="2024-04-15")
    assert _by(got, "Non c'è tempo") == "Federico Giampaolo"


def test_asides_and_club_voices():
    """'«... - le parole di Fàbregas -. ...»'; 'Commosso il saluto del club bianconero: "..."'; a quote opening with
    'Ringraziamo Ivan Juric' is the club's; a photographer's credit '(foto Tullio Puglia)' speaks for nobody."""
    got = _speakers("Cesc Fàbregas e Osian Roberts festeggiano con il Como la promozione. «Questa città mi ha accolto "
                    "come uno di famiglia - le parole di Fàbregas -. Ora si comincia a lavorare».", published="2024-05-11")
    assert _by(got, "Questa città mi ha accolto") == "Cesc Fàbregas"
    got = _speakers("L'Ascoli piange Carlo Mazzone. Commosso il saluto del club bianconero: \"L'Ascoli perde il suo "
                    "allenatore più amato, un uomo che ha insegnato a sognare\".", published="2023-08-19")
    assert _by(got, "L'Ascoli perde il suo") == "Ascoli"
    got = _speakers("La Roma ha esonerato Ivan Juric. Poche righe: \"Ringraziamo Ivan Juric per l'impegno di queste "
                    "settimane e per la serietà\".", published="2024-11-11")
    assert _by(got, "Ringraziamo Ivan Juric") == "Roma"
    got = _speakers("Eugenio Corini durante Pisa-Palermo (foto Tullio Puglia) Stamattina il tecnico Eugenio Corini ha "
                    "salutato i giocatori. “Porto Palermo nel cuore, da calciatore e da allenatore”, ha detto congedandosi.",
                    published="2024-04-03")
    assert _by(got, "Porto Palermo nel cuore") == "Eugenio Corini"


def test_an_interview_without_marks_or_quote_signs_gives_each_answer_to_the_interviewee():
    ex = extract("Neri: «Voglio una squadra coraggiosa»\nIl nuovo ct dell'Under 21 si racconta\n\n"
                 f"{LEAD}\n\nCarlo Neri è il nuovo commissario tecnico dell'Under 21. Lo abbiamo incontrato a Coverciano."
                 "\n\nCt, che cosa cambia rispetto all'Under 20?\n"
                 "Cambia l'età, non il metodo. Molti ragazzi giocano già in Serie A.\n\n"
                 "Qual è l'obiettivo?\n"
                 "Tornare all'Europeo da protagonisti e riportare la squadra alle Olimpiadi.\n", published="2024-02-20")
    answers = {q.text: q.speaker for q in ex.quotes if q.rule == "quote.unmarked_answer"}
    assert answers == {"Cambia l'età, non il metodo. Molti ragazzi giocano già in Serie A.": "Carlo Neri",
                       "Tornare all'Europeo da protagonisti e riportare la squadra alle Olimpiadi.": "Carlo Neri"}


def test_a_shared_surname_a_paragraph_later_is_the_one_most_named():
    """'con il fratello Paolo Neri nello staff' then, a paragraph later, 'ha detto Neri': Carlo, the story's man."""
    got = speakers("Carlo Neri è stato esonerato dalla Dinamo. Carlo Neri era arrivato a Zagabria a gennaio. Nel 2024 "
                   "l'Udinese si era salvata con Carlo Neri in panchina e con Paolo Neri nello staff.\n\n"
                   "Prima di lasciare il centro sportivo, il tecnico ha salutato la squadra. «Resto convinto che questo "
                   "gruppo abbia i mezzi per chiudere in alto», ha detto Neri ai giocatori.")
    assert got["Resto convinto che questo grup"] == "Carlo Neri"


def test_an_interview_with_short_prompts_and_no_question_marks_in_between():
    """'Poi il Canada.' is the interviewer's prompt; the paragraph after it is the interviewee's answer, and his
    first person tells his own career."""
    ex = extract("Neri: «Da attaccante mi buttavo nello spazio»\nL'ex bomber, oggi ds, ripercorre la carriera\n\n"
                 f"{LEAD}\n\nMarco Neri è il direttore sportivo del Bologna. Lo abbiamo incontrato a Casteldebole.\n\n"
                 "Lei è romano, classe 1976. Come comincia tutto?\n"
                 "Sono nato a Roma il 15 luglio e sono cresciuto nella Lazio, dove ho esordito a diciassette anni.\n"
                 "Poi il Canada.\n"
                 "Al Montreal Impact, dal 2012 al 2014, abbiamo vinto due titoli e lì ho smesso.\n"
                 "Cosa le manca del campo?\n"
                 "Il gol, ovvio. Però la gioia di mercoledì è stata diversa, più lenta e più condivisa.\n",
                 published="2025-05-16")
    answers = [q.text[:20] for q in ex.quotes if q.speaker == "Marco Neri" and q.rule == "quote.unmarked_answer"]
    assert answers == ["Sono nato a Roma il ", "Al Montreal Impact, ", "Il gol, ovvio. Però "]
    assert {(s.team, s.role) for s in ex.stints if s.person == "Marco Neri"} >= {("Lazio", "player")}


def test_a_sentence_opening_adjective_is_no_first_name():
    """'Amaro Conceiçao, sulla panchina rossonera da quattro mesi: «...»': Sergio Conceiçao speaks, nobody called Amaro."""
    ex = extract(f"Titolo della notizia\nUn sommario della notizia\n\n{LEAD}\n\nI cambi di Sergio Conceiçao non producono "
                 "effetti. Amaro Conceiçao, sulla panchina rossonera da quattro mesi e mezzo: «Delusione per un titolo "
                 "perso, per noi e per i tifosi».", published="2025-05-14")
    assert [q.speaker for q in ex.quotes] == ["Sergio Conceiçao"]
    assert not any(e.name.startswith("Amaro") for e in ex.entities)


def test_a_description_after_the_club_s_channels_speaks_not_the_club():
    """'ai canali ufficiali del club, il nuovo direttore ha indicato la strada: "..."': the director's words."""
    got = speakers("Il Torino ha scelto Davide Vagnati come direttore sportivo. Mercoledì, ai canali ufficiali del "
                   "club, il nuovo direttore ha poi indicato la strada: \"Dobbiamo lavorare con pazienza\".")
    assert got["Dobbiamo lavorare con pazienza"] == "Davide Vagnati"


def test_the_one_who_sends_him_on_is_not_the_topic():
    """'Il 6 giugno 2009 X lo manda in campo ... «Sì - ha ammesso - ...»': the player who came on speaks."""
    got = speakers("Sergio Floccari ha giocato a lungo in Serie A. Il 12 agosto 2009 Marcello Lippi lo manda in campo "
                   "in un'amichevole. «Sì, è vero - ha ammesso - quella sera non la dimentico».")
    assert got["Sì, è vero - ha ammesso - quel"] == "Sergio Floccari"


def test_a_son_he_will_find_in_the_dressing_room_does_not_speak_for_him():
    """'Nello spogliatoio troverà il figlio X ... «...», ha spiegato ieri': the father, the topic, speaks."""
    got = speakers("Il Brescia ha scelto Pierpaolo Bisoli. Per il tecnico di Porretta Terme è un ritorno. Nello "
                   "spogliatoio troverà il figlio Dimitri Bisoli, capitano della squadra. «Vivo questo momento come "
                   "la chiusura di un cerchio», ha spiegato ieri in conferenza.")
    assert got["Vivo questo momento come la ch"] == "Pierpaolo Bisoli"


def test_he_hands_him_the_job_is_about_the_one_handed_it():
    """'nel 2008 Claudio Lotito gli affida l'area tecnica ... aveva detto: «...»': the one given the job speaks."""
    got = speakers("Igli Tare è il nuovo direttore sportivo del Milan. Appesi gli scarpini, nel 2008 Claudio Lotito "
                   "gli affida il coordinamento dell'area tecnica della Lazio. Dopo la Supercoppa del 2019 aveva "
                   "detto: «È una vittoria del gruppo».")
    assert got["È una vittoria del gruppo"] == "Igli Tare"


def test_the_message_of_x_then_the_ex_number_one_is_x():
    """'ha colpito quello di Gianluca Pagliuca, il portiere di quella Inter. «...», ha scritto l'ex numero uno
    nerazzurro': the goalkeeper whose message it is, not the coach the obituary is about."""
    got = speakers("Addio a Gigi Simoni, il tecnico gentiluomo\nIl ricordo\n\nGigi Simoni è morto ieri a 81 anni. "
                   "Allenò l'Inter dal 1997 al 1998.\n\nIeri, tra i tanti messaggi, ha colpito quello di Gianluca "
                   "Pagliuca, il portiere di quella Inter. «Il mister ci trattava prima da uomini e poi da giocatori», "
                   "ha scritto l'ex numero uno nerazzurro.", published="2020-05-23")
    assert got.get("Il mister ci trattava prima da") == "Gianluca Pagliuca", got


def test_questions_in_bold_make_the_quoted_paragraphs_answers():
    """'**Che bambino era?**' then '«Sono nato a Roma ...»': an interview; the answers tell the interviewee's career."""
    text = ("Fabio Grosso si racconta\nIl tecnico ripercorre la carriera\n\nFabio Grosso parla di calcio con la fame di "
            "sempre.\n\n**Mister, che bambino era?**\n«Uno che non stava mai fermo. Nel 1998 mi prese il Chieti, in C2, "
            "e lì sono diventato un professionista».\n\n**Poi il Perugia. Chi le ha dato la prima occasione?**\n«Mi ha "
            "fatto esordire Serse Cosmi, nel 2001, e con il Perugia ho giocato fino al 2004».\n")
    ex = extract(text, published="2024-12-18")
    assert {q.speaker for q in ex.quotes} == {"Fabio Grosso"}
    assert any(s.person == "Fabio Grosso" and s.team == "Chieti" and (s.start or "")[:4] == "1998" for s in ex.stints)


def test_the_man_replaced_does_not_speak():
    """'X, chiamato per sostituire Y, esonerato ...: «...»': X speaks, not the man he replaced."""
    got = speakers("Di tutt'altro umore Davide Dionigi, chiamato a fine marzo dalla Reggiana per sostituire William "
                   "Viali: «La salvezza passa da serate così, i ragazzi hanno giocato bene».", published="2024-05-05")
    assert got.get("La salvezza passa da serate co") == "Davide Dionigi", got


def test_the_staff_he_thanks_and_the_president_he_thanks_do_not_speak():
    """'Poi un pensiero al suo staff, il vice X, il preparatore Y e Z: «...»' and 'i ringraziamenti al presidente X
    ... E la chiusura: «...»' are the coach's and the player's own words, not those of the people they name."""
    got = speakers("Vincenzo Vivarini ha festeggiato la promozione in Serie B con il Catanzaro. «Il merito è dei "
                   "ragazzi», ha detto il tecnico. Poi un pensiero al suo staff, il vice Andrea Milani, il "
                   "preparatore atletico Antonio Del Fosco e il preparatore dei portieri Fabrizio Zambardi: «Senza di "
                   "loro non sarei qui».\n\nMarco Parolo ha salutato i tifosi della Lazio. Poi i ringraziamenti al "
                   "presidente Claudio Lotito, ai tecnici e allo staff medico. E la chiusura, che è anche un "
                   "programma: «Voglio continuare a divertirmi giocando».")
    assert got["Senza di loro non sarei qui"] == "Vincenzo Vivarini"
    assert got["Voglio continuare a divertirmi"] == "Marco Parolo"


def test_a_bare_ct_in_the_italian_press_is_italy_s():
    """'«...» - ha detto il ct -' after a match with Germany: Italy's commissario tecnico, not the rival one."""
    got = speakers("L'Italia di Roberto Mancini, ct azzurro dal 2018, ha pareggiato 1-1 con la Germania di Hansi "
                   "Flick, commissario tecnico tedesco dal 2021. A Bologna è finita in parità.\n\n«Siamo stati dei "
                   "polli a concedere subito il pareggio» - ha detto il ct - «ma abbiamo dei ragazzi bravi».")
    assert got["Siamo stati dei polli a conced"] == "Roberto Mancini"


def test_d_questions_and_bare_answers_are_the_interviewee_s():
    """'D:' marks the questions and the answers carry no mark: every paragraph after a question is his."""
    ex = extract("Barella: «Lo scudetto è di tutti»\nIl centrocampista dell'Inter si racconta\n\n" + LEAD + "\n\n"
                 "Nicolò Barella è nato a Cagliari nel 1997 e gioca nell'Inter dal 2019.\n\n"
                 "D: Che cosa ti resta di questa stagione?\n\n"
                 "La sensazione di aver fatto qualcosa di storico con questi compagni.\n\n"
                 "D: E il futuro?\n\n"
                 "Voglio restare qui ancora a lungo e vincere altro.\n\n"
                 "Ci sono ancora tante partite da giocare insieme.", published="2024-05-16")
    got = {q.text: q.speaker for q in ex.quotes}
    assert got.get("La sensazione di aver fatto qualcosa di storico con questi compagni.") == "Nicolò Barella"
    assert got.get("Ci sono ancora tante partite da giocare insieme.") == "Nicolò Barella"
    assert not any(t.startswith(("D:", "Che cosa")) for t in got)


def test_a_lead_paragraph_that_quotes_twice_is_body_not_a_menu():
    """Two « » quotes in the first paragraph are no row of '»' links: the paragraph and its quotes are read."""
    ex = extract("Ranocchia lascia il calcio\nIl difensore si ritira a 34 anni\n\ndi Lorenzo Ferretti · venerdì 23 "
                 "settembre · 08:30\n\nIeri Andrea Ranocchia ha annunciato il ritiro. «Non c'era più passione», ha "
                 "raccontato. E poco dopo: «Non ho più niente da dare in questo momento».", published="2022-09-23")
    assert {q.speaker for q in ex.quotes} == {"Andrea Ranocchia"}
    assert len(ex.quotes) == 2
