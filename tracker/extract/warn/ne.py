"""Nebraska DOL "WARN Listing" page: one table (Date, Company, Jobs Affected, Location); the
bare "Date" column is the notice date."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("NE", headers={"notice_date": ("date",)})
