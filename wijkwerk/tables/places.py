"""Neighbourhoods (wijken): where work happens and where residents live."""

from piccolo.columns import ForeignKey, OnDelete, Varchar
from piccolo.table import Table


class Neighbourhood(Table):
    name = Varchar(length=100, unique=True, null=False)
    municipality = Varchar(length=100, default="Groningen")


class NeighbourhoodNeighbour(Table):
    """Two neighbourhoods that border each other (stored once, either way round): short travel."""

    neighbourhood = ForeignKey(Neighbourhood, null=False, on_delete=OnDelete.cascade)
    neighbour = ForeignKey(Neighbourhood, null=False, on_delete=OnDelete.cascade)
