# Device Console, English: bulk changes (jobs) and the overview.
