"""Nevada DETR "WARN and Non-WARN" list: the state's PDF (a ruled header row over notices laid
out as text lines, read by column position) or warn-notice-register's raw CSV of it.
"Notification" says WARN or Non-WARN; "Remote" stands as city and county."""

from tracker.extract.warn.readers import pdf_text_under_header, read_tables, sniff
from tracker.extract.warn.table import WarnSpec, find_header

SPEC = WarnSpec("NV")


def tables(body: bytes):
    if sniff(body) != "pdf":
        return read_tables(body)
    return pdf_text_under_header(body, lambda names: find_header([names], SPEC.names()) is not None)
