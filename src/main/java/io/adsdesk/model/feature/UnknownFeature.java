package io.adsdesk.model.feature;

/**
 * A feature type AdsDesk does not know: its JSON object exactly as Yelp sent it (pretty-printed text),
 * shown read-only, never sent back, never dropped.
 */
public record UnknownFeature(String typeName, String json) implements Feature {
    @Override
    public boolean active() {
        String j = json == null ? "" : json.replaceAll("\\s", "");
        return !j.isEmpty() && !j.equals("{}") && !j.equals("null");
    }

    @Override
    public String summary() {
        return "Not editable in AdsDesk (shown as Yelp sent it)";
    }
}
