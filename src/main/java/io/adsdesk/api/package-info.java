/**
 * The partner API on the wire: {@link io.adsdesk.api.PartnerApiClient} (java.net.http and
 * Jackson, retries with backoff), the *Dto records it reads, the request types it sends
 * ({@link io.adsdesk.api.CreateRequest}, {@link io.adsdesk.api.EditRequest},
 * {@link io.adsdesk.api.Pacing}, mapped from the domain commands) and
 * {@link io.adsdesk.api.PartnerApiException}. Sees model only; never the registry or the UI.
 */
package io.adsdesk.api;
