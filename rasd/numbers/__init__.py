"""Arabic numbers and casualty counts read the way ACLED counts fatalities."""
from .casualties import CasualtyMention, find_casualties
from .parse import NumberMention, find_numbers, parse_number
from .stage import CasualtyStage

__all__ = ["CasualtyMention", "CasualtyStage", "NumberMention", "find_casualties", "find_numbers",
           "parse_number"]
