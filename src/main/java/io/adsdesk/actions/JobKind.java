package io.adsdesk.actions;

/** The writes that run as Yelp jobs. */
public enum JobKind { CREATE, EDIT, END }
