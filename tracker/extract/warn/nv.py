"""Nevada DETR WARN and Non-WARN list as warn-notice-register's raw CSV (the state's own
PDF is laid out as text, not a table: not read yet). "Notification" says WARN or Non-WARN."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("NV")
