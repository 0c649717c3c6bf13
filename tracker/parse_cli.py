"""``tracker parse ...``: run a text parser on one string and print the result as JSON."""

from __future__ import annotations

import json

import click

from tracker.salary import parse_salary


@click.group()
def parse():
    """Parse free text the way the normalize step does."""


@parse.command()
@click.argument("text")
@click.option("--currency", default=None, metavar="CODE", help="ISO 4217 code for figures stated without one.")
def salary(text, currency):
    """Print every pay range found in TEXT as a JSON list."""
    click.echo(json.dumps([r.as_dict() for r in parse_salary(text, currency)], ensure_ascii=False, indent=2))


@parse.command()
@click.argument("text")
@click.option("--country-hint", default=None, metavar="CODE", help="ISO 3166 alpha-2 country the posting is known to be in.")
def location(text, country_hint):
    """Print the places, workplace and remote scope of a location TEXT as JSON."""
    from tracker.location import parse_locations

    click.echo(json.dumps(parse_locations(text, country_hint=country_hint).as_dict(), ensure_ascii=False, indent=2))
