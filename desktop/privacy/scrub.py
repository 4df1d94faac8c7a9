"""Remove phone numbers, e-mail addresses, dates and ID-like numbers from a free-text note.

Rules, not a model: each kind found is replaced by a placeholder (`[phone]`, `[email]`,
`[date]`, `[id]`) and counted. Digits may be ASCII, Arabic-Indic (U+0660-0669) or Eastern
Arabic-Indic (U+06F0-06F9); month names are English, French, Portuguese, Spanish, Swahili and
Arabic ones.
Clinical numbers that identify nobody stay ("BP 140/90", "temp 38.5", "Hb 9 g/dL", "1000mg").
Names of persons are NOT removed: no rule tells "Amina Juma" from "Amina clinic" reliably.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

KINDS = ("phone", "email", "date", "id")
D = "[0-9\u0660-\u0669\u06f0-\u06f9]"  # a digit in the three scripts of the six languages

_MONTHS = (
    # English
    "january february march april may june july august september october november december",
    # French (with and without accents)
    "janvier février fevrier mars avril mai juin juillet août aout septembre octobre "
    "novembre décembre decembre",
    # Portuguese
    "janeiro fevereiro março marco abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    # Spanish
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
    "diciembre",
    # Swahili
    "januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba",
    # Arabic: Egyptian and Gulf, Levantine and Iraqi, Maghrebi names
    "يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر "
    "أكتوبر اكتوبر نوفمبر ديسمبر "
    "كانون_الثاني شباط آذار اذار نيسان أيار ايار حزيران تموز آب اب أيلول ايلول تشرين_الأول "
    "تشرين_الاول تشرين_الثاني كانون_الأول كانون_الاول "
    "جانفي فيفري أفريل افريل ماي جوان جويلية أوت اوت",
)
#: Short forms, only taken with a year or between separators ("12-Mar-1985"), since "out",
#: "set" or "mar" are also words.
_SHORT = (
    "jan feb mar apr jun jul aug sep sept oct nov dec janv févr fevr avr juil déc "
    "fev abr ago set out dez ene dic"
)


def _alternation(words: str) -> str:
    names = sorted({w.replace("_", " ") for w in words.split()}, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)


MONTH = rf"(?:{_alternation(' '.join(_MONTHS))})"
SHORT = rf"(?:{_alternation(_SHORT)})\.?"
DAY = rf"{D}{{1,2}}(?:st|nd|rd|th|er|º|ª|\.º)?"
YEAR = rf"{D}{{4}}|'?{D}{{2}}"
_OF = r"(?:\s+(?:de|del|of)\s+|\s*,\s*|\s+)"
_NOT_WORD_BEFORE, _NOT_WORD_AFTER = r"(?<![\w/.-])", r"(?![\w/]|[.,-]\w)"

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
NUMERIC_DATE = re.compile(
    rf"{_NOT_WORD_BEFORE}(?:"
    rf"(?P<y>{D}{{4}})(?P<s1>[/.-]){D}{{1,2}}(?P=s1){D}{{1,2}}"  # 1985-03-12
    rf"|{D}{{1,2}}(?P<s2>[/.-]){D}{{1,2}}(?P=s2)(?:{D}{{4}}|{D}{{2}})"  # 12/03/1985, 12.3.85
    rf"|{D}{{1,2}}/{D}{{4}}"  # 03/1985
    rf"){_NOT_WORD_AFTER}"
)
WRITTEN_DATE = re.compile(
    rf"(?<!\w)(?:"
    rf"{DAY}{_OF}{MONTH}(?:{_OF}(?:{YEAR}))?"  # 12 March 1985, 12 de março de 1985
    rf"|{MONTH}\s+{DAY},?\s+(?:{D}{{4}})"  # March 12, 1985
    rf"|{MONTH}{_OF}{D}{{4}}"  # March 1985, março de 1985
    rf"|{DAY}[\s/.-]{SHORT}[\s/.-](?:{YEAR})"  # 12-Mar-1985, 12 déc. 2020
    rf"|{SHORT}\s+{D}{{4}}"  # Mar 1985
    rf")(?!\w)",
    re.IGNORECASE,
)
INTERNATIONAL_PHONE = re.compile(
    rf"(?<![\w+/.-])(?:\+|00)\s?{D}{{1,3}}(?:[\s.-]?\(?{D}{{1,4}}\)?){{2,6}}(?!\w)"
)
BRACKETED_PHONE = re.compile(
    rf"(?<!\w)\({D}{{2,5}}\)\s?{D}{{2,4}}(?:[\s.-]?{D}{{2,4}}){{1,3}}(?!\w)"
)
#: A token of letters and digits joined by - / . (an ID, a phone number written without spaces).
TOKEN = re.compile(r"(?<![\w/.-])\w+(?:[/.-]\w+)*(?![\w/-])")
#: Digit groups separated by spaces, dots or dashes ("0712 345 678", "555-1234").
SPACED_PHONE = re.compile(rf"(?<![\w/.,-]){D}{{1,4}}(?:[ .-]{D}{{2,4}}){{1,5}}(?![\w/]|[.,]{D})")
_QUANTITY = re.compile(rf"^{D}{{1,5}}(?:[.,]{D}+)?[^\W\d_]{{1,5}}(?:/[^\W\d_]{{1,5}})?$")


@dataclass(frozen=True)
class Scrubbed:
    """The note with identifiers replaced, and how many of each kind were removed."""

    text: str
    removed: dict[str, int] = field(default_factory=dict)


def _digits(text: str) -> int:
    return len(re.findall(D, text))


def _date_kind(text: str) -> str | None:
    """ "date" when the numbers can be a day, a month and a year ("45/13/2020" is kept)."""
    parts = [int(n) for n in re.findall(rf"{D}+", text)]  # int() reads every script's digits
    if len(parts) == 2:  # month/year
        return "date" if 1 <= parts[0] <= 12 else None
    if parts[0] > 31:  # year first
        return "date" if 1 <= parts[1] <= 12 and 1 <= parts[2] <= 31 else None
    day_month = 1 <= parts[0] <= 31 and 1 <= parts[1] <= 12
    month_day = 1 <= parts[0] <= 12 and 1 <= parts[1] <= 31
    return "date" if day_month or month_day else None


def _token_kind(token: str) -> str | None:
    """What a letters-and-digits token is: "phone", "id" or None (keep it)."""
    digits = _digits(token)
    if any(c.isalpha() for c in token):
        return "id" if digits >= 5 and not _QUANTITY.match(token) else None
    groups = re.split(r"[/.-]", token)
    if "/" in token and all(len(g) <= 4 for g in groups):
        return None  # values side by side: "140/90", "45/13/20"
    grouped = 7 <= digits <= 15 and len(groups) > 1 and all(len(g) <= 4 for g in groups[1:])
    if "/" not in token and (grouped or (token[0] in "0\u0660\u06f0" and 9 <= digits <= 12)):
        return "phone"  # "0712-345-678", "0712345678"
    return "id" if digits >= 6 else None


def _international_kind(text: str) -> str | None:
    """+CC with 8 or more digits, or 00CC with 11 or more ("MRN 00451233" is an ID)."""
    return "phone" if _digits(text) >= (8 if text.startswith("+") else 11) else None


def _spaced_kind(text: str) -> str | None:
    return "phone" if _digits(text) >= 7 else None


#: In this order: an e-mail address or a date holds digits the later steps would misread.
STEPS: tuple[tuple[re.Pattern[str], Callable[[str], str | None]], ...] = (
    (EMAIL, lambda _: "email"),
    (NUMERIC_DATE, _date_kind),
    (WRITTEN_DATE, lambda _: "date"),
    (INTERNATIONAL_PHONE, _international_kind),
    (BRACKETED_PHONE, lambda _: "phone"),
    (TOKEN, _token_kind),
    (SPACED_PHONE, _spaced_kind),
)


def scrub(note: str) -> Scrubbed:
    """`note` with phone numbers, e-mail addresses, dates and ID-like numbers replaced."""
    removed = dict.fromkeys(KINDS, 0)

    def swap(match: re.Match[str], kind_of: Callable[[str], str | None]) -> str:
        kind = kind_of(match.group())
        if kind is None:
            return match.group()
        removed[kind] += 1
        return f"[{kind}]"

    text = note
    for pattern, kind_of in STEPS:
        text = pattern.sub(lambda m, k=kind_of: swap(m, k), text)  # type: ignore[misc]
    return Scrubbed(text, removed)
