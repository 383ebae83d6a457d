# Device Console, English: problems the server reports, by type and rule.

## Rules a value breaks (the same as the API's, in ipp::rules::Broken)
rule-id-form = Use an id of the form 550e8400-e29b-41d4-a716-446655440000; "{ $got }" is not one.
rule-name-blank = Enter a name for the device.
rule-name-too-long = Use at most { $max } characters (this name has { $len }).
rule-name-control = A name cannot contain line breaks, tabs or other control characters.
rule-expires-too-short = Choose at least 60000 ms (1 minute); expires_in is in milliseconds.
rule-expires-too-long = Choose at most 259200000 ms (72 hours); expires_in is in milliseconds.
rule-hardware-id-length = Use 1–{ $max } characters for the hardware id.
rule-hardware-id-chars = Use only letters, digits, '.', '_', ':' and '-' in the hardware id.
rule-key-blank = Enter a key.
rule-key-too-long = Use at most { $max } characters for a key (this one has { $len }).
rule-key-space = Keys may only use letters A–Z, digits, '_', '.' and '-'; remove a space.
rule-key-char = Keys may only use letters A–Z, digits, '_', '.' and '-'; remove { $char }.
rule-value-blank = Enter a value (or remove the row).
rule-value-too-long = Use at most { $max } characters for a value (this one has { $len }).
rule-value-control = Values cannot contain control characters such as line breaks or tabs.
rule-key-twice = The key "{ $key }" is already used in row { $row }.
rule-too-many-keys = Use at most { $max } keys (there are { $count }).
rule-filter-form = Write each metadata filter as key:value (for example store_id:123); got "{ $got }".
rule-in-filter = In filter "{ $filter }": { $rule }
rule-too-many-filters = Use at most { $max } metadata filters (there are { $count }).
rule-filter-key-twice = Filter on each key at most once; "{ $key }" appears twice.

## What a status means, when the server's words are not shown (read in another language)
problem-status-network = The console could not reach its server. Check your connection and try again.
problem-status-unreadable = The server sent an answer the console cannot read. Try again; if it persists, report it.
problem-status-400 = The request was not accepted.
problem-status-401 = You are not signed in.
problem-status-403 = You are not allowed to do this.
problem-status-404 = Not found.
problem-status-409 = This changed in the meantime.
problem-status-413 = The request is too large.
problem-status-429 = Asked too often. Try again in a few seconds.
problem-status-500 = The console's server failed. Try again in a moment.
problem-status-502 = Kustom did not answer properly. Try again in a moment.
problem-status-503 = The service is unavailable right now. Try again in a moment.
problem-status-504 = Kustom did not answer in time. Try again in a moment.
problem-status-other = The request failed.
problem-field-refused = The server did not accept this value: check it and try again.

## What a link asked for that the list left out (the names are the address's own)
link-ignored-location = location "{ $value }" is not a location id
link-ignored-metadata-limit = metadata filter { $filter }: at most { $max }, each key once
link-ignored-page = page "{ $value }"
link-ignored-size = page size "{ $value }"
link-ignored-sort = sort "{ $value }"
link-ignored-platform = platform "{ $value }"
link-ignored-created-after = created_after "{ $value }" is not a time
link-ignored-unknown = unknown parameter "{ $name }"
link-ignored-devices-only = { $name } (devices only)

## What the server recorded in its own words, folded when the console is read in another language
server-words = The server's explanation (in English)
