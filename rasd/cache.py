"""The user's cache directory: files rasd derives from its resources once and reuses
(the place index, the tagger's word table). Deleting it is always safe."""
from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    return Path(os.environ.get("RASD_CACHE") or Path.home() / ".cache" / "rasd")
