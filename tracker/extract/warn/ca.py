"""California EDD WARN report: the current fiscal year as xlsx (sheet "Detailed WARN Report ",
title row above the header, line breaks inside header cells) and each past fiscal year as a
PDF with its own column order ("Received Date" for "Processed Date", "Layoff/Closure Type")."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("CA")
