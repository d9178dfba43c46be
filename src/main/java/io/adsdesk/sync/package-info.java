/**
 * Brings one account's registry up to date with the partner API: pages the API with bounded
 * concurrency, maps DTOs to model records, and streams the diff into one registry transaction that
 * commits only when the whole account was seen. Plain Java and toolkit-free, reporting through a
 * small progress callback; the UI wraps it in a task, the command line calls it directly. The
 * only package that sees both api and registry.
 */
package io.adsdesk.sync;
