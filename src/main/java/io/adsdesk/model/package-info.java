/**
 * The domain: immutable records and enums shared by every other package (Program, Business,
 * Account, SyncRun, statuses, Pacific dates, base URLs) and, in {@code model.command}, the program
 * commands. Depends on the JDK only.
 */
package io.adsdesk.model;
