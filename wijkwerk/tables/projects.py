"""Neighbourhood projects that profit is reinvested in (buurtprojecten), and their outcomes."""

from piccolo.columns import ForeignKey, Integer, OnDelete, Text, Varchar
from piccolo.table import Table

from wijkwerk.tables.enums import ProjectStatus
from wijkwerk.tables.places import Neighbourhood


class NeighbourhoodProject(Table):
    name = Varchar(length=150, unique=True, null=False)
    neighbourhood = ForeignKey(Neighbourhood, null=False, on_delete=OnDelete.restrict)
    description = Text(default="")
    budget_cents = Integer(default=0)
    status = Varchar(length=20, choices=ProjectStatus, default=ProjectStatus.idea.value)
    outcomes_text = Text(default="")


class ProjectOutcome(Table):
    """A counted outcome of a project, e.g. "ritjes gereden: 140" or "oogstdagen: 12"."""

    project = ForeignKey(NeighbourhoodProject, null=False, on_delete=OnDelete.cascade)
    label = Varchar(length=100, null=False)
    number = Integer(null=False)
