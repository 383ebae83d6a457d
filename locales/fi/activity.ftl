# Device Console, suomi: the activity history and its wording.
