"""Scoring configuration: the reliability weights and the calibration constants.

Defaults are documented in METHODS.md. Override them with a TOML file
(``--config FILE``) holding a ``[profile]`` table, or ``[tool.quellcheck.profile]``
in a ``pyproject.toml``::

    [profile]
    weights = { attribution_strength = 0.4, source_diversity = 0.2, loaded_wording = 0.2, hedging = 0.2 }
    min_claims = 5
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from scoring.errors import ConfigError

COMPONENTS = ("attribution_strength", "source_diversity", "loaded_wording", "hedging")


@dataclass(frozen=True)
class ProfileConfig:
    """How the four components are computed and combined into ``reliability``."""

    weights: dict[str, float] = field(
        default_factory=lambda: {
            "attribution_strength": 0.25,
            "source_diversity": 0.45,
            "loaded_wording": 0.15,
            "hedging": 0.15,
        }
    )
    min_claims: int = 3
    """Fewer body claims than this: no reliability figure, only a note."""
    loaded_points_per_1000_words: float = 3.0
    """Points ``loaded_wording`` loses per weighted loaded cue per 1,000 words."""
    named_sources_for_full_count: int = 8
    """Distinct named sources at which the count part of ``source_diversity`` is full (log scale)."""
    diversity_parts: dict[str, float] = field(
        default_factory=lambda: {"count": 0.4, "voices": 0.3, "kinds": 0.15, "countries": 0.05, "independence": 0.1}
    )
    supported_strength: float = 0.5
    """A hedge or booster in a claim attributed at least this strongly is the source's, not unsupported."""

    def __post_init__(self) -> None:
        unknown = set(self.weights) - set(COMPONENTS)
        if unknown:
            raise ConfigError(f"unknown reliability weights: {', '.join(sorted(unknown))}; known: {', '.join(COMPONENTS)}")
        if any(w < 0 for w in self.weights.values()) or sum(self.weights.values()) <= 0:
            raise ConfigError("reliability weights must be non-negative and not all zero")
        if self.min_claims < 1:
            raise ConfigError("min_claims must be at least 1")

    def fingerprint(self) -> str:
        """A stable JSON string of the configuration (for reproducibility footers)."""
        return json.dumps(asdict(self), sort_keys=True)


def load_config(path: str | Path | None) -> ProfileConfig:
    """Read a profile configuration from TOML; ``None`` gives the defaults."""
    if path is None:
        return ProfileConfig()
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read config: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: invalid TOML: {exc}") from None
    table: Any = data.get("profile")
    if table is None:
        table = data.get("tool", {}).get("quellcheck", {}).get("profile", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{p}: [profile] must be a table")
    known = {f.name for f in fields(ProfileConfig)}
    unknown = set(table) - known
    if unknown:
        raise ConfigError(f"{p}: unknown profile settings: {', '.join(sorted(unknown))}")
    defaults = ProfileConfig()
    merged: dict[str, Any] = {}
    for name in known:
        value = table.get(name, getattr(defaults, name))
        if name in ("weights", "diversity_parts") and name in table:
            value = {**getattr(defaults, name), **table[name]}
        merged[name] = value
    try:
        return ProfileConfig(**merged)
    except TypeError as exc:
        raise ConfigError(f"{p}: {exc}") from None
