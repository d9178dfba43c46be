package io.adsdesk.registry;

import io.adsdesk.model.FutureBudgetChange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compact text for the small lists a program carries. Feature names and category aliases are
 * identifiers (never a comma); budget changes are {@code new:date:old} entries separated by ';'.
 */
final class Codec {
    private Codec() {
    }

    static String joinNames(List<String> values) {
        return String.join(",", values);
    }

    static List<String> splitNames(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }

    static String joinBudgetChanges(List<FutureBudgetChange> changes) {
        StringBuilder sb = new StringBuilder();
        for (FutureBudgetChange c : changes) {
            if (!sb.isEmpty()) {
                sb.append(';');
            }
            sb.append(c.newBudgetCents()).append(':')
                    .append(c.startDate() == null ? "" : c.startDate().toString()).append(':')
                    .append(c.oldBudgetCents() == null ? "" : c.oldBudgetCents().toString());
        }
        return sb.toString();
    }

    static List<FutureBudgetChange> splitBudgetChanges(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<FutureBudgetChange> result = new ArrayList<>();
        for (String entry : text.split(";")) {
            String[] f = entry.split(":", -1);
            result.add(new FutureBudgetChange(Long.parseLong(f[0]),
                    f[1].isEmpty() ? null : LocalDate.parse(f[1]),
                    f[2].isEmpty() ? null : Long.valueOf(f[2])));
        }
        return result;
    }
}
