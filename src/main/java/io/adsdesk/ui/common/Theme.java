package io.adsdesk.ui.common;

/** The user's theme choice. SYSTEM follows the OS colour scheme. */
public enum Theme {
    SYSTEM("Follow system"), LIGHT("Light"), DARK("Dark");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
