package io.adsdesk.model.feature;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Local checks before anything is sent: Yelp's documented limits and the web dashboard's rules.
 * Returns every problem, each tied to its field; an empty list means the value may be sent.
 */
public final class FeatureValidator {
    private static final Pattern URL = Pattern.compile("(?i)(https?://|www\\.|\\b[a-z0-9-]+\\.(com|net|org|biz|info|io|co|us)\\b)");
    private static final Pattern PHOTO_ID = Pattern.compile("[A-Za-z0-9_-]{3,50}");
    private static final Pattern LOGO = Pattern.compile("(?i)^https?://\\S+\\.(jpe?g|png|gif|tiff?)(\\?\\S*)?$");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private FeatureValidator() {
    }

    /** Problems of the changes against the program's features: a type it does not support, then each value's own. */
    public static List<FieldProblem> validate(ProgramFeatures program, List<Feature> changes) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Feature f : changes) {
            if (f instanceof UnknownFeature) {
                problems.add(new FieldProblem(f.typeName(), "", "AdsDesk does not know this feature type, so it cannot change it"));
            } else if (program != null && !program.supports(f.typeName())) {
                problems.add(new FieldProblem(f.typeName(), "", "program " + program.programId() + " does not support this feature"));
            } else {
                problems.addAll(validate(f));
            }
        }
        return problems;
    }

    /** Problems of one value. */
    public static List<FieldProblem> validate(Feature feature) {
        List<FieldProblem> p = new ArrayList<>();
        String t = feature.typeName();
        switch (feature) {
            case LinkTracking l -> {
                link(p, t, "website", l.website());
                link(p, t, "menu", l.menu());
                link(p, t, "call_to_action", l.callToAction());
            }
            case NegativeKeywords k -> {
                for (String kw : k.blockedKeywords()) {
                    if (kw.length() > Keywords.MAX_LENGTH) {
                        p.add(new FieldProblem(t, "blocked_keywords", "\u201C" + kw.substring(0, 20) + "\u2026\u201D is longer than "
                                + Keywords.MAX_LENGTH + " characters"));
                    }
                }
            }
            case CustomLocations c -> {
                Set<String> ids = new HashSet<>();
                for (int i = 0; i < c.businesses().size(); i++) {
                    CustomLocations.BusinessLocations b = c.businesses().get(i);
                    if (b.businessId() == null || b.businessId().isBlank()) {
                        p.add(new FieldProblem(t, "businesses[" + i + "].business_id", "a business is required"));
                    } else if (!ids.add(b.businessId())) {
                        p.add(new FieldProblem(t, "businesses[" + i + "].business_id", "this business is listed twice"));
                    }
                    if (b.locations().size() > CustomLocations.MAX_LOCATIONS) {
                        p.add(new FieldProblem(t, "businesses[" + i + "].locations", "at most " + CustomLocations.MAX_LOCATIONS
                                + " locations per business (" + b.locations().size() + " given)"));
                    }
                }
            }
            case CallTracking c -> {
                for (int i = 0; i < c.businesses().size(); i++) {
                    CallTracking.TrackedNumber n = c.businesses().get(i);
                    if (n.businessId() == null || n.businessId().isBlank()) {
                        p.add(new FieldProblem(t, "businesses[" + i + "].business_id", "a business is required"));
                    }
                    if (n.meteredPhoneNumber() != null && !PhoneNumbers.valid(n.meteredPhoneNumber())) {
                        p.add(new FieldProblem(t, "businesses[" + i + "].metered_phone_number",
                                "not a US phone number: use 10 digits, e.g. (415) 555-0100"));
                    }
                }
            }
            case BusinessHighlights h -> {
                for (String a : h.activeHighlights()) {
                    if (!h.available().isEmpty() && !h.available().contains(a)) {
                        p.add(new FieldProblem(t, "business_highlights", "\u201C" + a + "\u201D is not available for this business"));
                    }
                }
                for (List<String> group : h.mutuallyExclusive()) {
                    List<String> on = group.stream().filter(h.activeHighlights()::contains).toList();
                    if (on.size() > 1) {
                        p.add(new FieldProblem(t, "business_highlights", String.join(" and ", on) + " cannot both be on"));
                    }
                }
            }
            case VerifiedLicenses v -> {
                Set<String> numbers = new HashSet<>();
                for (int i = 0; i < v.licenses().size(); i++) {
                    VerifiedLicenses.License l = v.licenses().get(i);
                    if (l.licenseNumber() == null) {
                        p.add(new FieldProblem(t, "licenses[" + i + "].license_number", "a license number is required"));
                    } else if (!numbers.add(l.licenseNumber())) {
                        p.add(new FieldProblem(t, "licenses[" + i + "].license_number", "license " + l.licenseNumber() + " is listed twice"));
                    }
                    if (l.licenseExpiryDate() != null && !validDate(l.licenseExpiryDate())) {
                        p.add(new FieldProblem(t, "licenses[" + i + "].license_expiry_date", "use a date as YYYY-MM-DD"));
                    }
                }
            }
            case CustomRadius r -> {
                BigDecimal m = r.miles();
                if (m != null && (m.compareTo(CustomRadius.MIN_MILES) < 0 || m.compareTo(CustomRadius.MAX_MILES) > 0)) {
                    p.add(new FieldProblem(t, "custom_radius", "the radius must be between 1 and 60 miles"));
                }
            }
            case CustomAdText a -> adText(p, t, a);
            case CustomAdPhoto a -> {
                if (a.customPhotoId() != null && !PHOTO_ID.matcher(a.customPhotoId()).matches()) {
                    p.add(new FieldProblem(t, "custom_photo_id", "a photo ID is 3 to 50 letters, digits, '-' or '_'"));
                }
            }
            case BusinessLogo b -> {
                if (b.businessLogoUrl() != null && !LOGO.matcher(b.businessLogoUrl()).matches()) {
                    p.add(new FieldProblem(t, "business_logo_url", "use a public http(s) address of a .jpeg, .jpg, .png, .gif or .tiff image"));
                }
            }
            case Portfolio f -> {
                Set<String> ids = new HashSet<>();
                for (int i = 0; i < f.projects().size(); i++) {
                    String id = f.projects().get(i).projectId();
                    if (id == null || !PHOTO_ID.matcher(id).matches()) {
                        p.add(new FieldProblem(t, "projects[" + i + "].project_id", "a project ID is 3 to 50 letters, digits, '-' or '_'"));
                    } else if (!ids.add(id)) {
                        p.add(new FieldProblem(t, "projects[" + i + "].project_id", "project " + id + " is listed twice"));
                    }
                }
            }
            case StrictCategoryTargeting s -> { }
            case AdScheduling s -> { }
            case AdGoal g -> { }
            case UnknownFeature u -> p.add(new FieldProblem(t, "", "AdsDesk does not know this feature type, so it cannot change it"));
        }
        return p;
    }

    private static void adText(List<FieldProblem> p, String t, CustomAdText a) {
        if (a.customReviewId() != null && a.customText() != null) {
            p.add(new FieldProblem(t, "custom_text", "only one of a review or a custom text can be set"));
            return;
        }
        String text = a.customText();
        if (text == null) {
            return;
        }
        if (text.length() < CustomAdText.MIN_LENGTH) {
            p.add(new FieldProblem(t, "custom_text", "must be at least " + CustomAdText.MIN_LENGTH + " characters long"));
        } else if (text.length() > CustomAdText.MAX_LENGTH) {
            p.add(new FieldProblem(t, "custom_text", "must not exceed " + CustomAdText.MAX_LENGTH + " characters ("
                    + text.length() + " given)"));
        }
        if (URL.matcher(text).find()) {
            p.add(new FieldProblem(t, "custom_text", "cannot contain URLs"));
        }
        if (text.replaceAll("[\\s\\p{Punct}]", "").matches("\\d+")) {
            p.add(new FieldProblem(t, "custom_text", "cannot be only numbers"));
        }
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        if (letters > 0 && upper * 2 > letters) {
            p.add(new FieldProblem(t, "custom_text", "too many capital letters"));
        } else if (Pattern.compile("\\p{Lu}{6,}").matcher(text).find()) {
            p.add(new FieldProblem(t, "custom_text", "too many consecutive capital letters"));
        }
        if (text.chars().filter(c -> c == '!').count() > 3) {
            p.add(new FieldProblem(t, "custom_text", "at most 3 exclamation marks"));
        }
    }

    private static void link(List<FieldProblem> p, String t, String field, String value) {
        if (value == null) {
            return;
        }
        String v = value.toLowerCase(Locale.ROOT);
        boolean url = v.startsWith("http://") || v.startsWith("https://");
        boolean query = !url && value.matches("[^\\s=&?]+=[^\\s&]*(&[^\\s=&]+=[^\\s&]*)*");
        if (value.contains(" ") || !url && !query) {
            p.add(new FieldProblem(t, field, "use a full http(s) address or parameters such as utm_source=yelp&utm_medium=cpc"));
        }
    }

    private static boolean validDate(String s) {
        if (!DATE.matcher(s).matches()) {
            return false;
        }
        try {
            java.time.LocalDate.parse(s);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }
}
