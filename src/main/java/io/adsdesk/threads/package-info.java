/**
 * The one place threads come from: {@link io.adsdesk.threads.Threads} creates every thread and
 * executor of the app, the command line and the sandbox (named, daemon, virtual where the work is
 * blocking I/O that needs no pool), and ends them all when it is closed. Imports only {@code java.*}.
 */
package io.adsdesk.threads;
