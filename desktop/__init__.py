"""The Kuona application; all but `desktop.ui` is plain Python shared by CLI, GUI and tests."""

__version__ = "0.1.0"
