"""Evidence packs: everything the desk knows about one return, as a PDF and a ZIP of the raw
files, with SHA-256 hashes recorded in the store and centrally (docs/evidence-packs.md)."""
