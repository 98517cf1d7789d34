"""The PySide6 user interface. Importing it imports PySide6 and quickens PySide's check of each module imported
after it (`feature_scan`): every other module here uses PySide, so the check would read all of their sources."""

import PySide6.QtCore  # noqa: F401  (first, so that the check below exists)

from vzworkshop.ui import feature_scan

feature_scan.quicken()
