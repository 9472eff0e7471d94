"""The entity types the tagger predicts and how each training corpus's tags map onto them.

The CRF predicts a handful of fine types (FINE_TYPES) because the distinctions that matter
downstream (a nation vs a town vs a facility; a government body vs any organisation) are
learnable from context, while NewsFANE's 50 classes are too sparse to learn one by one.
Every fine type folds into one of the three coarse types reported to the pipeline.
"""
from __future__ import annotations

COARSE_TYPES = ("PER", "ORG", "LOC")

# fine CRF type -> (coarse type, subtype reported in TaggedSpan.subtype)
FINE_TYPES: dict[str, tuple[str, str]] = {
    "PER": ("PER", "person"),
    "GOV": ("ORG", "government"),
    "ORG": ("ORG", "organization"),
    "NATION": ("LOC", "nation"),
    "CITY": ("LOC", "city"),
    "ADMIN": ("LOC", "admin_area"),
    "REGION": ("LOC", "region"),
    "NATURAL": ("LOC", "natural"),
    "FAC": ("LOC", "facility"),
}

# NewsFANE Gold classes (Alotaibi & Lee 2014, ACE-style two-level taxonomy). Classes not
# listed here become O: products, vehicles, weapons, celestial bodies, and PER "Group",
# which marks nationalities and communities ("العرب", "المسلمين") rather than named actors;
# Wojood's NORP is dropped the same way, so both test sets measure the same thing.
NEWSFANE_TO_FINE: dict[str, str] = {
    **dict.fromkeys(("Politician", "Athlete", "Artist", "Other_PER", "Religious_PER",
                     "Scientist", "Businessperson", "Lawyer", "Engineer", "Police"), "PER"),
    "Government": "GOV",
    **dict.fromkeys(("Non-Governmental", "Commercial", "Media", "Educational", "Sports",
                     "Religious_ORG", "Medical-Science", "Entertainment"), "ORG"),
    "Nation": "NATION",
    "Population-Center": "CITY",
    **dict.fromkeys(("State-or-Province", "County-or-District"), "ADMIN"),
    **dict.fromkeys(("GPE-Cluster", "Continent"), "REGION"),
    **dict.fromkeys(("Water-Body", "Land-Region-Natural"), "NATURAL"),
    **dict.fromkeys(("Building-Grounds", "Airport", "Subarea-Facility", "Path", "Plant"), "FAC"),
}

# Wojood (Jarrar et al. 2022) nested types -> coarse type; everything else is ignored.
WOJOOD_TO_COARSE: dict[str, str] = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def coarse_of(fine: str) -> str:
    return FINE_TYPES[fine][0]


def subtype_of(fine: str) -> str:
    return FINE_TYPES[fine][1]
