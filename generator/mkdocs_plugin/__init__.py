"""The MkDocs plugin: the only code that touches MkDocs' objects.

MkDocs' config in; the build's files handed to MkDocs as `File`s and pages out."""
