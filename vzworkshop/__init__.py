"""vzworkshop: run a Vision Zero workshop on psychosocial wellbeing (trivsel) on one laptop."""

__version__ = "0.1.0"
APP_NAME = "vzworkshop"
APP_DISPLAY_NAME = "Vision Zero Workshop"
ORG_NAME = "vzworkshop"
