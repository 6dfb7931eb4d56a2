"""Bad input gets a clear error naming the file and the problem; good input in many encodings reads."""

from __future__ import annotations

import pytest

from taccuino.errors import InputError
from taccuino.reader import read_path, to_document

ARTICLE = ("Il Bari ha esonerato l'allenatore dopo la sconfitta di domenica. La società ha comunicato "
           "la decisione con una nota ufficiale e ha ringraziato il tecnico per il lavoro svolto.")


@pytest.mark.parametrize("content,problem", [
    (b"", "empty"),
    (b"\x00\x01\x02binary\x00data" * 10, "binary"),
    (b"<html><body><nav>Home</nav></body></html>", "no article text"),
    ("The quick brown fox jumps over the lazy dog and then runs far away into the woods.".encode(), "Italian"),
])
def test_bad_input_named(tmp_path, content, problem):
    """Each kind of bad file is refused with a message naming the file and the problem."""
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(InputError) as err:
        to_document(read_path(f))
    assert str(f) in str(err.value) and problem in str(err.value)


def test_huge_file_refused(tmp_path):
    """A 50 MB file is refused before it is read as an article."""
    f = tmp_path / "huge.txt"
    f.write_bytes(ARTICLE.encode() * (50 * 1024 * 1024 // len(ARTICLE)))
    with pytest.raises(InputError, match="MB"):
        read_path(f)


def test_cp1252_is_decoded_and_reported(tmp_path):
    """A cp1252 file decodes, and the encoding chosen is reported."""
    f = tmp_path / "w.txt"
    f.write_bytes(("Titolo\n\n" + ARTICLE + " È così, perché sì.").encode("cp1252"))
    raw = read_path(f)
    assert raw.encoding == "cp1252" and "È così" in raw.text
