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
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_AFTER_MAX_SECONDS = 300  # a longer Retry-After gives up on that request: its board fails
DOWNLOADER_MIDDLEWARES = {  # Scrapy's retries, waiting out a 429/503's Retry-After
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "tracker.middlewares.retry_after.RetryAfterMiddleware": 550,
}
TELNETCONSOLE_ENABLED = False
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"

# -- sources -----------------------------------------------------------------
FX_SOURCE_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"  # tracker fx refresh
SEC_EFTS_BASE_URL = "https://efts.sec.gov/LATEST"  # EDGAR full-text search (sec-8k)
SEC_DATA_BASE_URL = "https://data.sec.gov"  # submissions API; a local SEC_EFTS_BASE_URL stands in for it
SEC_ARCHIVES_BASE_URL = "https://www.sec.gov"  # filing documents; likewise
WARN_VA_BASE_URL = "https://virginiaworks.gov"
WARN_WA_BASE_URL = "https://fortress.wa.gov"
WARN_OH_BASE_URL = "https://jfs.ohio.gov"
WARN_NJ_BASE_URL = "https://www.nj.gov"
WARN_TN_BASE_URL = "https://www.tn.gov"
WARN_DE_BASE_URL = "https://joblink.delaware.gov"
WARN_IN_BASE_URL = "https://www.in.gov"
WARN_MD_BASE_URL = "https://www.labor.maryland.gov"
WARN_AL_BASE_URL = "https://workforce.alabama.gov"
WARN_SD_BASE_URL = "https://dlr.sd.gov"
WARN_UT_BASE_URL = "https://jobs.utah.gov"
WARN_NE_BASE_URL = "https://dol.nebraska.gov"
WARN_AK_BASE_URL = "https://jobs.alaska.gov"
REGISTRY_PATH = None  # None: the registry shipped in tracker/data/boards.csv
GREENHOUSE_BASE_URL = "https://boards-api.greenhouse.io"
LEVER_BASE_URL = "https://api.lever.co"
HN_HIRING_BASE_URL = "https://hacker-news.firebaseio.com"
HN_HIRING_ALGOLIA_BASE_URL = "https://hn.algolia.com"  # used when HN_HIRING_API = "algolia"
JSONLD_BASE_URL = ""  # careers pages are fetched at their own URLs; a mirror base rewrites them
WARN_CA_BASE_URL = "https://edd.ca.gov"
WARN_TX_BASE_URL = "https://www.twc.texas.gov"
WARN_NY_BASE_URL = "https://public.tableau.com"
WARN_IL_BASE_URL = "https://apps.illinoisworknet.com"
WARN_IA_BASE_URL = "https://www.iowaworkforcedevelopment.gov"
WARN_OR_BASE_URL = "https://ccwd.hecc.oregon.gov"
WARN_CT_BASE_URL = "https://dolpublicdocumentlibrary.ct.gov"
WARN_RI_BASE_URL = "https://dlt.ri.gov"
WARN_MT_BASE_URL = "https://wsd.dli.mt.gov"
WARN_KY_BASE_URL = "https://kcc.ky.gov"
WARN_MA_BASE_URL = "https://www.mass.gov"
WARN_NC_BASE_URL = "https://www.commerce.nc.gov"
LAYOFFS_FYI_BASE_URL = "https://layoffs.fyi"
TEAMTAILOR_BASE_URL = "https://{board}.teamtailor.com"  # {board}: the site's subdomain
REMOTEOK_BASE_URL = "https://remoteok.com"
REMOTIVE_BASE_URL = "https://remotive.com"
ARBEITNOW_BASE_URL = "https://www.arbeitnow.com"
JOBICY_BASE_URL = "https://jobicy.com"
WORKDAY_BASE_URL = "https://{tenant}.{dc}.myworkdayjobs.com"  # board token: tenant/dc/site
SMARTRECRUITERS_BASE_URL = "https://api.smartrecruiters.com"
ASHBY_BASE_URL = "https://api.ashbyhq.com"
WORKABLE_BASE_URL = "https://apply.workable.com"
RECRUITEE_BASE_URL = "https://{board}.recruitee.com"  # {board}: the company's subdomain

# -- pipelines ---------------------------------------------------------------
ITEM_PIPELINES = {
    "tracker.pipelines.validate.ValidatePipeline": 100,
    "tracker.pipelines.normalize.NormalizePipeline": 200,
    "tracker.pipelines.classify.ClassifyPipeline": 300,
    "tracker.pipelines.store.StorePipeline": 400,
}
CLASSIFY_ENABLED = True  # occupation, AI exposure and AI role for every posting (tracker/classify)
STORE_DB_PATH = os.environ.get("JOBTRACKER_DB", "db/jobs.db")
STORE_LAST_SEEN_HOURS = 20  # refresh last_seen of unchanged postings at most this often
STORE_JOB_ID = None  # groups the crawl_runs rows of one invocation; generated when None

EXTENSIONS = {"tracker.extensions.progress.ProgressExtension": 500}
PROGRESS_ENABLED = False
