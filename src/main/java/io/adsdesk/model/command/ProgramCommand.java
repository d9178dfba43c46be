package io.adsdesk.model.command;

/**
 * Something the user asks Yelp to do to a program. The UI builds these, the actions engine checks
 * them with its validator and sends them; the api package maps them to the wire.
 */
public sealed interface ProgramCommand permits CreateProgram, EditProgram, EndProgram, PauseProgram, ResumeProgram {
}
