"""Tennessee WARN notices in two formats: the "WARN Summary by Month" PDF (SQL Server
Reporting Services, 2012-2017: Notice/Effective/Received Date, Company, City, County, No. Of
Employees, "Closure Permanent") and the reports archive page (tables of Date of Posting,
Company, County, Affected Workers, Closure/Layoff Date, "Notice/Type" = the notice number).
Ranges "7-31-2026 through 12-18-2026" give their first date."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("TN")
