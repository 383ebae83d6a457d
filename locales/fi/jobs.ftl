# Device Console, suomi: bulk changes (jobs) and the overview.
