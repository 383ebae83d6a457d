# Device Console, English: problems the server reports, by type and rule.

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

