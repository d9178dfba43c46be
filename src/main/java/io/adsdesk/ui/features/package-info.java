/**
 * Program features in the details pane, their editors, bulk feature changes and the Data Ingestion
 * credentials prompt. Everything reaches Yelp and the registry through {@link io.adsdesk.ui.features.FeatureGateway}.
 */
package io.adsdesk.ui.features;
