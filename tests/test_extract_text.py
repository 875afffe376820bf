"""Decoding, HTML and boilerplate: bytes in, clean article text out."""

import pytest

from dashboard.extract.text import (
    BadInput,
    decode_bytes,
    html_to_text,
    read_text_file,
    strip_boilerplate,
)

RUSSIAN = "Президент Казахстана Токаев заявил о введении чрезвычайного положения в Алма-Ате."
FRENCH = "Le président kazakh Kassym-Jomart Tokaïev a décrété l'état d'urgence à Almaty."


@pytest.mark.parametrize(("data", "expected"), [
    (RUSSIAN.encode("utf-8"), RUSSIAN),
    (RUSSIAN.encode("cp1251"), RUSSIAN),
    (FRENCH.encode("latin-1"), FRENCH),
    ("\ufeff".encode() + FRENCH.encode("utf-8"), FRENCH),
])
def test_text_decode_bytes_detects_encoding(data, expected):
    assert decode_bytes(data) == expected


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty"),
    (b"  \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    (bytes(range(1, 32)) * 40, "binary"),
])
def test_text_decode_bytes_refuses_non_text(data, message):
    with pytest.raises(BadInput, match=message):
        decode_bytes(data)


def test_text_html_keeps_article_drops_scripts():
    body = " ".join([FRENCH] * 4)
    html = (f"<html><head><script>var track = 1;</script></head><body><nav>Menu</nav>"
            f"<article><h1>Titre</h1><p>{body}</p></article>"
            f"<script>alert('x')</script></body></html>")
    text = html_to_text(html)
    assert "Tokaïev" in text and "alert" not in text and "track" not in text


@pytest.mark.parametrize("html", [
    "<html><head><script>" + "var x = 1;" * 2000 + "</script></head><body></body></html>",
    "<html><body><script>document.write('hi')</script><style>p{}</style></body></html>",
])
def test_text_html_without_article_is_bad_input(html):
    with pytest.raises(BadInput, match="no article text"):
        html_to_text(html)


@pytest.mark.parametrize("line", [
    "Partagez cet article sur :", "(Rédacteurs :Shuang Sheng, Yishuang Liu)",
    "Share this article", "Читайте также: другие новости", "  •  ",
    ">> Lire aussi : un autre titre du site",
    "Read Minister says talks went well", "Recommended Stories", "list of 3 items",
    "- list 2 of 3Another headline of the site",
])
def test_text_boilerplate_lines_blanked_offsets_kept(line):
    text = f"{FRENCH}\n{line}\n{FRENCH}\n"
    cleaned = strip_boilerplate(text)
    assert len(cleaned) == len(text)
    assert cleaned.count("Tokaïev") == 2 and line.strip() not in cleaned


def test_text_read_refuses_large_file(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(FRENCH * 100, encoding="utf-8")
    with pytest.raises(BadInput, match="above the"):
        read_text_file(path, max_bytes=1000)
