"""API shapes for neighbourhoods."""

from __future__ import annotations

from typing import Annotated

import msgspec

Name = Annotated[str, msgspec.Meta(min_length=1, max_length=100)]


class Neighbourhood(msgspec.Struct):
    id: int
    name: str
    municipality: str


class NeighbourhoodCreate(msgspec.Struct, forbid_unknown_fields=True):
    name: Name
    municipality: Name = "Groningen"


class NeighbourhoodUpdate(msgspec.Struct, forbid_unknown_fields=True):
    name: Name | msgspec.UnsetType = msgspec.UNSET
    municipality: Name | msgspec.UnsetType = msgspec.UNSET
