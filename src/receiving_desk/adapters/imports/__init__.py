"""Reference data from files: CSV readers (plain and platform exports) and bulk writers into
the local store and the central database."""
