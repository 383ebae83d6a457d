# Device Console, norsk bokmål: bulk changes (jobs) and the overview.
