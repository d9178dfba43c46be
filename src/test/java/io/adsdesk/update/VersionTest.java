package io.adsdesk.update;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionTest {

    private static Version v(String text) {
        return Version.parse(text).orElseThrow(() -> new AssertionError("not a version: " + text));
    }

    @Test
    void numbersCompareAsNumbersNotText() {
        assertTrue(v("v1.2.10").isNewerThan(v("v1.2.9")));
        assertTrue(v("1.10.0").isNewerThan(v("1.9.9")));
        assertTrue(v("2.0").isNewerThan(v("1.99.99")));
        assertFalse(v("v1.2.9").isNewerThan(v("1.2.10")));
    }

    @Test
    void aLeadingVAndMissingPartsDoNotMatter() {
        assertEquals(0, v("v1.2").compareTo(v("1.2.0")));
        assertEquals(0, v("V3").compareTo(v("3.0.0")));
        assertEquals("1.2.0", v("v1.2.0").toString());
    }

    @Test
    void aPreReleaseComesBeforeItsRelease() {
        assertTrue(v("0.1.0").isNewerThan(v("0.1.0-SNAPSHOT")));
        assertTrue(v("1.3.0").isNewerThan(v("1.3.0-rc.1")));
        assertTrue(v("1.3.0-rc.1").isNewerThan(v("1.2.9")));
        assertTrue(v("1.3.0-rc.10").isNewerThan(v("1.3.0-rc.2")), "numeric identifiers compare as numbers");
        assertTrue(v("1.3.0-beta").isNewerThan(v("1.3.0-alpha.5")));
        assertTrue(v("1.3.0-alpha.1").isNewerThan(v("1.3.0-alpha")));
        assertTrue(v("1.3.0-rc.1").isPreRelease());
        assertFalse(v("1.3.0").isPreRelease());
    }

    @Test
    void buildMetadataIsIgnored() {
        assertEquals(0, v("1.2.3+build.7").compareTo(v("1.2.3")));
    }

    @Test
    void oddTagsAreNotVersions() {
        for (String odd : List.of("", " ", "latest", "release-2024-05", "v", "1..2", "1.2.", "v1.2.3-", "1.2.3-rc..1",
                "nightly", "1.2.3.4.5", "١.٢.٣", "99999999999.0", "v1.2 beta")) {
            assertTrue(Version.parse(odd).isEmpty(), "'" + odd + "' is not a version");
        }
        assertTrue(Version.parse(null).isEmpty());
    }
}
