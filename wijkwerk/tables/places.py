"""Neighbourhoods (wijken): where work happens and where residents live."""

from piccolo.columns import Varchar
from piccolo.table import Table


class Neighbourhood(Table):
    name = Varchar(length=100, unique=True, null=False)
    municipality = Varchar(length=100, default="Groningen")
