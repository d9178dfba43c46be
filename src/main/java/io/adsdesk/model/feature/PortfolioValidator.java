package io.adsdesk.model.feature;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/** The web dashboard's portfolio rules (projects and photos), each problem tied to its field. */
public final class PortfolioValidator {
    private static final String PROJECT = "PORTFOLIO_PROJECT";
    private static final String PHOTO = "PORTFOLIO_PHOTO";

    private PortfolioValidator() {
    }

    public static List<FieldProblem> validate(PortfolioProject p) {
        List<FieldProblem> out = new ArrayList<>();
        if (p.name() == null || p.name().isBlank()) {
            out.add(new FieldProblem(PROJECT, "name", "Project name is required"));
        }
        if (p.description() == null || p.description().isBlank()) {
            out.add(new FieldProblem(PROJECT, "description", "Description is required"));
        }
        oneOf(out, "call_to_action", p.callToAction(), PortfolioProject.CALLS_TO_ACTION);
        oneOf(out, "cost", p.cost(), PortfolioProject.COSTS);
        oneOf(out, "duration", p.duration(), PortfolioProject.DURATIONS);
        if (p.serviceOfferings().size() > PortfolioProject.MAX_SERVICE_OFFERINGS) {
            out.add(new FieldProblem(PROJECT, "service_offerings", "Maximum of 4 services allowed"));
        }
        if (p.completionMonth() != null && (p.completionMonth() < 1 || p.completionMonth() > 12)) {
            out.add(new FieldProblem(PROJECT, "completion_month", "Month must be between 1 and 12"));
        }
        int lastYear = Math.max(2030, Year.now().getValue());
        if (p.completionYear() != null && (p.completionYear() < 2000 || p.completionYear() > lastYear)) {
            out.add(new FieldProblem(PROJECT, "completion_year", "Year must be between 2000 and " + lastYear));
        }
        return out;
    }

    public static List<FieldProblem> validate(NewPortfolioPhoto p) {
        List<FieldProblem> out = new ArrayList<>();
        if (p.photoUrl() == null && p.bizPhotoId() == null) {
            out.add(new FieldProblem(PHOTO, "photo_url", "Either a photo address or a business photo ID must be given"));
        } else if (p.photoUrl() != null && p.bizPhotoId() != null) {
            out.add(new FieldProblem(PHOTO, "photo_url", "Give a photo address or a business photo ID, not both"));
        } else if (p.photoUrl() != null && !p.photoUrl().matches("(?i)https?://\\S+")) {
            out.add(new FieldProblem(PHOTO, "photo_url", "use a public http(s) address"));
        }
        if (p.caption() == null || p.caption().isBlank()) {
            out.add(new FieldProblem(PHOTO, "caption", "A caption is required"));
        }
        return out;
    }

    private static void oneOf(List<FieldProblem> out, String field, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            out.add(new FieldProblem(PROJECT, field, "choose one of " + String.join(", ", allowed)));
        }
    }
}
