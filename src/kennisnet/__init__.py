"""Kennisnet: map how people in an organisation learn from each other."""

__version__ = "0.1.0"
APP_NAME = "Kennisnet"
