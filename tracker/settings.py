"""Scrapy settings for jobtracker. Every source's base URL is a setting, so tests and
the demo can point a spider at a local mirror of recorded responses."""

import os

from tracker import __version__

BOT_NAME = "jobtracker"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# -- politeness ------------------------------------------------------------
TRACKER_CONTACT = os.environ.get("JOBTRACKER_CONTACT", "https://github.com/jobtracker/jobtracker")
USER_AGENT = f"jobtracker/{__version__} (open job-postings database; contact: {TRACKER_CONTACT})"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
TELNETCONSOLE_ENABLED = False
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"

# -- sources -----------------------------------------------------------------
REGISTRY_PATH = None  # None: the registry shipped in tracker/data/boards.csv
GREENHOUSE_BASE_URL = "https://boards-api.greenhouse.io"
LEVER_BASE_URL = "https://api.lever.co"

# -- pipelines ---------------------------------------------------------------
ITEM_PIPELINES = {
    "tracker.pipelines.validate.ValidatePipeline": 100,
    "tracker.pipelines.normalize.NormalizePipeline": 200,
    "tracker.pipelines.store.StorePipeline": 400,
}
STORE_DB_PATH = os.environ.get("JOBTRACKER_DB", "db/jobs.db")
STORE_LAST_SEEN_HOURS = 20  # refresh last_seen of unchanged postings at most this often
STORE_JOB_ID = None  # groups the crawl_runs rows of one invocation; generated when None

EXTENSIONS = {"tracker.extensions.progress.ProgressExtension": 500}
PROGRESS_ENABLED = False
