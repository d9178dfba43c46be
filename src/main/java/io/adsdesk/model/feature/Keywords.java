package io.adsdesk.model.feature;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Keyword lists as Yelp stores them: trimmed, lower-cased, blanks dropped, duplicates removed (first kept). */
public final class Keywords {
    /** The longest keyword accepted. */
    public static final int MAX_LENGTH = 255;

    private Keywords() {
    }

    /** The normalised list, order of first appearance kept. */
    public static List<String> normalize(List<String> keywords) {
        Set<String> seen = new LinkedHashSet<>();
        for (String k : keywords == null ? List.<String>of() : keywords) {
            if (k != null) {
                String n = k.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                if (!n.isEmpty()) {
                    seen.add(n);
                }
            }
        }
        return List.copyOf(seen);
    }

    /** A bulk paste (commas, semicolons or new lines between keywords), normalised. */
    public static List<String> parse(String pasted) {
        if (pasted == null) {
            return List.of();
        }
        return normalize(List.of(pasted.split("[,;\\r\\n]+")));
    }

    /** {@code existing} plus {@code added}, normalised; the count of added keywords that were already there is {@code skipped}. */
    public static Merge merge(List<String> existing, List<String> added) {
        List<String> base = normalize(existing);
        List<String> all = new ArrayList<>(base);
        int skipped = 0;
        for (String k : normalize(added)) {
            if (all.contains(k)) {
                skipped++;
            } else {
                all.add(k);
            }
        }
        return new Merge(List.copyOf(all), all.size() - base.size(), skipped);
    }

    /** The result of {@link #merge}: the list, how many were new, how many were duplicates. */
    public record Merge(List<String> keywords, int added, int skipped) {
    }
}
