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
import math
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from scoring.errors import ConfigError

COMPONENTS = ("attribution_strength", "source_diversity", "loaded_wording", "hedging")
DIVERSITY_PARTS = ("count", "voices", "kinds", "countries", "independence")


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
        """Refuse a setting of the wrong type or out of range (ConfigError naming the setting)."""
        _check_parts("weights", self.weights, COMPONENTS)
        _check_count("min_claims", self.min_claims)
        _check_number("loaded_points_per_1000_words", self.loaded_points_per_1000_words)
        # a count of 0 would divide by log(1) = 0 in source_diversity
        _check_count("named_sources_for_full_count", self.named_sources_for_full_count)
        _check_parts("diversity_parts", self.diversity_parts, DIVERSITY_PARTS)
        # attribution strengths run from 0 to 1
        _check_number("supported_strength", self.supported_strength, maximum=1.0)

    def fingerprint(self) -> str:
        """A stable JSON string of the configuration (for reproducibility footers)."""
        return json.dumps(asdict(self), sort_keys=True)


def load_config(path: str | Path | None) -> ProfileConfig:
    """Read a profile configuration from TOML; ``None`` gives the defaults.

    Raises :class:`ConfigError` (a usage error) naming the file for a file that
    cannot be read or decoded as UTF-8, invalid TOML, unknown settings, and
    settings of the wrong type or out of range.
    """
    if path is None:
        return ProfileConfig()
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read config: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{p}: cannot read config: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: invalid TOML: {exc}") from None
    try:
        return _profile_from(_profile_table(data))
    except ConfigError as exc:
        raise ConfigError(f"{p}: {exc}") from None


def _profile_table(data: dict[str, Any]) -> dict[str, Any]:
    """The ``[profile]`` table, else ``[tool.quellcheck.profile]``, else an empty table."""
    if "profile" in data:
        table = data["profile"]
        if not isinstance(table, dict):
            raise ConfigError("[profile] must be a table")
        return table
    table = data
    for key in ("tool", "quellcheck", "profile"):
        table = table.get(key, {})
        if not isinstance(table, dict):
            raise ConfigError(f"{key} must be a table ([tool.quellcheck.profile])")
    return table


def _profile_from(table: dict[str, Any]) -> ProfileConfig:
    """A configuration of the settings in ``table``, the defaults for the rest."""
    known = [f.name for f in fields(ProfileConfig)]
    unknown = set(table) - set(known)
    if unknown:
        raise ConfigError(f"unknown profile settings: {', '.join(sorted(unknown))}; known: {', '.join(known)}")
    defaults = ProfileConfig()
    merged: dict[str, Any] = {}
    for name in known:
        value = table.get(name, getattr(defaults, name))
        if name in ("weights", "diversity_parts") and name in table:
            if not isinstance(value, dict):
                example = next(iter(getattr(defaults, name)))
                raise ConfigError(f"{name} must be a table such as {name} = {{ {example} = 0.2 }}, not {value!r}")
            value = {**getattr(defaults, name), **value}  # a partial table overrides only the parts it names
        merged[name] = value
    return ProfileConfig(**merged)


def _is_number(value: Any) -> bool:
    """An int or float; a bool is not a number here, although Python counts it as an int."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_number(name: str, value: Any, maximum: float = math.inf) -> None:
    """A finite number from 0 to ``maximum``, or ConfigError naming the setting."""
    if not _is_number(value) or not math.isfinite(value):
        raise ConfigError(f"{name} must be a finite number, not {value!r}")
    if not 0 <= value <= maximum:
        upper = "" if maximum == math.inf else f" and at most {maximum:g}"
        raise ConfigError(f"{name} must be at least 0{upper}, not {value!r}")


def _check_count(name: str, value: Any) -> None:
    """A whole number of at least 1, or ConfigError naming the setting."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ConfigError(f"{name} must be a whole number of at least 1, not {value!r}")


_PARTS_NOUN = {"weights": "reliability weights", "diversity_parts": "diversity_parts"}


def _check_parts(name: str, parts: Any, known: tuple[str, ...]) -> None:
    """A table of the ``known`` keys with finite non-negative numbers, not all zero."""
    if not isinstance(parts, dict):
        raise ConfigError(f"{name} must be a table, not {parts!r}")
    unknown = set(parts) - set(known)
    if unknown:
        raise ConfigError(f"unknown {_PARTS_NOUN[name]}: {', '.join(sorted(unknown))}; known: {', '.join(known)}")
    missing = [key for key in known if key not in parts]
    if missing:
        raise ConfigError(f"{name} lacks {', '.join(missing)}")
    for key, value in parts.items():
        _check_number(f"{name}.{key}", value)
    # the parts are divided by their sum: zero has no meaning, infinity gives NaN
    if not 0 < sum(parts.values()) < math.inf:
        raise ConfigError(f"{_PARTS_NOUN[name]} must not be all zero, and their sum must be finite")

