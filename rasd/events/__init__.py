"""Event extraction: triggers and modality, candidate events, arguments, merging, description."""
