"""The clinician's screens: models and facts, patient form, result, decision, USB sync."""
