"""Indiana DWD current WARN notices page: one table 2008 onwards (Company, City, Affected
Workers, Notice Date, LO/CL Date, NAICS, Description of Work/Industry, Notice Type LO/CL).
Revision rows ("<Company>-Revised (9/15/21)") have N/A in every field and are rejected as
"missing date"; counts such as "Entire Plant" and dates such as "Q1 2019" are rejected too."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("IN")
