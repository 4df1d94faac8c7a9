"""Alarms: each a code, the group it concerns, the figure and the card's figure.

False alarm rate: every alarm code is a family of tests per model (the whole district and
each clinic; or each subgroup; or each input of each of those), adjusted with Holm's method
to a family-wise error of ALPHA = 0.01. When nothing changed, each code therefore false-alarms
in at most 1% of reports per model; calibration and discrimination together in at most 2%.
Drift alarms also need a PSI of at least PSI_MIN, so a trivial shift seen in a huge sample
does not raise one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.monitoring.stats import holm, normal_cdf

ALPHA = 0.01
PSI_MIN = 0.1
FOLLOWUP_MIN = 0.5
OVERALL = "all"


def _alarm(code: str, group: str, value: Any, reference: Any, **more: Any) -> dict[str, Any]:
    return {
        "code": code,
        "group": group,
        "feature": None,
        "value": value,
        "reference": reference,
        **more,
    }


def _holm_alarms(tests: list[tuple[float, dict[str, Any]]]) -> list[dict[str, Any]]:
    adjusted = holm([p for p, _ in tests]) if tests else []
    return [
        {**alarm, "p_adjusted": q}
        for q, (_, alarm) in zip(adjusted, tests, strict=True)
        if q < ALPHA
    ]


def _performance_groups(report: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    groups = [(OVERALL, report["metrics"])]
    groups += [
        (f"device:{g['key']}", g["metrics"]) for g in report["groups"] if g["by"] == "device"
    ]
    return [(name, m) for name, m in groups if "auroc" in m]


def discrimination(report: dict[str, Any], card_auc: dict[str, Any] | None) -> list[dict[str, Any]]:
    """AUROC below the card's 95% band's lower end (one-sided DeLong z-test)."""
    if not card_auc:
        return []
    low = float(card_auc["ci95"][0])
    tests = []
    for name, m in _performance_groups(report):
        auc = m["auroc"]
        p = normal_cdf((auc["value"] - low) / max(auc["se"], 1e-12))
        tests.append(
            (
                p,
                _alarm(
                    "discrimination_below_card",
                    name,
                    auc["value"],
                    card_auc["value"],
                    band=card_auc["ci95"],
                ),
            )
        )
    return _holm_alarms(tests)


def miscalibration(report: dict[str, Any], card_oe: float) -> list[dict[str, Any]]:
    """Recalibration intercept and slope jointly away from (0, 1) (likelihood-ratio test)."""
    tests = []
    for name, m in _performance_groups(report):
        cal = m["calibration"]
        alarm = _alarm(
            "miscalibration",
            name,
            cal["oe_ratio"]["value"],
            card_oe,
            intercept=cal["intercept"],
            slope=cal["slope"],
        )
        tests.append((cal["p_value"], alarm))
    return _holm_alarms(tests)


def subgroup_gap(report: dict[str, Any]) -> list[dict[str, Any]]:
    """A card subgroup miscalibrated and calibrated unlike all the model's patients here (so a
    miscalibration of everyone is `miscalibration`, not a gap; intersection-union test), or
    its AUROC below the card's band for it."""
    tests = []
    for g in report["groups"]:
        m = g["metrics"]
        if g["by"] != "subgroup" or "auroc" not in m:
            continue
        cal = m["calibration"]  # off its card's calibration AND off everyone's here
        p = max(cal["p_value"], cal.get("p_value_vs_all", cal["p_value"]))
        reference = g.get("reference")
        if reference:
            z = (m["auroc"]["value"] - reference["ci95"][0]) / max(m["auroc"]["se"], 1e-12)
            p = min(1.0, 2 * min(p, normal_cdf(z)))
        value = m["auroc"]["value"]
        tests.append(
            (
                p,
                _alarm(
                    "subgroup_gap",
                    f"subgroup:{g['key']}",
                    value,
                    reference["value"] if reference else None,
                    oe_ratio=m["calibration"]["oe_ratio"]["value"],
                ),
            )
        )
    return _holm_alarms(tests)


def _drift_groups(report: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    groups = [(OVERALL, report["drift"])]
    groups += [
        (f"device:{g['key']}", g["drift"])
        for g in report["groups"]
        if g["by"] == "device" and "drift" in g
    ]
    return groups


def input_drift(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Inputs whose field distribution left the background's (per district and per clinic);
    a shift of the combination when no input alone moved (multivariate score)."""
    tests = []
    for name, d in _drift_groups(report):
        for feature, f in d["features"].items():
            if "p_value" in f and f["psi"] >= PSI_MIN:
                tests.append(
                    (
                        f["p_value"],
                        {**_alarm("input_drift", name, f["psi"], PSI_MIN), "feature": feature},
                    )
                )
            elif "p_value" in f:
                tests.append((f["p_value"], {}))
    alarms = [a for a in _holm_alarms(tests) if a.get("code")]
    named = {a["group"] for a in alarms}
    multi = [
        (
            d["multivariate"]["p_value"],
            _alarm(
                "input_drift",
                name,
                d["multivariate"]["score"],
                d["multivariate"]["reference"],
                measure="multivariate",
            ),
        )
        for name, d in _drift_groups(report)
        if "p_value" in d["multivariate"]
        and d["multivariate"]["score"] > d["multivariate"]["reference"]
    ]
    return alarms + [a for a in _holm_alarms(multi) if a["group"] not in named]


def prediction_drift(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Predictions distributed unlike the background's (per district and per clinic)."""
    tests = []
    for name, d in _drift_groups(report):
        f = d["prediction"]
        if "p_value" in f:
            alarm = (
                _alarm("prediction_drift", name, f["psi"], PSI_MIN) if f["psi"] >= PSI_MIN else {}
            )
            tests.append((f["p_value"], alarm))
    return [a for a in _holm_alarms(tests) if a.get("code")]


def override_change(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Override rate of the last months unlike the months before (two-proportion z-test)."""
    change = report["overrides"].get("change")
    if not change or change.get("p_value") is None or change["p_value"] >= ALPHA:
        return []
    return [
        _alarm(
            "override_rate_change",
            OVERALL,
            change["recent"],
            change["before"],
            p_value=change["p_value"],
        )
    ]


def low_followup(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Too few decisions past their horizon have an outcome to judge the model."""
    out = []
    groups = [(OVERALL, report["followup"])]
    groups += [
        (f"device:{g['key']}", g["followup"]) for g in report["groups"] if g["by"] == "device"
    ]
    for name, f in groups:
        if f["due"] >= 100 and f["completeness"] is not None and f["completeness"] < FOLLOWUP_MIN:
            out.append(_alarm("low_followup", name, f["completeness"], FOLLOWUP_MIN, due=f["due"]))
    return out


def alarms(
    report: dict[str, Any], *, card_auc: dict[str, Any] | None, card_oe: float
) -> list[dict[str, Any]]:
    """Every alarm of one model's report, in the order a reader should see them."""
    if (
        "auroc" not in report["metrics"]
        and report["metrics"].get("code")
        and report["outcomes"] == 0
    ):
        found: list[dict[str, Any]] = []
    else:
        found = (
            discrimination(report, card_auc)
            + miscalibration(report, card_oe)
            + subgroup_gap(report)
        )
    return (
        found
        + input_drift(report)
        + prediction_drift(report)
        + override_change(report)
        + low_followup(report)
    )


def message(alarm: dict[str, Any]) -> tuple[str, dict[str, str]]:
    """The catalogue key of an alarm's sentence and its parameters (numbers as text)."""
    key = f"monitor:{alarm['code']}"
    if alarm.get("measure") == "multivariate":
        key = "monitor:input_drift_multivariate"

    def number(value: Any) -> str:
        return "-" if value is None else f"{float(value):.3f}"

    return key, {
        "group": str(alarm["group"]),
        "feature": str(alarm.get("feature") or ""),
        "value": number(alarm.get("value")),
        "reference": number(alarm.get("reference")),
    }


def subgroup_names(report: dict[str, Any], language: str) -> dict[str, str]:
    """Each card subgroup of a model's report (by its key) as the card names it in `language`
    (in English where the card has no translation)."""
    return {
        g["key"]: g.get("names", {}).get(language) or g["key"]
        for g in report["groups"]
        if g["by"] == "subgroup"
    }


def alarm_text(
    alarm: dict[str, Any], words: Mapping[str, str], names: Mapping[str, str] | None = None
) -> str:
    """An alarm as a sentence from the catalogue `words`, its group worded (a clinic, a month,
    a card subgroup by its name in `names`: subgroup_names of the report)."""
    key, params = message(alarm)
    kind, _, value = params["group"].partition(":")
    group_key = f"monitor_group:{kind}"
    if kind == "subgroup" and names:
        value = names.get(value, value)
    if group_key in words:
        params["group"] = words[group_key].format(key=value[:8] if kind == "device" else value)
    return words[key].format(**params)
