"""jobtracker: public job postings and layoff notices, tagged with AI exposure."""

__version__ = "0.1.0"
