"""The PySide6 user interface. Importing it imports PySide6 and quickens PySide's check of each module imported
after it (`feature_scan`): every other module here uses PySide, so the check would read all of their sources.
`feature_scan` is imported before PySide, so that PySide does not check it and what it imports the slow way."""

from vzworkshop.ui import feature_scan

feature_scan.quicken()
