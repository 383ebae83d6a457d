# Device Console, dansk: the activity history and its wording.
