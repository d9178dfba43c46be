/**
 * Program features (Yelp's Program Feature API) and portfolio projects as plain records: one type
 * per known feature with its human summary, {@link io.adsdesk.model.feature.UnknownFeature} for a type
 * AdsDesk does not know (kept as raw JSON text, never dropped), the local validation rules
 * ({@link io.adsdesk.model.feature.FeatureValidator}, {@link io.adsdesk.model.feature.PortfolioValidator})
 * and the keyword and phone helpers. Like the rest of model, they depend on the JDK only.
 */
package io.adsdesk.model.feature;
