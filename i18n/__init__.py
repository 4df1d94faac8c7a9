"""Translations: Qt .ts sources for the screen, JSON message catalogues for codes."""
