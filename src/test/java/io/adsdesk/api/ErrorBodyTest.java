package io.adsdesk.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ErrorBodyTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void readsTheDocumentedShape() {
        ErrorBody e = ErrorBody.parse(json, "{\"error\":{\"code\":\"401_UNAUTHORIZED\",\"description\":\"no\"}}");
        assertEquals("401_UNAUTHORIZED", e.code());
        assertEquals("no", e.description());
    }

    @Test
    void acceptsIdAndMessageInsteadOfCodeAndDescription() {
        ErrorBody e = ErrorBody.parse(json, "{\"error\":{\"id\":\"UNAUTHORIZED\",\"message\":\"bad\"}}");
        assertEquals("UNAUTHORIZED", e.code());
        assertEquals("bad", e.description());
    }

    @Test
    void acceptsFieldsAtTopLevel() {
        ErrorBody e = ErrorBody.parse(json, "{\"code\":\"X\",\"message\":\"y\"}");
        assertEquals("X: y", e.describe("fallback"));
    }

    @Test
    void keepsNonJsonAsShortText() {
        ErrorBody e = ErrorBody.parse(json, "<html>Bad Gateway</html>");
        assertNull(e.code());
        assertEquals("<html>Bad Gateway</html>", e.description());
    }

    @Test
    void emptyBodyFallsBack() {
        assertEquals("server error", ErrorBody.parse(json, "").describe("server error"));
        assertEquals("server error", ErrorBody.parse(json, null).describe("server error"));
    }
}
