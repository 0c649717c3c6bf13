"""Downloader middlewares of jobtracker."""
