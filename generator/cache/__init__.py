"""Cache: content-addressed JSON entries on disk, keyed by hashes of everything an entry depends on."""
