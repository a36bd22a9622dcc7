"""The rules of a roster, one class per rule, named as the rule."""

from .availability import KeepPins, OnlyWhenAvailable
from .caps import StayWithinCapRoom
from .continuity import LearningWithMentor, StableRoster, TeamContinuity
from .cover import CoverMinimum, CoverTarget
from .fairness import FairShareOfHours
from .hours import MaxHoursPerDay, MaxHoursPerWeek, MaxShiftsPerDay, TotalMinutesWithinLimits
from .patterns import CannotFollow, MaxShiftsPerType
from .rest import MinRestBetweenShifts
from .sequence import MaxConsecutiveDays, MaxWeekends, MinConsecutiveDays, MinConsecutiveDaysOff
from .staffing import MaxHeadcount, MentorForLearners, RequiredSkills
from .wishes import NearHome, PreferredWork, ShiftRequests

HARD_RULES = (
    OnlyWhenAvailable, KeepPins, MaxShiftsPerDay, MinRestBetweenShifts, MaxHoursPerDay,
    MaxHoursPerWeek, TotalMinutesWithinLimits, StayWithinCapRoom, MaxHeadcount, RequiredSkills,
    MentorForLearners, CannotFollow, MaxShiftsPerType, MaxConsecutiveDays, MinConsecutiveDays,
    MinConsecutiveDaysOff, MaxWeekends,
)
SOFT_RULES = (
    CoverMinimum, CoverTarget, FairShareOfHours, PreferredWork, ShiftRequests, LearningWithMentor,
    StableRoster, TeamContinuity, NearHome,
)
# Terms optimised first when fairness is lexicographic: cover, then the largest shortfall.
FIRST_STAGE_TERMS = ("cover_minimum", "cover_target", "fairness_max_shortfall")

__all__ = ["HARD_RULES", "SOFT_RULES", "FIRST_STAGE_TERMS"]
