"""Kentucky Career Center WARN report (Salesforce report CSV, every field quoted)."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("KY", headers={"notice_id": ("notice: notice number",)})
