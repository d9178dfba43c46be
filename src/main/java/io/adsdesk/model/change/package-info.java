/**
 * Pending changes: a change to one field of one program, made locally, checked, and later posted
 * to Yelp as a job ({@link io.adsdesk.model.change.PendingChange}, its field and its state). The
 * registry stores them per account; the queue package edits, checks and posts them. Like the rest
 * of model, they depend on the JDK only.
 */
package io.adsdesk.model.change;
