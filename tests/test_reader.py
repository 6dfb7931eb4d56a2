"""Bad input gets a clear error naming the file and the problem; good input in many encodings reads."""

from __future__ import annotations

import json

import pytest

from taccuino.errors import InputError
from taccuino.reader import read_path, to_document

ARTICLE = ("Il Bari ha esonerato l'allenatore dopo la sconfitta di domenica. La società ha comunicato "
           "la decisione con una nota ufficiale e ha ringraziato il tecnico per il lavoro svolto.")


@pytest.mark.parametrize("content,problem", [
    (b"", "empty"),
    (b"\x00\x01\x02binary\x00data" * 10, "binary"),
    (b"<html><body><nav>Home</nav></body></html>", "no article text"),
    (b"The quick brown fox jumps over the lazy dog and then runs far away into the woods.", "Italian"),
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


def test_undecodable_bytes_refused(tmp_path):
    """Bytes that are text in none of UTF-8, cp1252, latin-1 get a clear error with the offset."""
    f = tmp_path / "rotto.txt"
    f.write_bytes(b"Il Bari \x81\x8d\x8f\x90\x9d" * 50)
    with pytest.raises(InputError, match=r"rotto.txt: the bytes are not text"):
        read_path(f)


def test_jsonl_lines_read_one_by_one(tmp_path):
    """JSON lines give one article per line, and a broken line is an error for that line only."""
    from taccuino.reader import read_jsonl
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"text": ARTICLE, "url": "http://x/1", "published": "2024-03-12"}) + "\nnon json\n",
                 encoding="utf-8")
    got = list(read_jsonl(f))
    assert got[0].url == "http://x/1" and got[0].published == "2024-03-12"
    assert isinstance(got[1], InputError) and "a.jsonl:2" in str(got[1])
