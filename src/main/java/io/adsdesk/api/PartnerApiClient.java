package io.adsdesk.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Clock;
import io.adsdesk.model.feature.Feature;
import io.adsdesk.model.feature.NewPortfolioPhoto;
import io.adsdesk.model.feature.PortfolioPhoto;
import io.adsdesk.model.feature.PortfolioProject;
import io.adsdesk.model.feature.ProgramFeatures;

/**
 * The partner-API client: blocking calls on the caller's thread (java.net.http, HTTP/1.1), Basic
 * auth, timeouts, and retries with exponential backoff and jitter on 5xx, 429 (Retry-After honoured)
 * and network errors only. Thread-safe: one client serves all concurrent page requests.
 */
public final class PartnerApiClient {
    /** The largest page the List All endpoint accepts. */
    public static final int MAX_PAGE_SIZE = 40;
    /** The most IDs one Program Info or Business Info call takes. */
    public static final int MAX_IDS_PER_CALL = 200;

    private static final Logger LOG = LoggerFactory.getLogger(PartnerApiClient.class);

    private final ApiSettings settings;
    private final String authorization;
    private final HttpClient http;
    private final ObjectMapper json;
    private final RetryPolicy retry;
    private final AtomicInteger requests = new AtomicInteger();
    private final WriteCalls writes;
    private final Transport transport;
    private final FeatureCalls features;

    public PartnerApiClient(ApiSettings settings, Credentials credentials) {
        this(settings, credentials, null);
    }

    /**
     * A client whose feature and portfolio calls use {@code featureCredentials} (the account's Data
     * Ingestion username and password); null means the same credentials for every call.
     */
    public PartnerApiClient(ApiSettings settings, Credentials credentials, Credentials featureCredentials) {
        this.settings = settings;
        this.authorization = credentials.basicAuthorization();
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.json = jsonMapper();
        this.retry = new RetryPolicy(settings);
        this.transport = new Transport(http, settings, requests);
        this.writes = new WriteCalls(settings, authorization, transport, json, retry);
        this.features = new FeatureCalls(writes,
                featureCredentials == null ? authorization : featureCredentials.basicAuthorization(), json, retry, Clock.systemUTC());
    }

    /** How the client reads the API's JSON: snake_case, unknown fields ignored, decimals exactly as sent. */
    static ObjectMapper jsonMapper() {
        return new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
    }

    public ApiSettings settings() {
        return settings;
    }

    /** HTTP requests sent so far, retries included. */
    public int requestCount() {
        return requests.get();
    }

    /** One page of Program List All, {@code program_status=ALL}. */
    public ProgramPageDto listAllPage(int offset, int limit) throws PartnerApiException, InterruptedException {
        if (limit < 1 || limit > MAX_PAGE_SIZE || offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1.." + MAX_PAGE_SIZE);
        }
        String path = "/programs/v1?offset=" + offset + "&limit=" + limit + "&program_status=ALL";
        ProgramPageDto page = ProgramEntries.page(json, get(path, JsonNode.class));
        if (page.total() == null || page.paymentPrograms() == null) {
            throw new PartnerApiException(PartnerApiException.Kind.UNEXPECTED_RESPONSE, 200, null,
                    "Program List All answered without 'total' or 'payment_programs'", null, null);
        }
        return page;
    }

    /** Program Info for up to 200 program IDs. */
    public ProgramInfoDto programInfo(List<String> programIds) throws PartnerApiException, InterruptedException {
        return ProgramEntries.info(json, get("/v1/programs/info/" + joinIds(programIds), JsonNode.class));
    }

    /** Business Info for up to 200 business IDs. The envelope is undocumented, so several shapes are accepted. */
    public List<BusinessInfoDto> businessInfo(List<String> businessIds) throws PartnerApiException, InterruptedException {
        JsonNode root = get("/v1/business_info/" + joinIds(businessIds), JsonNode.class);
        JsonNode list = root.isArray() ? root : root.path("businesses");
        List<BusinessInfoDto> result = new ArrayList<>();
        if (list.isArray()) {
            for (JsonNode node : list) {
                result.add(json.convertValue(node, BusinessInfoDto.class));
            }
        } else if (root.has("yelp_business_id")) {
            result.add(json.convertValue(root, BusinessInfoDto.class));
        }
        return result;
    }

    /**
     * Submits a create; returns its job ID. Business-rule failures arrive later, in the receipt.
     * Retried only when the request provably did not reach the server (see {@link WriteCalls}).
     */
    public String createProgram(CreateRequest request) throws PartnerApiException, InterruptedException {
        return writes.create(request);
    }

    /** Submits an edit of the given fields; returns its job ID. Same retry rule as create. */
    public String editProgram(String programId, EditRequest request) throws PartnerApiException, InterruptedException {
        return writes.edit(programId, request);
    }

    /** Submits an end (terminate now); returns its job ID. Same retry rule as create. */
    public String endProgram(String programId) throws PartnerApiException, InterruptedException {
        return writes.end(programId);
    }

    /**
     * Pauses a running CPC program (202, no job). 400 ({@link PartnerApiException.Kind#BAD_REQUEST}) means
     * not allowed for this program; 403 ({@link PartnerApiException.Kind#NO_ACCESS}) means the account
     * does not have pause/resume enabled.
     */
    public void pauseProgram(String programId) throws PartnerApiException, InterruptedException {
        writes.pauseOrResume(programId, true);
    }

    /** Resumes a paused CPC program; failures as for {@link #pauseProgram}. */
    public void resumeProgram(String programId) throws PartnerApiException, InterruptedException {
        writes.pauseOrResume(programId, false);
    }

    /** The job's receipt; 200 PROCESSING and 202 both come back as {@link Receipt.Outcome#PROCESSING}. */
    public Receipt jobStatus(String jobId) throws PartnerApiException, InterruptedException {
        return writes.status(jobId);
    }

    /**
     * The program's features (GET {@code /program/{id}/features/v1}), stamped with the time read.
     * 400 without an error code: {@link PartnerApiException#needsFeatureCredentials()}; unknown program: NOT_FOUND.
     */
    public ProgramFeatures features(String programId) throws PartnerApiException, InterruptedException {
        return features.get(programId);
    }

    /** Merges these feature values into the program's (POST); returns the features after. Unsupported type: BAD_REQUEST. */
    public ProgramFeatures saveFeatures(String programId, List<Feature> changes) throws PartnerApiException, InterruptedException {
        return features.post(programId, changes);
    }

    /** Turns these types off (DELETE with {@code {"features":[...]}}); returns the features after. */
    public ProgramFeatures removeFeatures(String programId, List<String> types) throws PartnerApiException, InterruptedException {
        return features.delete(programId, types);
    }

    /** Creates an empty draft portfolio project; returns its ID (add it to YELP_PORTFOLIO to show it). */
    public String createPortfolioProject(String programId) throws PartnerApiException, InterruptedException {
        return features.createProject(programId);
    }

    /** One portfolio project. */
    public PortfolioProject portfolioProject(String programId, String projectId) throws PartnerApiException, InterruptedException {
        return features.project(programId, projectId);
    }

    /** Replaces a portfolio project (PUT). */
    public void savePortfolioProject(String programId, String projectId, PortfolioProject project)
            throws PartnerApiException, InterruptedException {
        features.saveProject(programId, projectId, project);
    }

    /** Deletes a portfolio project. */
    public void deletePortfolioProject(String programId, String projectId) throws PartnerApiException, InterruptedException {
        features.deleteProject(programId, projectId);
    }

    /** A project's photos. */
    public List<PortfolioPhoto> portfolioPhotos(String programId, String projectId) throws PartnerApiException, InterruptedException {
        return features.photos(programId, projectId);
    }

    /** Adds a photo to a project; returns its ID. */
    public String addPortfolioPhoto(String programId, String projectId, NewPortfolioPhoto photo)
            throws PartnerApiException, InterruptedException {
        return features.addPhoto(programId, projectId, photo);
    }

    /** Deletes one photo of a project. */
    public void deletePortfolioPhoto(String programId, String projectId, String photoId) throws PartnerApiException, InterruptedException {
        features.deletePhoto(programId, projectId, photoId);
    }

    private static String joinIds(List<String> ids) {
        if (ids.isEmpty() || ids.size() > MAX_IDS_PER_CALL) {
            throw new IllegalArgumentException("between 1 and " + MAX_IDS_PER_CALL + " IDs per call");
        }
        List<String> encoded = ids.stream().map(id -> URLEncoder.encode(id, StandardCharsets.UTF_8)).toList();
        return String.join(",", encoded);
    }

    private <T> T get(String pathAndQuery, Class<T> type) throws PartnerApiException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + pathAndQuery))
                .timeout(settings.requestTimeout())
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("User-Agent", settings.userAgent())
                .GET()
                .build();
        return retry.run(pathAndQuery, () -> send(request, type));
    }

    private <T> T send(HttpRequest request, Class<T> type) throws PartnerApiException, InterruptedException {
        long started = System.nanoTime();
        Transport.Answer response;
        try {
            response = transport.exchange(request);
        } catch (IOException e) {
            PartnerApiException hostile = transport.failure(e);
            throw hostile != null ? hostile : new PartnerApiException(PartnerApiException.Kind.UNAVAILABLE, 0, null,
                    "Could not reach the partner API at " + settings.baseUrl().getHost() + ": " + describe(e), null, e);
        }
        int status = response.status();
        LOG.debug("GET {} -> {} in {} ms", request.uri().getRawPath(), status, (System.nanoTime() - started) / 1_000_000);
        PartnerApiException webPage = Transport.webPage(response);
        if (webPage != null) {
            throw webPage;
        }
        if (status / 100 != 2) {
            throw ResponseErrors.classify(json, status, response.text(), response.headers());
        }
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new PartnerApiException(PartnerApiException.Kind.UNEXPECTED_RESPONSE, status, null,
                    "The partner API sent a response that is not valid JSON", response.text(), e);
        }
    }

    /** The exception's type and message, made safe to print (a message may quote what the server sent). */
    static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + " (" + ServerText.oneLine(e.getMessage()) + ")";
    }
}
