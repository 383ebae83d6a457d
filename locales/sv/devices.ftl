# Device Console, svenska: the device list, search and page, and bulk changes started from the list.
