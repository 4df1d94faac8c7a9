"""The words for the audit log's fixed codes: decisions, reasons and estimates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def decisions() -> dict[str, str]:
    """Decision code → what the clinician did."""
    return {
        "accept": QCoreApplication.translate("DecisionWords", "Accepted the model's output"),
        "partial": QCoreApplication.translate("DecisionWords", "Partly accepted it"),
        "override": QCoreApplication.translate("DecisionWords", "Overrode it"),
    }


def reasons() -> dict[str, str]:
    """Reason code → the reason as the clinician reads it in the list."""
    return {
        "clinical_judgement": QCoreApplication.translate(
            "DecisionWords", "My clinical judgement differs"
        ),
        "patient_context": QCoreApplication.translate(
            "DecisionWords", "The patient's context (history, findings) differs"
        ),
        "missing_information": QCoreApplication.translate(
            "DecisionWords", "Important information is missing from the model"
        ),
        "model_limitation": QCoreApplication.translate(
            "DecisionWords", "The patient falls under a stated limitation"
        ),
        "input_out_of_range": QCoreApplication.translate(
            "DecisionWords", "An input is outside the validated range"
        ),
        "patient_preference": QCoreApplication.translate(
            "DecisionWords", "The patient's preference"
        ),
        "other": QCoreApplication.translate("DecisionWords", "Other (say why in the note)"),
    }


def estimates() -> dict[str, str]:
    """Estimate code → the risk level in words."""
    return {
        "low": QCoreApplication.translate("DecisionWords", "low"),
        "medium": QCoreApplication.translate("DecisionWords", "medium"),
        "high": QCoreApplication.translate("DecisionWords", "high"),
    }
