"""Neighbourhood projects that profit is reinvested in (buurtprojecten)."""

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
