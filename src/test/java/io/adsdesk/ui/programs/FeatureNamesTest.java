package io.adsdesk.ui.programs;

import io.adsdesk.ui.testing.TestData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeatureNamesTest {

    @Test
    void theTableShowsFeaturesInWordsNotAsApiTypes() {
        ProgramsSnapshot s = ProgramsSnapshot.build(List.of(TestData.current("a1", "CPC", "biz-a")), List.of(),
                TestData.TODAY, null);
        ProgramRow row = s.rows().getFirst();

        assertEquals("Ad goal, Call tracking", row.featuresText());
        assertEquals("Ad goal, Call tracking", ProgramColumn.FEATURES.text(row));
    }
}
