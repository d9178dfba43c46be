/**
 * The program commands: create, edit, end, pause and resume, as plain records the UI builds and
 * the actions engine validates and sends. They speak the domain (cents, dates, aliases,
 * {@link io.adsdesk.model.command.PacingMethod}); the api package maps them to Yelp's wire
 * parameters. Like the rest of model, they depend on the JDK only.
 */
package io.adsdesk.model.command;
