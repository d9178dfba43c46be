package io.adsdesk.update;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release version such as {@code 1.2.10}, {@code v1.3.0} or {@code 2.0.0-beta.2}, ordered the way
 * people read them: numbers compare as numbers ({@code 1.2.10} is newer than {@code 1.2.9}), missing
 * parts count as 0 ({@code 1.2} equals {@code 1.2.0}), and a pre-release ({@code 1.3.0-rc.1},
 * {@code 1.3.0-SNAPSHOT}) comes before its release. Build metadata after {@code +} is ignored.
 */
public record Version(List<Integer> numbers, List<String> preRelease) implements Comparable<Version> {
    private static final Pattern FORMAT =
            Pattern.compile("[vV]?(\\d{1,9}(?:\\.\\d{1,9}){0,3})(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");

    public Version {
        numbers = List.copyOf(numbers);
        preRelease = List.copyOf(preRelease);
    }

    /** The version in a tag or version string; empty for anything else ("latest", "", "release-x"). */
    public static Optional<Version> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Integer> numbers = new ArrayList<>();
        for (String part : m.group(1).split("\\.")) {
            numbers.add(Integer.parseInt(part));
        }
        List<String> pre = m.group(2) == null ? List.of() : List.of(m.group(2).split("\\."));
        if (pre.stream().anyMatch(String::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(new Version(numbers, pre));
    }

    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    public boolean isNewerThan(Version other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Version o) {
        for (int i = 0; i < Math.max(numbers.size(), o.numbers.size()); i++) {
            int c = Integer.compare(part(numbers, i), part(o.numbers, i));
            if (c != 0) {
                return c;
            }
        }
        if (preRelease.isEmpty() || o.preRelease.isEmpty()) {
            return Boolean.compare(preRelease.isEmpty(), o.preRelease.isEmpty());
        }
        for (int i = 0; i < Math.min(preRelease.size(), o.preRelease.size()); i++) {
            int c = compareIdentifiers(preRelease.get(i), o.preRelease.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(preRelease.size(), o.preRelease.size());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < numbers.size(); i++) {
            sb.append(i == 0 ? "" : ".").append(numbers.get(i));
        }
        return preRelease.isEmpty() ? sb.toString() : sb + "-" + String.join(".", preRelease);
    }

    private static int part(List<Integer> parts, int i) {
        return i < parts.size() ? parts.get(i) : 0;
    }

    /** Semantic Versioning's order: numeric identifiers as numbers and before words; words by ASCII. */
    private static int compareIdentifiers(String a, String b) {
        boolean an = a.chars().allMatch(Character::isDigit);
        boolean bn = b.chars().allMatch(Character::isDigit);
        if (an && bn) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        if (an != bn) {
            return an ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
