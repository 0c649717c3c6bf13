"""Minnesota DEED mass-layoff report rows as warn-notice-register's raw CSV (the state's
PDF is not read yet). It lists non-WARN layoffs too ("WARN Act" YES/NO); a layoff's "RR
Start Date" or "WARN Received" is its notice date when given."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("MN", headers={"notice_date": ("warn received", "rr start date"),
                               "kind": ("layoff type",)})
