# Device Console, norsk bokmål: the device list, search and page, and bulk changes started from the list.
