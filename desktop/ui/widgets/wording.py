"""Numbers and short phrases for the screen, in the current QLocale and interface language."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

if TYPE_CHECKING:
    from models.card import Feature

MINUS = "\u2212"
FSI, PDI = "\u2068", "\u2069"  # Unicode first-strong isolate and its end
_SHORTEST = QLocale.FloatingPointPrecisionOption.FloatingPointShortest


def _locale() -> QLocale:
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.RejectGroupSeparator)
    return locale


def isolate(text: str) -> str:
    """`text` laid out in its own direction inside text of the other (English in Arabic)."""
    return f"{FSI}{text}{PDI}"


def plain(text: str) -> str:
    """`text` without the isolate marks that `isolate` adds."""
    return text.replace(FSI, "").replace(PDI, "")


def number(value: float, decimals: int | None = None) -> str:
    """`value` in the current locale; `decimals=None` gives the shortest exact form."""
    if decimals is None:
        return _locale().toString(float(value), "g", _SHORTEST)
    return _locale().toString(float(value), "f", decimals)


def parse_number(text: str) -> float | None:
    """A finite number typed in the current locale (or with a dot decimal), else None.

    Group separators are refused so that "1,000" can never silently mean 1 or 1000; the dot
    is accepted as a decimal point only where it is not the locale's group separator.
    """
    text = text.strip()
    if not text:
        return None
    locale = _locale()
    value, ok = locale.toDouble(text)
    if not ok and locale.groupSeparator() != ".":
        c_locale = QLocale.c()
        c_locale.setNumberOptions(QLocale.NumberOption.RejectGroupSeparator)
        value, ok = c_locale.toDouble(text)
    return float(value) if ok and math.isfinite(value) else None


def signed(value: float, decimals: int = 1) -> str:
    """`value` with an explicit sign (a typographic minus where the locale uses "-").

    The signed number is isolated so that in Arabic text its sign stays in front of it
    ("+3.6", never "3.6+"): a sign and digits have no direction of their own.
    """
    locale = _locale()
    text = number(abs(value), decimals)
    if text == number(0.0, decimals):
        return text
    if value > 0:
        return isolate(locale.positiveSign() + text)
    return isolate(locale.negativeSign().replace("-", MINUS) + text)


def percent(probability: float, decimals: int | None = 1) -> str:
    """A probability as a percentage: 0.123 gives "12.3%"; `decimals=None` keeps every digit."""
    scaled = 100.0 * probability
    value = number(round(scaled, 9) if decimals is None else scaled, decimals)
    return QCoreApplication.translate("Wording", "{value}{percent}").format(
        value=value, percent=_locale().percent()
    )


def amount(value: float, output_space: str) -> str:
    """A model output (risk, score) as shown: a percentage for probabilities, else a number."""
    if output_space == "probability":
        return percent(value)
    return number(value, 2)


def change(delta: float, output_space: str) -> str:
    """A signed contribution: "+6.2 points" for probabilities, "+0.31" in other spaces."""
    if output_space == "probability":
        return QCoreApplication.translate("Wording", "{value} points").format(
            value=signed(100.0 * delta)
        )
    return signed(delta, 2)


def range_text(feature: Feature, unit: str | None = None) -> str:
    """The validated range with its unit ("21 to 81 years", en dash); empty when none."""
    if feature.minimum is None or feature.maximum is None:
        return ""
    unit = feature.unit if unit is None else unit
    low, high = number(feature.minimum), number(feature.maximum)
    if not unit:
        text = QCoreApplication.translate("Wording", "{low}–{high}")  # noqa: RUF001 - en dash
        return text.format(low=low, high=high)
    text = QCoreApplication.translate("Wording", "{low}–{high} {unit}")  # noqa: RUF001
    return text.format(low=low, high=high, unit=unit)


def feature_value(feature: Feature, value: float) -> str:
    """An entered value as a person reads it: "180 mg/dL", "Male", "Yes", "not entered"."""
    if math.isnan(value):
        return QCoreApplication.translate("Wording", "not entered")
    if feature.type == "boolean":
        return (
            QCoreApplication.translate("Wording", "Yes")
            if value
            else QCoreApplication.translate("Wording", "No")
        )
    for code, label in feature.choices:
        if code == value:
            return label
    if feature.unit:
        return number_with_unit(value, feature.unit)
    return number(value)


def number_with_unit(value: float, unit: str) -> str:
    """A measurement with its unit ("180 mg/dL")."""
    return QCoreApplication.translate("Wording", "{value} {unit}").format(
        value=number(value), unit=unit
    )


def _moment(utc: str) -> QDateTime | None:
    moment = QDateTime.fromString(utc.replace("Z", "+00:00"), Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(utc, Qt.DateFormat.ISODate)
    return moment.toLocalTime() if moment.isValid() else None


def when(utc: str) -> str:
    """A stored UTC time as this computer's local date and time, in the locale's short form."""
    moment = _moment(utc)
    return utc if moment is None else _locale().toString(moment, QLocale.FormatType.ShortFormat)


def clock(utc: str) -> str:
    """A stored UTC time as this computer's local time of day ("14:03", "2:03 PM")."""
    moment = _moment(utc)
    if moment is None:
        return utc
    return _locale().toString(moment.time(), QLocale.FormatType.ShortFormat)
