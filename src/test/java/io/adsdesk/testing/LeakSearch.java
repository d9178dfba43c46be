package io.adsdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Looks for a secret in every byte left behind: as UTF-8, UTF-16LE and UTF-16BE. */
public final class LeakSearch {
    private LeakSearch() {
    }

    /** The secret's bytes in the encodings a file or log could hold it in. */
    public static List<byte[]> needles(String secret) {
        List<byte[]> needles = new ArrayList<>();
        for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            needles.add(secret.getBytes(cs));
        }
        return needles;
    }

    /** Files under {@code root} holding any of the needles, with the needle's index. */
    public static List<String> filesContaining(Path root, List<byte[]> needles) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).flatMap(f -> {
                byte[] bytes = read(f);
                List<String> hits = new ArrayList<>();
                for (int i = 0; i < needles.size(); i++) {
                    if (Bytes.indexOf(bytes, needles.get(i)) >= 0) {
                        hits.add(root.relativize(f) + " (needle " + i + ")");
                    }
                }
                return hits.stream();
            }).toList();
        }
    }

    /** Whether the text holds any of the needles. */
    public static boolean contains(String text, List<byte[]> needles) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return needles.stream().anyMatch(n -> Bytes.indexOf(bytes, n) >= 0);
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
