"""Claims: judgements and predictions about teams and people, with who makes them."""

from __future__ import annotations

from taccuino import extract

LEAD = ("Ci sono partite che valgono più di tre punti, e dichiarazioni che pesano più di una vittoria quando "
        "la stagione entra nella sua fase decisiva.")


def claims_of(text: str, published: str = "2025-04-02") -> set[tuple]:
    ex = extract(f"Titolo della notizia\nUn sommario della notizia\n\n{LEAD}\n\n{text}", published=published)
    return {(c.kind, c.speaker, c.subject, c.object, c.by_author) for c in ex.claims}


def test_a_judgement_in_a_quote_is_the_speaker_s_about_the_clause_s_head():
    """'«Il Napoli di Antonio Conte non molla mai»' is the speaker's judgement of Napoli, not of Conte."""
    got = claims_of("Cristian Chivu allena il Parma. «Il Napoli di Antonio Conte però non molla mai», ha detto Chivu.")
    assert ("judgement", "Cristian Chivu", "Napoli", None, False) in got


def test_a_prediction_and_the_author_s_own_judgement():
    """'«Io dico Inter»' predicts Inter; 'il Napoli è l'unica vera avversaria dell'Inter' unquoted is the
    author's judgement of Napoli with Inter as its object."""
    got = claims_of("Massimo Carrera guida l'AEK Atene. «Chi vince lo scudetto? Io dico Inter», ha detto Carrera. "
                    "Per molti osservatori il Napoli è l'unica vera avversaria dell'Inter per lo scudetto.")
    assert ("prediction", "Massimo Carrera", "Inter", None, False) in got
    assert ("judgement", None, "Napoli", "Inter", True) in got


def test_no_claim_without_a_named_subject():
    """'è stato devastante' with nobody named before it makes no claim."""
    assert claims_of("La serata è finita tardi. È stato devastante, dicono in molti.") == set()


def test_the_claim_text_loses_a_trailing_conjunction_but_no_letters():
    """'Io dico Inter, ma ...' keeps 'Io dico Inter'; '... è stato grande' keeps its last word whole."""
    ex = extract(f"Titolo della notizia\nUn sommario della notizia\n\n{LEAD}\n\nMassimo Carrera allena l'AEK. «Io dico "
                 "Inter, ma sarà dura», ha detto Carrera.\n\nIl Napoli è il migliore e grande\n\nAltre notizie.",
                 published="2025-04-02")
    texts = {c.text for c in ex.claims}
    assert "Io dico Inter" in texts
    assert all(not t.endswith(("grand", " e", ", ma")) for t in texts)
