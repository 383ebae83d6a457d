# Device Console, dansk: bulk changes (jobs) and the overview.
