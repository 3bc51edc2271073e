"""Bytes to article text: byte-order marks, binary files, legacy code pages, stray characters.

News archives are messy: UTF-16 exports from Windows tools, Polish pages in cp1250 or
ISO-8859-2, files cut off in the middle of a character, a NUL or an escape sequence that
slipped into a scraped article, zero-width spaces and right-to-left overrides inside names.
A file is refused as binary only when it is: a known file signature (PNG, PDF, ZIP...) or a
high share of bytes that never occur in text. Everything else is decoded and cleaned, and
what was changed is reported in one warning line, so that no article is lost to a single
bad byte.

Cleaning (``clean_text``) removes control characters other than tab and line breaks and the
invisible format characters (Unicode category Cf: zero-width spaces and joiners, soft
hyphens, bidirectional embeddings, overrides and isolates, tag characters), turns lone
surrogates and non-characters into U+FFFD, and makes every line break ``\\n``. Every later
stage, and every export format (XML and CSV included), can then hold the text unchanged.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

Warn = Callable[[str], None]


class InputError(Exception):
    """An input that cannot be read; str() is the one-line message."""


#: File signatures: (offset, bytes, what). Each holds bytes that plain text never starts with.
MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (0, b"%PDF-", "a PDF document"),
    (0, b"PK\x03\x04", "a ZIP archive or office document"),
    (0, b"PK\x05\x06", "a ZIP archive"),
    (0, b"\x1f\x8b\x08", "a gzip archive"),
    (0, b"\xfd7zXZ\x00", "an xz archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (0, b"Rar!\x1a\x07", "a RAR archive"),
    (0, b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (257, b"ustar\x00", "a tar archive"),
    (257, b"ustar  \x00", "a tar archive"),
    (0, b"\x7fELF", "an executable"),
    (0, b"\xca\xfe\xba\xbe", "an executable or Java class"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (0, b"SQLite format 3\x00", "an SQLite database"),
    (0, b"OggS\x00", "Ogg audio or video"),
    (0, b"fLaC", "FLAC audio"),
    (0, b"ID3\x02", "MP3 audio"),
    (0, b"ID3\x03", "MP3 audio"),
    (0, b"ID3\x04", "MP3 audio"),
    (0, b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (0, b"\x00asm", "WebAssembly"),
    (0, b"wOFF", "a web font"),
    (0, b"wOF2", "a web font"),
)
#: RIFF containers: "RIFF", 4 size bytes, then the form type.
RIFF_FORMS = {b"WAVE": "WAV audio", b"AVI ": "AVI video", b"WEBP": "a WebP image"}
#: ISO media ("....ftyp"): MP4, MOV, HEIC.
FTYP = (4, b"ftyp", "MP4/QuickTime video or a HEIC image")

#: Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: How much of a file the binary test looks at, and the share of control bytes that makes
#: it binary. Random or compressed data has about 10% bytes below 0x20 that are not
#: whitespace; a text with a few stray control characters has far less than 1%.
SNIFF_BYTES = 65536
BINARY_SHARE = 0.05
#: ... but a short article may hold a few stray control characters: never fewer than this.
BINARY_MIN = 8

_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in _TEXT_CONTROLS)

#: Invisible format characters (Unicode category Cf, as of Unicode 15; a test checks the
#: list against the running Python's unicodedata).
FORMAT_RANGES = (
    (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD), (0x070F, 0x070F),
    (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD),
    (0x110CD, 0x110CD), (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)
#: Format characters that are common and harmless in web text (removed without a warning).
_QUIET_FORMAT = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
#: Bidirectional controls: they can make a text read differently from what it holds.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _char_class(ranges) -> str:
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


_CONTROLS = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
_FORMAT = _char_class(FORMAT_RANGES)
_SURROGATES = "\ud800-\udfff"
_NONCHARS = "\ufffe\uffff"
#: Everything ``clean_text`` changes; the common case (nothing) is one regex search.
_UNCLEAN = re.compile(f"[{_CONTROLS}{_FORMAT}{_SURROGATES}{_NONCHARS}\r\x0b\x0c\x85\u2028\u2029]")
#: Terminal escape sequences (colours, titles) go as a whole, not only their ESC.
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]{0,200}(?:\x07|\x1b\\)|[@-Z\\-_])")
_DROP = re.compile(f"[{_CONTROLS}{_FORMAT}]")
_REPLACE = re.compile(f"[{_SURROGATES}{_NONCHARS}]")
_CONTROL_CHARS = re.compile(f"[{_CONTROLS}]")
_LINE_BREAK = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")


def clean_text(text: str, name: str = "", warn: Warn | None = None) -> str:
    """``text`` without control and invisible format characters, with ``\\n`` line breaks.

    Lone surrogates (from JSON escapes) and non-characters become U+FFFD. When ``warn`` is
    given, a change that could hide something (control characters, bidirectional controls,
    tag characters, surrogates) is reported in one line naming ``name``.
    """
    if not isinstance(text, str):
        text = str(text)
    if _UNCLEAN.search(text) is None:
        return text
    escapes = len(_ANSI.findall(text)) if "\x1b" in text else 0
    if escapes:
        text = _ANSI.sub("\x1b", text)  # counted once, as one control character
    dropped = _DROP.findall(text)
    replaced = len(_REPLACE.findall(text))
    text = _LINE_BREAK.sub("\n", text)
    text = _DROP.sub("", text)
    text = _REPLACE.sub("\ufffd", text)
    if warn is not None:
        controls = sum(1 for c in dropped if c not in _QUIET_FORMAT and unicode_is_control(c))
        bidi = sum(1 for c in dropped if c in _BIDI)
        other = sum(1 for c in dropped if c not in _QUIET_FORMAT and c not in _BIDI and not unicode_is_control(c))
        parts = []
        if controls:
            parts.append(f"{controls} control character{'s' if controls != 1 else ''}")
        if bidi:
            parts.append(f"{bidi} bidirectional override{'s' if bidi != 1 else ''}")
        if other:
            parts.append(f"{other} invisible format character{'s' if other != 1 else ''}")
        if parts:
            warn(f"{name}: removed {', '.join(parts)}")
        if replaced:
            warn(f"{name}: replaced {replaced} invalid character{'s' if replaced != 1 else ''} with U+FFFD")
    return text


def unicode_is_control(c: str) -> bool:
    o = ord(c)
    return o < 0x20 or 0x7F <= o <= 0x9F


def binary_kind(data: bytes) -> str | None:
    """What a file is if it is not text (``"a PNG image"``, ``"binary data"``), else None."""
    for offset, magic, what in MAGIC:
        if data[offset:offset + len(magic)] == magic:
            return what
    if data[:4] == b"RIFF" and data[8:12] in RIFF_FORMS:
        return RIFF_FORMS[data[8:12]]
    offset, magic, what = FTYP
    if data[offset:offset + len(magic)] == magic:
        return what
    head = data[:SNIFF_BYTES]
    if head and _count_control(head) > max(BINARY_SHARE * len(head), BINARY_MIN):
        return "binary data"
    return None


def _count_control(data: bytes) -> int:
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(encoding, length of the mark) when ``data`` starts with a byte-order mark."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            return enc, len(bom)
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """utf-16-le/be when every other byte is NUL, as in UTF-16 text of Latin scripts."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.02 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.02 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes, name: str, warn: Warn | None = None) -> str:
    """Bytes of an article to clean text; raises InputError naming ``name``.

    In order: a byte-order mark decides (UTF-8, UTF-16, UTF-32); UTF-16 without a mark is
    recognized by its NUL bytes; known binary formats and data with many control bytes are
    refused; UTF-8 is tried, and accepted with the odd broken byte (a truncated last
    character, a damaged sequence) when the rest is UTF-8; an HTML ``<meta charset>`` is
    honoured; otherwise the best legacy code page of kg's languages (cp1250, ISO-8859-2,
    cp1252), and finally charset-normalizer.
    """
    if not data:
        raise InputError(f"{name}: empty file")
    bom = bom_encoding(data)
    enc = bom[0] if bom else utf16_without_bom(data)
    if enc is not None:
        body = data[bom[1]:] if bom else data
        try:
            text = body.decode(enc)
        except UnicodeDecodeError:
            text = body.decode(enc, "replace")
            if warn:
                warn(f"{name}: {enc.upper()} text with invalid or truncated bytes (replaced with U+FFFD)")
    else:
        if not data.strip():
            raise InputError(f"{name}: only whitespace")
        kind = binary_kind(data)
        if kind is not None:
            raise InputError(f"{name}: binary file ({kind}), not text")
        text = _decode_bytes(data, name, warn)
    if not text.strip(" \t\r\n\ufeff"):
        raise InputError(f"{name}: only whitespace")
    head = text[:SNIFF_BYTES]
    if len(_CONTROL_CHARS.findall(head)) > max(BINARY_SHARE * len(head), BINARY_MIN):
        raise InputError(f"{name}: binary file (binary data), not text")
    text = clean_text(text, name, warn)
    if not text.strip():
        raise InputError(f"{name}: no text, only control or invisible characters")
    return text


def _decode_bytes(data: bytes, name: str, warn: Warn | None) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.end == len(data) and e.reason == "unexpected end of data":
            if warn:
                warn(f"{name}: the last character is cut off (truncated UTF-8); dropped it")
            return data[:e.start].decode("utf-8")
    text = _mostly_utf8(data)
    if text is not None:
        if warn:
            bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
            warn(f"{name}: {bad} byte{'s that are' if bad != 1 else ' that is'} not UTF-8 replaced with U+FFFD")
        return text
    text = _meta_charset(data)
    if text is None:
        text = decode_legacy(data)
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputError(f"{name}: not text in a known encoding")
        text = str(best)
    return text


def _mostly_utf8(data: bytes) -> str | None:
    """The text if ``data`` is UTF-8 with a few damaged bytes, else None.

    Text in a legacy code page has almost no valid multi-byte UTF-8 sequences and many
    invalid ones; UTF-8 text with a damaged byte has the opposite. A short text has few
    characters either way: two valid sequences, three times as many as the damaged ones, are
    no accident of a code page (a lead byte there is a capital letter, rarely followed by the
    punctuation or lower-case letter a continuation byte would be).
    """
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad  # valid non-ASCII characters
    return text if good >= 10 * bad or good >= 2 and good >= 3 * bad else None


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _meta_charset(data: bytes) -> str | None:
    """An HTML page in the encoding its ``<meta charset>`` declares."""
    head = data[:4096]
    if b"<" not in head:
        return None
    m = _META_CHARSET.search(head)
    if not m:
        return None
    try:
        enc = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if enc in ("utf-8", "utf-16", "utf-32") or enc.startswith(("utf-16", "utf-32")):
        return None  # not UTF-8 after all, or a mark would have said so: guess instead
    return data.decode(enc, "replace")


_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻäöüßÄÖÜéèàçÉ")
_PUNCT = set("„”“‘’–—…«»°€§·•\u00a0")


def decode_legacy(data: bytes) -> str | None:
    """The most plausible of the legacy code pages of kg's languages, or None.

    Polish news comes in cp1250 (Windows) and ISO-8859-2 (older Unix sites);
    German and English in cp1252. A general detector guesses cp1252 for short
    Polish texts ("têpi³"), so each candidate is scored by how many of its
    non-ASCII characters are letters of Polish/German and common punctuation.
    """
    best, best_score = None, None
    for enc in ("cp1250", "iso8859_2", "cp1252"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = 0
        for ch in set(text):
            if ord(ch) < 128:
                continue
            score += text.count(ch) * (1 if ch in _LETTERS or ch in _PUNCT else -3)
        if best_score is None or score > best_score:
            best, best_score = text, score
    return best if best_score is not None and best_score >= 0 else None
