"""Illinois DCEO monthly WARN report (xlsx): headers end in colons; a second section of
"SUPPLEMENTAL NOTICES" under its own header amends earlier notices. Contact names and phones
are in the file and are never read."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec(
    "IL",
    headers={"notice_date": ("supp notice received date", "warn received date"),
             "jobs": ("additional workers affected",), "reason": ("event causes",)},
    amendment_columns=("supp notice received date",),
)
