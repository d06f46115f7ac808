"""The Plan tab: the learning plan of a wave (HR decides on each action) and the
indicators of success across the waves."""

from kennisnet.ui.plan.page import PlanPage

__all__ = ["PlanPage"]
