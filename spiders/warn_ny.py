"""New York DOL WARN notices: the CSV export of its Tableau Public dashboard (one row per site)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-ny",
    "kind": "layoffs",
    "title": "New York DOL WARN dashboard (Tableau CSV)",
    "base_url_setting": "WARN_NY_BASE_URL",
    "endpoint": "/views/WorkerAdjustmentRetrainingNotificationWARN/{token}.csv",
    "docs_url": "https://dol.ny.gov/warn-dashboard",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnNySpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "ny"
    default_boards = ("WARN",)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/views/WorkerAdjustmentRetrainingNotificationWARN/{token}.csv?:showVizHome=no"
