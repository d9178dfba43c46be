package io.adsdesk.sandbox;

import java.util.List;

/**
 * One business in the sandbox account, as Business Info describes it. Immutable: the account
 * replaces the record when something changes.
 *
 * @param partnerBusinessId the reseller's own ID for the business, or null
 * @param categories category aliases such as {@code plumbing}
 */
public record SandboxBusiness(
        String id,
        String name,
        String address1,
        String city,
        String state,
        String country,
        String postalCode,
        double latitude,
        double longitude,
        String phone,
        String partnerBusinessId,
        List<String> categories,
        boolean closed,
        boolean removedFromSearch) {

    public SandboxBusiness {
        categories = List.copyOf(categories);
    }

    public SandboxBusiness withName(String newName) {
        return new SandboxBusiness(id, newName, address1, city, state, country, postalCode, latitude,
                longitude, phone, partnerBusinessId, categories, closed, removedFromSearch);
    }

    public SandboxBusiness withStatus(boolean newClosed, boolean newRemovedFromSearch) {
        return new SandboxBusiness(id, name, address1, city, state, country, postalCode, latitude,
                longitude, phone, partnerBusinessId, categories, newClosed, newRemovedFromSearch);
    }

    public SandboxBusiness withCategories(List<String> newCategories) {
        return new SandboxBusiness(id, name, address1, city, state, country, postalCode, latitude,
                longitude, phone, partnerBusinessId, newCategories, closed, removedFromSearch);
    }

    /** The Yelp page URL; the API gives one per business. */
    public String url() {
        return "https://www.yelp.com/biz/" + id;
    }
}
