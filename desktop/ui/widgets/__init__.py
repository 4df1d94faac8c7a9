"""Widgets every screen may use (charts, result view, job bar, worker, words); never a screen."""
