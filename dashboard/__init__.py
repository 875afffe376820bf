"""Regional crisis dashboard: events extracted from news, shown by actor, issue and place."""

__version__ = "0.1.0"
