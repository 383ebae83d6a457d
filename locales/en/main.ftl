# Device Console, English. One message per text a person reads; keys are grouped by
# screen. Every other catalog has every key (the missing-key test checks).

## The frame
skip-to-content = Skip to content
nav-label = Main
nav-overview = Overview
nav-codes = Pairing codes
nav-devices = Devices
nav-activity = Activity
nav-jobs = Bulk changes
signed-in-as = Signed in as
scope-locations = { $count ->
    [one] 1 location
   *[other] { $count } locations
}
merchant = Merchant
playground = Playground
switch-role = Switch role
sign-out = Sign out
language = Language
role-viewer = Viewer
role-operator = Operator
role-admin = Admin

## Signing in
sign-in-again = Sign in again
sign-in-again-hint = (in a new tab), then try again here: what you typed is kept.

## Starting up
connecting = Connecting to your portal…
not-allowed-heading = Device Console cannot be shown here
not-allowed-body = It is embedded by { $host }, which is not one of the portals allowed to show it.
not-allowed-this-page = this page
not-allowed-admin = An administrator can allow a portal with the proxy's FRAME_ANCESTORS setting.
problem-unauthorized-title = You are not signed in
problem-unauthorized-advice = Open Device Console from your company's portal, which signs you in. If you came from there, your sign-in may have expired: reload the portal page.
problem-forbidden-title = Your account cannot use Device Console
problem-forbidden-advice = Ask your portal administrator to give you a Device Console role (viewer, operator or admin).
problem-network-title = The console cannot reach its server
problem-network-advice = Check your network connection, then try again.
problem-unavailable-title = Device Console is unavailable
problem-unavailable-advice = Its server cannot check who you are right now. Try again in a few minutes.
problem-other-title = Signing in failed
problem-other-advice = Try again in a moment. If it keeps failing, contact support with the reference below.
try-again = Try again
reference = Reference:

## Lists
location-none = No location
location-unknown = Location { $id }…

## Parts every screen shares
notice-ignored = Some filters in this link could not be used; the list shows what it could.
notice-dismiss = Dismiss
notice-ignored-which = Which, and why

## Addresses that name nothing
not-found-title = Page not found
not-found-body = This address does not match any page of Device Console.
# "Go to pairing codes or go to devices."
not-found-codes = Go to pairing codes
not-found-or = or
not-found-devices = go to devices
unloaded-title = This page did not arrive
unloaded-body = The connection dropped while the console was fetching this page. Check the connection, then try again.
unloaded-retry = Try again

## Embedded in a portal
embed-not-connected = The console is not connected to its portal.
embed-no-token = Your portal ({ $host }) did not send a sign-in within { $seconds } seconds. Reload the page; if it keeps happening, the portal's Device Console integration needs attention.

## The overview
overview-loading = Loading your stores…
overview-empty = No stores yet. A store (a location) is set up in the Kustom Portal; once there is one, its devices and codes are counted here.
overview-stale = Kustom could not be read at the last refresh; these counts are from before it.
overview-as-of = As of { $time }.
# How soon a code expires to count as expiring ($soon below).
overview-soon-hours = { $h ->
    [one] within 1 hour
   *[other] within { $h } hours
}
overview-soon-min = within { $m } min
overview-pending = Pending codes
overview-expiring = Expiring { $soon }
overview-added = Added this week
overview-by-platform = By platform
overview-platform-ios = iPhone
overview-platform-android = Android
overview-platform-terminal = Terminal
# What a number counts, read after it by screen readers ("12 devices at Malmö Centrum"); $store: the store's name.
overview-devices-at = { $count ->
    [one] device at { $store }
   *[other] devices at { $store }
}
overview-platform-devices-at = { $count ->
    [one] { $platform } device at { $store }
   *[other] { $platform } devices at { $store }
}
overview-pending-at = { $count ->
    [one] pending code at { $store }
   *[other] pending codes at { $store }
}
overview-expiring-at = { $count ->
    [one] code at { $store } expiring { $soon }
   *[other] codes at { $store } expiring { $soon }
}
overview-added-at = { $count ->
    [one] device added at { $store } this week
   *[other] devices added at { $store } this week
}
