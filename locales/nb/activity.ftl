# Device Console, norsk bokmål: the activity history and its wording.
