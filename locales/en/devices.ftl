# Device Console, English: the device list, search and page, and bulk changes started from the list.
