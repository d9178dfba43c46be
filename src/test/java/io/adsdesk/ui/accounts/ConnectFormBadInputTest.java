package io.adsdesk.ui.accounts;

import io.adsdesk.testing.BadValues;
import io.adsdesk.testing.BadValues.Value;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.testing.FakeGateway;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The connect form's fields with every class of bad value: either a plain reason and no
 * connection attempt (nothing stored, nothing opened), or a value the API may legitimately take.
 */
class ConnectFormBadInputTest {
    private static final Map<String, Function<AccountsViewModel, StringProperty>> FIELDS = Map.of(
            "username", AccountsViewModel::usernameProperty,
            "password", AccountsViewModel::passwordProperty,
            "base URL", AccountsViewModel::baseUrlProperty);
    private static final Map<String, String> WRONG_TYPE = Map.of("username", "user:name", "password", "12345",
            "base URL", "12345");
    private static final Set<String> PLAIN_TEXT = Set.of("non-ASCII", "right-to-left", "emoji", "SQL", "shell",
            "path traversal", "percent-NUL");

    /** Which value classes each field takes as they are (the API then judges them). */
    private static boolean accepted(String field, Value v) {
        return switch (field) {
            case "username" -> PLAIN_TEXT.contains(v.name());
            case "password" -> !v.name().equals("empty") && !v.name().equals("huge");
            default -> false;
        };
    }

    @Test
    void everyFieldGetsEveryBadValue() {
        for (String field : FIELDS.keySet()) {
            for (Value v : BadValues.with(WRONG_TYPE.get(field))) {
                FakeGateway gateway = new FakeGateway(3, 1);
                AccountsViewModel model = new AccountsViewModel(gateway, new CurrentThreadTaskExecutor());
                model.usernameProperty().set("alice");
                model.passwordProperty().set("secret");
                model.rememberProperty().set(true);
                FIELDS.get(field).apply(model).set(v.text());
                String label = field + " = " + v;
                String problem = model.problemProperty().get();

                model.connect(s -> { });

                if (accepted(field, v)) {
                    assertEquals("", problem, label);
                    assertEquals(1, gateway.connected.size(), label);
                    continue;
                }
                assertFalse(problem.isEmpty(), label + ": a reason is shown");
                assertTrue(problem.length() < 200 && problem.lines().count() == 1, label + ": one short line");
                assertEquals(problem, model.errorProperty().get(), label + ": trying anyway says why");
                assertFalse(model.canConnectProperty().get(), label);
                assertEquals(List.of(), gateway.connected, label + ": no connection attempted");
                assertTrue(gateway.stored.isEmpty(), label + ": nothing stored");
                assertNull(model.getSession(), label);
            }
        }
    }

    @Test
    void aHostlessUrlThatLooksLikeOneIsRefusedToo() {
        for (String url : List.of("http://../../etc/passwd", "http://%00", "https://Zürich—東京", "ftp://example.com",
                "http://" + "a".repeat(100_000))) {
            assertFalse(AccountsViewModel.validUrl(url), url.length() > 80 ? "huge host" : url);
        }
        assertTrue(AccountsViewModel.validUrl("https://partner-api.yelp.com"));
        assertTrue(AccountsViewModel.validUrl("http://127.0.0.1:8099/"));
    }
}
