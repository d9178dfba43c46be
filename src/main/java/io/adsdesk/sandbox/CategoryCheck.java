package io.adsdesk.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ad_categories rules of a CPC create or edit (partner-api.md §6.4.4). Aliases must be exactly
 * (case included) among the business's categories; a label such as "Restaurants" is not an alias.
 * A business in a restricted category is rejected when ad_categories are sent; when they are
 * omitted Yelp derives them, which succeeded in the observed support thread (a knob).
 */
final class CategoryCheck {
    /** Category aliases Yelp does not sell advertising for (its own examples: landmarks, airport terminals). */
    static final Set<String> RESTRICTED = Set.of("landmarks", "airportterminals", "publicservicesgovt",
            "religiousorgs", "cannabis_clinics", "cannabisdispensaries", "guns_and_ammo", "bailbondsmen");

    private CategoryCheck() {
    }

    static boolean restricted(SandboxBusiness b) {
        return b.categories().stream().anyMatch(RESTRICTED::contains);
    }

    /** What a program targets: the requested aliases, or when omitted the business's unrestricted categories. */
    static List<String> targets(SandboxBusiness b, List<String> requested) {
        if (requested != null) {
            return requested;
        }
        return b.categories().stream().filter(c -> !RESTRICTED.contains(c)).toList();
    }

    /**
     * @param cpc whether the program is CPC: only CPC programs target categories, but a restricted
     *            business cannot buy any product
     * @param requested the ad_categories sent, or null
     */
    static Verdict check(SandboxBusiness b, boolean cpc, List<String> requested, boolean omittedSucceed) {
        if (restricted(b) && (!cpc || requested != null || !omittedSucceed)) {
            return Verdict.group("UNSUPPORTED_CATEGORIES");
        }
        if (!cpc) {
            return Verdict.OK;
        }
        if (b.categories().isEmpty() || targets(b, requested).isEmpty()) {
            return Verdict.group("NO_CATEGORIES");
        }
        List<Integer> bad = new ArrayList<>();
        if (requested != null) {
            for (int i = 0; i < requested.size(); i++) {
                if (!b.categories().contains(requested.get(i))) {
                    bad.add(i);
                }
            }
        }
        return bad.isEmpty() ? Verdict.OK : Verdict.badCategories(bad);
    }
}
