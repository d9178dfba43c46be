package io.adsdesk.api;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Turns a non-2xx response into a typed {@link PartnerApiException}. */
final class ResponseErrors {
    private ResponseErrors() {
    }

    static PartnerApiException classify(ObjectMapper json, int status, String body, HttpHeaders headers) {
        ErrorBody error = ErrorBody.parse(json, body);
        PartnerApiException.Kind kind = switch (status) {
            case 401 -> PartnerApiException.Kind.CREDENTIALS_REFUSED;
            case 403 -> PartnerApiException.Kind.NO_ACCESS;
            case 404 -> PartnerApiException.Kind.NOT_FOUND;
            case 429 -> PartnerApiException.Kind.RATE_LIMITED;
            default -> status >= 500 ? PartnerApiException.Kind.UNAVAILABLE : PartnerApiException.Kind.BAD_REQUEST;
        };
        String message = "HTTP " + status + ": " + error.describe(defaultText(kind));
        PartnerApiException e = new PartnerApiException(kind, status, error.code(), message, body, null);
        if (kind == PartnerApiException.Kind.RATE_LIMITED || kind == PartnerApiException.Kind.UNAVAILABLE) {
            e.retryAfter = retryAfter(headers);
        }
        return e;
    }

    private static String defaultText(PartnerApiException.Kind kind) {
        return switch (kind) {
            case CREDENTIALS_REFUSED -> "credentials refused";
            case NO_ACCESS -> "no access";
            case NOT_FOUND -> "not found";
            case RATE_LIMITED -> "too many requests";
            case UNAVAILABLE -> "server error";
            default -> "request refused";
        };
    }

    /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(HttpHeaders headers) {
        String value = headers.firstValue("Retry-After").orElse(null);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

}
