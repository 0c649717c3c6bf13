"""Oregon HECC WARN listings: the paged HTML list (Notification Date as "10/6/2026 12:00:00
AM", a NoticeLink per row) and the "Download" export (Excel zero dates 1899-12-29 = blank)."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("OR", headers={"notice_date": ("received date",)})
