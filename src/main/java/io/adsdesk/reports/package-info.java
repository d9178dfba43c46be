/**
 * Performance reports: splits a request into report requests within Yelp's limits, asks Yelp only
 * for the days the registry's cache lacks, polls requests Yelp is still building (also after a
 * restart), and turns cached figures into chart series and budget pacing. Plain Java, no JavaFX.
 * Sees api (the reporting client), registry (the cache), threads and model.
 */
package io.adsdesk.reports;
