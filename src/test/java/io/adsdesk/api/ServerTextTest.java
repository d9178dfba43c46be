package io.adsdesk.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerTextTest {

    @Test
    void escapeSequencesAreShownAsCodesNotActedOn() {
        assertEquals("\\u001b[32mSynced\\u001b[0m", ServerText.oneLine("\u001b[32mSynced\u001b[0m"));
        assertEquals("title\\u001b]0;x\\u0007", ServerText.oneLine("title\u001b]0;x\u0007"));
    }

    @Test
    void lineBreaksBecomeOneLine() {
        assertEquals("one two adsdesk: three", ServerText.oneLine("one\r\ntwo\nadsdesk: three\r"));
    }

    @Test
    void invisibleFormattingIsShownToo() {
        assertEquals("a\\u202eb\\u2028c\\u0085d", ServerText.oneLine("a\u202Eb\u2028c\u0085d"));
    }

    @Test
    void ordinaryTextIsKept() {
        assertEquals("Café: budget too low (€25) 日本", ServerText.oneLine("Café: budget too low (€25) 日本"));
        assertNull(ServerText.oneLine(null));
    }

    @Test
    void longTextIsCut() {
        String s = ServerText.oneLine("x".repeat(10_000));
        assertTrue(s.length() <= ServerText.MAX_LENGTH + 1);
        assertTrue(s.endsWith("…"));
    }
}
