"""Maryland DOL WARN page (labor.maryland.gov/employment/warn.shtml): one table per year page,
header row in ``<td>``s, cells broken over indented lines; "Location" is the site's address."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("MD")
