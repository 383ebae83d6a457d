# Device Console, English: the activity history and its wording.
