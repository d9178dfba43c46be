package io.adsdesk.ui.features;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Keywords as typed or pasted: split on commas and new lines, trimmed, lower-cased, duplicates dropped. Pure. */
final class Keywords {
    private Keywords() {
    }

    static List<String> parse(String text) {
        if (text == null) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        Arrays.stream(text.split("[,;\\r\\n]+")).map(s -> s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).forEach(out::add);
        return List.copyOf(out);
    }
}
