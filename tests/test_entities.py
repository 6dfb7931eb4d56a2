"""Entities: every person, team and competition of an article with its mentions, and their scoring."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from taccuino.cli import main
from taccuino.entity_eval import score_entities
from taccuino.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_cc7ce9a4d1f72f18.txt"
CASES = sorted(p for d in (ROOT / "tests" / "cases", ROOT.parent / "shared" / "dev")
               for p in d.glob("*") if p.suffix in (".txt", ".html"))

TEXT = ("Il Napoli ha ufficializzato l'arrivo di Antonio Conte. Conte ha firmato fino al 2027. "
        "Quest'ultimo ha già vinto lo scudetto con la Juventus, poi con l'Inter. I partenopei ripartono da lui.\n")


def test_mentions_are_the_text_they_point_at():
    ex = extract(TEXT)
    for e in ex.to_dict()["entities"]:
        assert len(e["mentions"]) == len(e["surfaces"]) == len(e["how"])
        for (a, b), s in zip(e["mentions"], e["surfaces"], strict=True):
            assert ex.text[a:b] == s


def test_people_grouped_under_their_fullest_name_and_teams_by_nickname():
    ents = {(e["type"], e["name"]): e for e in extract(TEXT).to_dict()["entities"]}
    conte = ents[("person", "Antonio Conte")]
    assert conte["surfaces"][:2] == ["Antonio Conte", "Conte"]
    assert "anaphor" in conte["how"]  # 'Quest'ultimo' bound to him
    assert "partenopei" in ents[("team", "Napoli")]["surfaces"]
    assert ents[("team", "Napoli")]["kb_id"] == "napoli"


def test_azzurri_after_a_national_title_is_italy_not_napoli():
    text = ("Il Napoli ha battuto la Roma. Intanto il ct azzurro Luciano Spalletti ha diramato le convocazioni "
            "per le partite di novembre.\n")
    ents = {e["name"]: e for e in extract(text).to_dict()["entities"] if e["type"] == "team"}
    assert "azzurro" in ents["Italia"]["surfaces"]
    assert "azzurro" not in ents["Napoli"]["surfaces"]


def test_every_fact_names_an_entity_of_its_article():
    """No fact names a person or team the entities do not hold (a line-up surname is matched to its
    fullest name, 'Kim' to 'Kim Min-jae', or becomes an entity of its own)."""
    bad = []
    for p in CASES:
        d = extract(p).to_dict()
        people = {e["name"] for e in d["entities"] if e["type"] == "person"}
        sides = {e["name"] for e in d["entities"] if e["type"] in ("team", "organisation")}
        for s in d["stints"] + d["honours"]:
            if s["person"] not in people:
                bad.append((p.name, s["person"]))
            if s.get("team") and s["team"] not in sides:
                bad.append((p.name, s["team"]))
        for q in d["quotes"]:
            if q["speaker"] and q["speaker"] not in people | sides:
                bad.append((p.name, q["speaker"]))
    assert bad == []


def test_no_fact_person_is_a_fragment_of_a_fuller_entity_name():
    bad = []
    for p in CASES:
        d = extract(p).to_dict()
        people = [e["name"] for e in d["entities"] if e["type"] == "person"]
        for s in d["stints"]:
            longer = [n for n in people if n != s["person"] and n.endswith(" " + s["person"])]
            if longer:
                bad.append((p.name, s["person"], longer))
    assert bad == []


def test_score_entities_counts_found_resolved_and_grouped():
    gold = [{"type": "person", "name": "Antonio Conte", "mentions": ["Antonio Conte", "Conte"]},
            {"type": "team", "name": "Napoli", "mentions": ["Napoli", "partenopei"]},
            {"type": "team", "name": "Juventus", "mentions": ["Juventus"]}]
    pred = [{"type": "person", "name": "Antonio Conte", "kb_id": None, "surfaces": ["Antonio Conte", "Quest'ultimo"],
             "how": ["full", "anaphor"]},
            {"type": "person", "name": "Conte", "kb_id": None, "surfaces": ["Conte"], "how": ["surname"]},
            {"type": "team", "name": "Napoli", "kb_id": "napoli", "surfaces": ["Napoli", "partenopei"],
             "how": ["name", "demonym"]},
            {"type": "team", "name": "Roma", "kb_id": "roma", "surfaces": ["Roma"], "how": ["name"]}]
    s = score_entities(pred, gold)
    assert s["mentions"] == (4, 5, 5)  # the anaphor is not a named mention; 'Roma' is wrong; 'Juventus' missed
    assert s["entities"] == (2, 4, 3)  # the split 'Conte' is a second, unmatched entity
    assert s["linked"] == (3, 5, 5)  # 'Conte' was found but sits under the wrong entity
    assert s["person_entities"] == (1, 2, 1)


def test_team_entity_matches_gold_by_a_knowledge_alias():
    gold = [{"type": "team", "name": "Internazionale", "mentions": ["Inter"]}]
    pred = [{"type": "team", "name": "Inter", "kb_id": "inter", "surfaces": ["Inter"], "how": ["name"]}]
    assert score_entities(pred, gold)["entities"] == (1, 1, 1)


def test_entities_command_table_and_json():
    r = CliRunner().invoke(main, ["entities", str(SEED), "--format", "json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    names = {e["name"] for e in d["entities"]}
    assert {"Massimo Carrera", "Antonio Conte", "Juventus", "Napoli"} <= names
    t = CliRunner().invoke(main, ["entities", str(SEED)])
    assert t.exit_code == 0 and "Massimo Carrera" in t.output and "partenopei" in t.output


def test_entities_command_reports_a_bad_file(tmp_path):
    bad = tmp_path / "vuoto.txt"
    bad.write_bytes(b"")
    r = CliRunner().invoke(main, ["entities", str(bad), str(SEED), "--format", "jsonl"])
    assert r.exit_code == 1
    assert "vuoto.txt" in r.output  # named in the error, the good file still written
    assert "Massimo Carrera" in r.output


def test_a_first_name_alone_is_the_person_not_a_club_nickname():
    """'A Rudi va il mio ringraziamento' in a story about Rudi Garcia: him, not the club nicknamed 'Rudí'."""
    text = ("Rudi Garcia non è più l'allenatore del Napoli. «A Rudi va il mio ringraziamento» ha detto il "
            "presidente.\n")
    ents = extract(text).to_dict()["entities"]
    garcia = next(e for e in ents if e["name"] == "Rudi Garcia")
    assert "Rudi" in garcia["surfaces"]
    assert not any(e["type"] == "team" and "Rudi" in e["surfaces"] for e in ents)


def test_divisions_by_their_letter_and_the_scudetto():
    """'dalla C alla A', 'in B', 'lo scudetto': mentions of the Italian leagues; 'Serie A' is read once."""
    text = "Con il Lecce è salito dalla C alla A, poi è tornato in B. Lo scudetto resta un sogno in Serie A.\n"
    comps = {e["name"]: e["surfaces"] for e in extract(text).to_dict()["entities"] if e["type"] == "competition"}
    assert comps["Serie C"] == ["C"]
    assert comps["Serie B"] == ["B"]
    assert comps["Serie A"] == ["A", "scudetto", "Serie A"]


def test_a_nickname_in_the_prose_and_the_legal_name_in_the_statement_are_one_person():
    """'... di Ricky Massara, il direttore sportivo' and '«AC Milan comunica che Frederic Massara lascia l'incarico
    ... Il Club ringrazia Ricky»': one man, named as the statement names him."""
    from taccuino import extract
    ex = extract("Milan, via anche Massara\nIl club azzera l'area tecnica\n\nOggi il Milan ha ufficializzato l'uscita di "
                 "Ricky Massara, il direttore sportivo del Milan dal 2019.\n\nLa nota del club: «AC Milan comunica che "
                 "Frederic Massara lascia l'incarico di direttore sportivo. Il Club ringrazia Ricky per il lavoro».",
                 published="2023-06-07")
    names = {e.name for e in ex.entities if e.type == "person"}
    assert "Frederic Massara" in names and "Ricky Massara" not in names


def test_a_verb_opening_the_sentence_is_no_part_of_the_name_after_it():
    """'Sorride Eleonora Goldoni, ...': the person is Eleonora Goldoni."""
    from taccuino import extract
    ex = extract("Titolo\n\nLe convocate per l'Europeo. Sorride Eleonora Goldoni, ripescata all'ultimo.", published="2025-06-25")
    assert "Eleonora Goldoni" in {e.name for e in ex.entities if e.type == "person"}


def test_a_surname_that_is_a_street_word_and_a_declared_nickname():
    """'Addio a Mariolino Corso' in the title is a person ('Corso' opens street names, it does not end them), and
    'Mario Corso, per tutti Mariolino' makes him one person named Mario Corso, the article's protagonist."""
    text = ("Addio a Mariolino Corso, il sinistro della Grande Inter\nAveva 78 anni\n\nIl calcio italiano piange. "
            "Mario Corso, per tutti Mariolino, è scomparso ieri a Milano. Nel corso della sua carriera all'Inter "
            "ha vinto quattro scudetti. Corso aveva 78 anni.\n")
    people = [e for e in extract(text).to_dict()["entities"] if e["type"] == "person"]
    assert [e["name"] for e in people] == ["Mario Corso"]
    assert "Mariolino Corso" in people[0]["surfaces"]
