# A small Sphinx project the browser tests build with Debian's python3-sphinx and publish as a party.
project = 'Lantern Guide'
author = 'WTP tests'
extensions = []
html_theme = 'alabaster'
