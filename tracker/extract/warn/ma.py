"""Massachusetts weekly WARN report (CSV): "*Updated*" in front of an employer marks an
amended notice; dates of layoffs may be a range (the first date is the effective date)."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("MA")
