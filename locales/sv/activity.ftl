# Device Console, svenska: the activity history and its wording.
