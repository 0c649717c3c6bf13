"""Scrapy spiders, one module per source; each opens with a ``SOURCE`` record."""
