"""Geocoding: the place index, toponym finding and disambiguation, relative locations.

    gazetteer = Gazetteer.default()          # built into $RASD_CACHE (~/.cache/rasd) on first use
    GeoStage(gazetteer)(doc)                 # adds PLACE mentions with resolved Place records
"""
from .gazetteer import Gazetteer
from .place import Place, PlaceMatch, RelativePlace, distance_km
from .relative import resolve_relative
from .stage import GeoStage

__all__ = ["Gazetteer", "GeoStage", "Place", "PlaceMatch", "RelativePlace", "distance_km",
           "resolve_relative"]
