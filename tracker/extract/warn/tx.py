"""Texas Workforce Commission yearly WARN listings (xlsx, database-style headers such as
JOB_SITE_NAME, TOTAL_LAYOFF_NUMBER; the sheet name changes between years)."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("TX")
