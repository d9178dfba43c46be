package io.adsdesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.adsdesk.model.feature.Feature;
import io.adsdesk.model.feature.NewPortfolioPhoto;
import io.adsdesk.model.feature.PortfolioPhoto;
import io.adsdesk.model.feature.PortfolioProject;
import io.adsdesk.model.feature.ProgramFeatures;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The Program Feature API ({@code /program/{id}/features/v1}: GET, POST merge, DELETE) and the
 * Portfolio sub-API, on the client's transport and retry rules ({@link WriteCalls#exchange}).
 * Feature calls use the Data Ingestion credentials when the account has them.
 *
 * <p>Retries: GET, PUT and DELETE, and the feature POST (a merge: sending it twice leaves the same
 * values), follow the usual rules. Creating a project or adding a photo is not repeatable, so it is
 * retried only when the request provably did not arrive.
 */
final class FeatureCalls {
    static final String NEEDS_DATA_INGESTION = "These credentials can't read features; add Data Ingestion credentials";

    private final WriteCalls writes;
    private final String authorization;
    private final ObjectMapper json;
    private final RetryPolicy retry;
    private final Clock clock;

    FeatureCalls(WriteCalls writes, String authorization, ObjectMapper json, RetryPolicy retry, Clock clock) {
        this.writes = writes;
        this.authorization = authorization;
        this.json = json;
        this.retry = retry;
        this.clock = clock;
    }

    ProgramFeatures get(String programId) throws PartnerApiException, InterruptedException {
        String path = features(programId);
        return read(programId, call(path, builder(path).GET()));
    }

    ProgramFeatures post(String programId, List<Feature> changes) throws PartnerApiException, InterruptedException {
        String path = features(programId);
        ObjectNode body = FeatureJson.postBody(changes);
        return read(programId, call(path, builder(path).POST(body(body))));
    }

    ProgramFeatures delete(String programId, List<String> types) throws PartnerApiException, InterruptedException {
        String path = features(programId);
        ObjectNode body = json.createObjectNode();
        types.forEach(body.putArray("features")::add);
        return read(programId, call(path, builder(path).method("DELETE", body(body))));
    }

    String createProject(String programId) throws PartnerApiException, InterruptedException {
        String path = "/program/" + segment(programId) + "/portfolio/v1";
        HttpRequest request = builder(path).POST(HttpRequest.BodyPublishers.noBody()).build();
        Transport.Answer a = retry.run(path, () -> exchange(request), WriteCalls::safeToRepeat);
        return id(a, "project_id");
    }

    PortfolioProject project(String programId, String projectId) throws PartnerApiException, InterruptedException {
        String path = project(programId, projectId, "/v1");
        JsonNode n = tree(call(path, builder(path).GET()));
        List<String> offerings = new ArrayList<>();
        n.path("service_offerings").forEach(o -> offerings.add(o.asText()));
        return new PortfolioProject(text(n, "name"), text(n, "description"), text(n, "call_to_action"), offerings,
                text(n, "cost"), text(n, "duration"), integer(n, "completion_year"), integer(n, "completion_month"),
                n.path("published").asBoolean(false));
    }

    void saveProject(String programId, String projectId, PortfolioProject p) throws PartnerApiException, InterruptedException {
        String path = project(programId, projectId, "/v1");
        ObjectNode body = json.createObjectNode();
        body.put("name", p.name());
        body.put("description", p.description());
        body.put("call_to_action", p.callToAction());
        p.serviceOfferings().forEach(body.putArray("service_offerings")::add);
        body.put("cost", p.cost());
        body.put("duration", p.duration());
        body.put("completion_year", p.completionYear());
        body.put("completion_month", p.completionMonth());
        body.put("published", p.published());
        call(path, builder(path).PUT(body(body)));
    }

    void deleteProject(String programId, String projectId) throws PartnerApiException, InterruptedException {
        String path = project(programId, projectId, "/v1");
        call(path, builder(path).DELETE());
    }

    List<PortfolioPhoto> photos(String programId, String projectId) throws PartnerApiException, InterruptedException {
        String path = project(programId, projectId, "/photos/v1");
        JsonNode root = tree(call(path, builder(path).GET()));
        JsonNode list = root.isArray() ? root : root.path("photos");
        List<PortfolioPhoto> out = new ArrayList<>();
        for (JsonNode n : list) {
            out.add(new PortfolioPhoto(text(n, "photo_id"), text(n, "photo_url"), text(n, "biz_photo_id"), text(n, "caption"),
                    n.path("is_before_photo").asBoolean(false), n.path("is_cover_photo").asBoolean(false)));
        }
        return out;
    }

    String addPhoto(String programId, String projectId, NewPortfolioPhoto photo) throws PartnerApiException, InterruptedException {
        String path = project(programId, projectId, "/photos/v1");
        ObjectNode body = json.createObjectNode();
        if (photo.photoUrl() != null) {
            body.put("photo_url", photo.photoUrl());
        } else {
            body.put("biz_photo_id", photo.bizPhotoId());
        }
        body.put("is_before_photo", photo.beforePhoto());
        body.put("caption", photo.caption());
        HttpRequest request = builder(path).POST(body(body)).build();
        Transport.Answer a = retry.run(path, () -> exchange(request), WriteCalls::safeToRepeat);
        return id(a, "photo_id");
    }

    void deletePhoto(String programId, String projectId, String photoId) throws PartnerApiException, InterruptedException {
        String path = project(programId, projectId, "/photos/" + segment(photoId) + "/v1");
        call(path, builder(path).DELETE());
    }

    private Transport.Answer call(String path, HttpRequest.Builder builder) throws PartnerApiException, InterruptedException {
        HttpRequest request = builder.build();
        return retry.run(path, () -> exchange(request));
    }

    /** The exchange, with a feature route's 400 without an error code read as "these credentials cannot use features". */
    private Transport.Answer exchange(HttpRequest request) throws PartnerApiException, InterruptedException {
        try {
            return writes.exchange(request);
        } catch (PartnerApiException e) {
            boolean featureRoute = request.uri().getRawPath().endsWith("/features/v1");
            if (featureRoute && request.method().equals("GET") && e.httpStatus() == 400 && e.errorCode() == null) {
                PartnerApiException noAccess = new PartnerApiException(PartnerApiException.Kind.NO_ACCESS, 400, null,
                        NEEDS_DATA_INGESTION, e.rawBody(), e);
                noAccess.featureCredentials = true;
                throw noAccess;
            }
            throw e;
        }
    }

    private HttpRequest.Builder builder(String path) {
        return writes.builder(path).setHeader("Authorization", authorization).header("Accept", "application/json")
                .header("Content-Type", "application/json; charset=utf-8");
    }

    private HttpRequest.BodyPublisher body(JsonNode body) {
        return HttpRequest.BodyPublishers.ofString(FeatureJson.text(body), StandardCharsets.UTF_8);
    }

    private ProgramFeatures read(String programId, Transport.Answer a) throws PartnerApiException {
        JsonNode root = tree(a);
        if (!root.path("features").isObject()) {
            throw new PartnerApiException(PartnerApiException.Kind.UNEXPECTED_RESPONSE, a.status(), null,
                    "The Program Feature API answered without a 'features' object", a.text(), null);
        }
        return FeatureJson.read(root, programId, clock.instant());
    }

    private JsonNode tree(Transport.Answer a) throws PartnerApiException {
        try {
            JsonNode n = json.readTree(a.body());
            if (n == null || n.isMissingNode()) {
                throw new IOException("empty");
            }
            return n;
        } catch (IOException e) {
            throw new PartnerApiException(PartnerApiException.Kind.UNEXPECTED_RESPONSE, a.status(), null,
                    "The partner API sent a response that is not valid JSON", a.text(), e);
        }
    }

    private String id(Transport.Answer a, String field) throws PartnerApiException {
        JsonNode n = tree(a).path(field);
        if (!n.isValueNode() || n.asText().isBlank()) {
            throw new PartnerApiException(PartnerApiException.Kind.UNEXPECTED_RESPONSE, a.status(), null,
                    "The partner API answered without '" + field + "'", a.text(), null);
        }
        return n.asText();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (v.canConvertToInt()) {
            return v.asInt();
        }
        return v.isTextual() && v.asText().matches("\\d{1,4}") ? Integer.valueOf(v.asText()) : null;
    }

    private static String features(String programId) {
        return "/program/" + segment(programId) + "/features/v1";
    }

    private static String project(String programId, String projectId, String tail) {
        return "/program/" + segment(programId) + "/portfolio/" + segment(projectId) + tail;
    }

    private static String segment(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an empty ID");
        }
        return URLEncoder.encode(id.trim(), StandardCharsets.UTF_8);
    }
}
