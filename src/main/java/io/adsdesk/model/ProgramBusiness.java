package io.adsdesk.model;

/** One business a program covers. A program can cover several (multi-location). */
public record ProgramBusiness(String yelpBusinessId, String partnerBusinessId) {
}
