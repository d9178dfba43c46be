package io.adsdesk.model.feature;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PortfolioValidatorTest {
    private static List<String> messages(List<FieldProblem> p) {
        return p.stream().map(FieldProblem::message).toList();
    }

    @Test
    void aCompleteProjectIsValid() {
        assertEquals(List.of(), PortfolioValidator.validate(new PortfolioProject("Deck", "Cedar deck", "CALL",
                List.of("a", "b", "c", "d"), "1000_5000", "2_4_WEEKS", 2024, 12, true)));
    }

    @Test
    void projectRules() {
        List<FieldProblem> p = PortfolioValidator.validate(new PortfolioProject(" ", null, "SHOUT",
                List.of("a", "b", "c", "d", "e"), "CHEAP", null, 1999, 13, false));

        assertEquals(List.of("name", "description", "call_to_action", "cost", "service_offerings", "completion_month",
                "completion_year"), p.stream().map(FieldProblem::field).toList());
        assertEquals("Project name is required", p.getFirst().message());
        assertEquals("Maximum of 4 services allowed", p.get(4).message());
        assertEquals("Month must be between 1 and 12", p.get(5).message());
    }

    @Test
    void photoRules() {
        assertEquals(List.of(), PortfolioValidator.validate(new NewPortfolioPhoto(null, "biz_1", "After", false)));
        assertEquals(List.of("Either a photo address or a business photo ID must be given", "A caption is required"),
                messages(PortfolioValidator.validate(new NewPortfolioPhoto(null, null, "", false))));
        assertEquals(List.of("Give a photo address or a business photo ID, not both"),
                messages(PortfolioValidator.validate(new NewPortfolioPhoto("https://x.test/a.jpg", "b1", "c", true))));
    }
}
