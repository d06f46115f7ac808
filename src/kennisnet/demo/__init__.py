"""The built-in demo project (see generate.py)."""

from kennisnet.demo.generate import NAME, build_demo

__all__ = ["NAME", "build_demo"]
