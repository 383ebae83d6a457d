# Device Console, svenska: bulk changes (jobs) and the overview.
