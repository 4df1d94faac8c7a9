"""The note scrubber, on notes written in the scripts of the six languages."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop.privacy.scrub import KINDS, scrub

#: (language, note, the note as it may leave the laptop). Names stay: rules cannot find them.
EXAMPLES = [
    # English: removed
    ("en", "Mrs Amina Juma, phone 0712345678", "Mrs Amina Juma, phone [phone]"),
    ("en", "call +255 712 345 678 today", "call [phone] today"),
    ("en", "office (021) 555-1234", "office [phone]"),
    ("en", "email amina.juma@example.org", "email [email]"),
    ("en", "DOB 12/03/1985, seen 2024-03-12", "DOB [date], seen [date]"),
    ("en", "born March 12, 1985; review 3 June", "born [date]; review [date]"),
    ("en", "passport AB1234567, MRN 00451233", "passport [id], MRN [id]"),
    ("en", "admitted 12-Mar-1985", "admitted [date]"),
    # English: kept
    ("en", "BP 140/90, temp 38.5, Hb 9 g/dL", "BP 140/90, temp 38.5, Hb 9 g/dL"),
    ("en", "age 45, 2 tablets twice daily", "age 45, 2 tablets twice daily"),
    ("en", "HbA1c 7.2%, SpO2 94%, CD4 350", "HbA1c 7.2%, SpO2 94%, CD4 350"),
    ("en", "paracetamol 1000mg, May 2 tablets", "paracetamol 1000mg, May 2 tablets"),
    ("en", "2 out of 3 doses; COVID-19 negative", "2 out of 3 doses; COVID-19 negative"),
    # French
    ("fr", "née le 12 mars 1985", "née le [date]"),
    ("fr", "tél. 06 12 34 56 78", "tél. [phone]"),
    ("fr", "portable +33 6 12 34 56 78", "portable [phone]"),
    ("fr", "courriel : marie.dupont@exemple.fr", "courriel : [email]"),
    ("fr", "vue le 1er janvier 2020", "vue le [date]"),
    ("fr", "date de naissance : 05/11/1990", "date de naissance : [date]"),
    ("fr", "CNI 1234567890123", "CNI [id]"),
    ("fr", "TA 14/9, température 38,5 °C", "TA 14/9, température 38,5 °C"),
    ("fr", "2 comprimés par jour, âge 45 ans", "2 comprimés par jour, âge 45 ans"),
    (
        "fr",
        "Hb 9 g/dL, glycémie 1,2 g/L, revue en mars",
        "Hb 9 g/dL, glycémie 1,2 g/L, revue en mars",
    ),
    # Portuguese
    ("pt", "nascida em 12 de março de 1985", "nascida em [date]"),
    ("pt", "telefone 84 123 4567", "telefone [phone]"),
    ("pt", "contacto +258 84 123 4567", "contacto [phone]"),
    ("pt", "e-mail joao.silva@exemplo.co.mz", "e-mail [email]"),
    ("pt", "data de nascimento 1990-11-05", "data de nascimento [date]"),
    ("pt", "BI 110100123456A", "BI [id]"),
    ("pt", "consulta em 5/mar/2020", "consulta em [date]"),
    ("pt", "PA 140/90, temperatura 38,5", "PA 140/90, temperatura 38,5"),
    ("pt", "idade 45 anos, 2 comprimidos", "idade 45 anos, 2 comprimidos"),
    ("pt", "Hb 9 g/dL, peso 62,5 kg, voltar em março", "Hb 9 g/dL, peso 62,5 kg, voltar em março"),
    # Spanish
    ("es", "nacida el 3 de mayo de 1990", "nacida el [date]"),
    ("es", "teléfono 612 345 678", "teléfono [phone]"),
    ("es", "móvil +34 612 34 56 78", "móvil [phone]"),
    ("es", "correo ana.garcia@ejemplo.es", "correo [email]"),
    ("es", "fecha 15/08/2023", "fecha [date]"),
    ("es", "DNI 12345678Z, historia HC-2023-004512", "DNI [id], historia [id]"),
    ("es", "vista en enero de 2021", "vista en [date]"),
    ("es", "TA 140/90, temperatura 38,5", "TA 140/90, temperatura 38,5"),
    ("es", "edad 45 años, 2 comprimidos cada 8 horas", "edad 45 años, 2 comprimidos cada 8 horas"),
    ("es", "Hb 9 g/dL, glucosa 110 mg/dL, en mayo", "Hb 9 g/dL, glucosa 110 mg/dL, en mayo"),
    # Swahili
    ("sw", "alizaliwa tarehe 12 Machi 1985", "alizaliwa tarehe [date]"),
    ("sw", "simu 0712 345 678", "simu [phone]"),
    ("sw", "simu ya mume +255 754 123 456", "simu ya mume [phone]"),
    ("sw", "barua pepe juma.ali@mfano.co.tz", "barua pepe [email]"),
    ("sw", "kuzaliwa 12/03/1985", "kuzaliwa [date]"),
    ("sw", "kitambulisho 19850312-12345-00001-12", "kitambulisho [id]"),
    ("sw", "alikuja Mei 2020, tena tarehe 3 Julai", "alikuja [date], tena tarehe [date]"),
    ("sw", "shinikizo la damu 140/90, joto 38.5", "shinikizo la damu 140/90, joto 38.5"),
    ("sw", "umri miaka 45, vidonge 2 mara 3 kwa siku", "umri miaka 45, vidonge 2 mara 3 kwa siku"),
    ("sw", "Hb 9 g/dL, arudi mwezi Machi", "Hb 9 g/dL, arudi mwezi Machi"),
    # Arabic (Arabic-Indic ٠-٩ and Eastern Arabic-Indic ۰-۹ digits, and ASCII)
    ("ar", "ولدت في ١٢ مارس ١٩٨٥", "ولدت في [date]"),
    ("ar", "هاتف ٠٧١٢٣٤٥٦٧٨", "هاتف [phone]"),
    ("ar", "الهاتف +٩٦٢ ٧٩ ١٢٣ ٤٥٦٧", "الهاتف [phone]"),
    ("ar", "البريد salma@example.com", "البريد [email]"),
    ("ar", "تاريخ الميلاد ١٢/٠٣/١٩٨٥", "تاريخ الميلاد [date]"),
    ("ar", "رقم الهوية ۱۲۳۴۵۶۷۸۹۰", "رقم الهوية [id]"),
    ("ar", "موعد في ٣ آذار ٢٠٢٤ و 12 يناير 2020", "موعد في [date] و [date]"),
    ("ar", "هاتف المنزل ۰۲۱ ۵۵۵ ۱۲۳۴", "هاتف المنزل [phone]"),
    ("ar", "ضغط الدم ١٤٠/٩٠، الحرارة ٣٨٫٥", "ضغط الدم ١٤٠/٩٠، الحرارة ٣٨٫٥"),
    ("ar", "العمر ٤٥ سنة، حبتان ٢ يوميا", "العمر ٤٥ سنة، حبتان ٢ يوميا"),
    ("ar", "الهيموغلوبين 9 g/dL، يعود في مارس", "الهيموغلوبين 9 g/dL، يعود في مارس"),
]


@pytest.mark.parametrize(("language", "note", "expected"), EXAMPLES)
def test_scrub_removes_identifiers_and_keeps_clinical_numbers(
    language: str, note: str, expected: str
) -> None:
    """Each note becomes exactly its expected text: identifiers out, clinical numbers in."""
    assert scrub(note).text == expected, language


def test_every_language_has_enough_examples_of_both_sorts() -> None:
    """At least 8 examples per language, some removing something and some keeping everything."""
    removing = Counter(lang for lang, note, expected in EXAMPLES if note != expected)
    keeping = Counter(lang for lang, note, expected in EXAMPLES if note == expected)
    for language in ("en", "fr", "pt", "es", "sw", "ar"):
        assert removing[language] + keeping[language] >= 8, language
        assert removing[language] >= 3 and keeping[language] >= 3, language


def test_counts_are_per_kind_and_match_the_placeholders() -> None:
    """The counts name each kind (codes only) and equal the placeholders written."""
    result = scrub("Juma 0712345678, juma@x.org, 12/03/1985 and 3 June 2024, ID AB1234567")
    assert result.removed == {"phone": 1, "email": 1, "date": 2, "id": 1}
    for language, note, expected in EXAMPLES:
        counts = scrub(note).removed
        assert set(counts) == set(KINDS)
        assert {k: expected.count(f"[{k}]") for k in KINDS} == counts, (language, note)


def test_scrubbing_twice_changes_nothing_more() -> None:
    """A scrubbed note scrubs to itself (placeholders hold no digits to remove again)."""
    for _language, note, expected in EXAMPLES:
        again = scrub(expected)
        assert again.text == expected
        assert sum(again.removed.values()) == 0
        assert scrub(note).text == expected


def test_dates_that_cannot_be_dates_are_kept() -> None:
    """Numbers with a slash that cannot be a day, month and year stay ("45/13/20" is no date)."""
    assert scrub("ratio 45/13/20").text == "ratio 45/13/20"
    assert scrub("on 13/12/2020").text == "on [date]"
