"""The screens (PySide6). The only package that may import Qt."""
