"""Schema migrations and Datasette configuration; built databases are written here too."""
