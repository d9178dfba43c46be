/**
 * Files for other programs to read: programs written as CSV or JSON for the command line's
 * {@code export}, and the CSV cell rules the audit log's export shares. Reads model records only.
 */
package io.adsdesk.export;
