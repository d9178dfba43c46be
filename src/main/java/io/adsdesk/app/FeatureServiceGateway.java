package io.adsdesk.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adsdesk.actions.BulkFeatureResult;
import io.adsdesk.actions.FeatureException;
import io.adsdesk.actions.FeatureSave;
import io.adsdesk.actions.FeatureService;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.FeatureJson;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.Account;
import io.adsdesk.model.feature.AdGoal;
import io.adsdesk.model.feature.Feature;
import io.adsdesk.model.feature.FeatureType;
import io.adsdesk.model.feature.FeatureValidator;
import io.adsdesk.model.feature.FieldProblem;
import io.adsdesk.model.feature.NewPortfolioPhoto;
import io.adsdesk.model.feature.PortfolioPhoto;
import io.adsdesk.model.feature.PortfolioProject;
import io.adsdesk.model.feature.PortfolioValidator;
import io.adsdesk.model.feature.ProgramFeatures;
import io.adsdesk.model.feature.UnknownFeature;
import io.adsdesk.ui.features.FeatureCallException;
import io.adsdesk.ui.features.FeatureCopy;
import io.adsdesk.ui.features.FeatureGateway;
import io.adsdesk.ui.features.PortfolioGateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The features screens' gateway over the account's {@link FeatureService}: feature records to and from
 * the JSON-shaped maps the editors use (through the client's own {@link FeatureJson}), the model's
 * validators and summaries, and the service's failures as plain {@link FeatureCallException}s.
 */
final class FeatureServiceGateway implements FeatureGateway, PortfolioGateway {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FeatureService service;
    private final ExecutorService bulkPool;
    private final Function<Credentials, PartnerApiClient> clientWithFeatureCredentials;
    /** Where the account's Data Ingestion credentials are kept; null until {@link #keepCredentialsIn}. */
    private volatile DataIngestionCredentials keptIn;
    private volatile Account account;

    /**
     * @param bulkPool the pool bulk changes run on (the service keeps at most 8 requests in flight)
     * @param clientWithFeatureCredentials the account's client with these as its Data Ingestion credentials
     */
    FeatureServiceGateway(FeatureService service, ExecutorService bulkPool,
                          Function<Credentials, PartnerApiClient> clientWithFeatureCredentials) {
        this.service = service;
        this.bulkPool = bulkPool;
        this.clientWithFeatureCredentials = clientWithFeatureCredentials;
    }

    /**
     * Keeps the account's Data Ingestion credentials in this store from now on, and uses the ones it
     * already holds for the account, if any. Blocking (the OS credential store).
     */
    void keepCredentialsIn(DataIngestionCredentials store, Account forAccount) {
        this.keptIn = store;
        this.account = forAccount;
        store.load(forAccount).ifPresent(c -> service.useClient(clientWithFeatureCredentials.apply(c)));
    }

    @Override
    public FeatureCopy cached(String programId) {
        return service.stored(programId).map(FeatureServiceGateway::copy).orElse(null);
    }

    @Override
    public FeatureCopy read(String programId) throws FeatureCallException {
        return call(() -> copy(service.read(programId)));
    }

    @Override
    public FeatureCopy save(String programId, String type, Map<String, Object> value) throws FeatureCallException {
        Feature feature = feature(type, value);
        return call(() -> copy(service.saveNow(programId, List.of(feature))));
    }

    /** Through the service's conflict-checked save, against the copy kept with the editor's opened value. */
    @Override
    public SaveAnswer save(String programId, String type, Map<String, Object> opened, Map<String, Object> value,
                           boolean overwrite) throws FeatureCallException {
        Feature change = feature(type, value);
        return call(() -> {
            ProgramFeatures kept = service.stored(programId).orElseGet(() -> new ProgramFeatures(programId, null, Map.of(), null));
            Map<String, Feature> asOpened = new LinkedHashMap<>(kept.features());
            if (opened != null) {
                asOpened.put(type, feature(type, opened));
            }
            FeatureSave answer = service.save(new ProgramFeatures(programId, kept.programType(), asOpened, kept.readAt()),
                    List.of(change), overwrite);
            return new SaveAnswer(answer.saved(), copy(answer.features()));
        });
    }

    @Override
    public FeatureCopy remove(String programId, String type) throws FeatureCallException {
        return call(() -> copy(service.remove(programId, List.of(type))));
    }

    @Override
    public void bulk(List<String> programIds, io.adsdesk.ui.features.BulkFeatureChange change, Consumer<BulkOutcome> each,
                     BooleanSupplier cancelled) {
        io.adsdesk.actions.BulkFeatureChange c = switch (change) {
            case io.adsdesk.ui.features.BulkFeatureChange.BlockKeywords b -> io.adsdesk.actions.BulkFeatureChange.blockKeywords(b.keywords());
            case io.adsdesk.ui.features.BulkFeatureChange.StrictCategoryTargeting s -> io.adsdesk.actions.BulkFeatureChange.strictCategory(s.enabled());
            case io.adsdesk.ui.features.BulkFeatureChange.AdScheduling a -> io.adsdesk.actions.BulkFeatureChange.adScheduling(a.usesOpeningHours());
            case io.adsdesk.ui.features.BulkFeatureChange.AdGoal g -> io.adsdesk.actions.BulkFeatureChange.adGoal(AdGoal.Goal.valueOf(g.goal()));
        };
        service.applyToMany(programIds, c, bulkPool, (r, done, total) -> each.accept(outcome(r)), cancelled);
    }

    private static BulkOutcome outcome(BulkFeatureResult r) {
        return r.ok() ? new BulkOutcome(r.programId(), null)
                : r.outcome() == BulkFeatureResult.Outcome.NOT_SENT ? BulkOutcome.notSent(r.programId())
                : new BulkOutcome(r.programId(), r.message());
    }

    @Override
    public List<FeatureProblem> validate(String type, Map<String, Object> value) {
        Feature feature = feature(type, value);
        if (feature instanceof UnknownFeature && FeatureType.of(type).isPresent()) {
            String field = FeatureType.CUSTOM_RADIUS_TARGETING.name().equals(type) ? "custom_radius" : null;
            return List.of(new FeatureProblem(field, field != null ? "Enter a number of miles, such as 15."
                    : "These values cannot be read as " + type + "."));
        }
        return problems(FeatureValidator.validate(feature));
    }

    @Override
    public String summary(String type, Map<String, Object> value) {
        return feature(type, value).summary();
    }

    @Override
    public boolean isActive(String type, Map<String, Object> value) {
        return feature(type, value).active();
    }

    @Override
    public PortfolioGateway portfolio() {
        return this;
    }

    @Override
    public void saveDataIngestionCredentials(String username, char[] password) {
        DataIngestionCredentials store = keptIn;
        if (store == null) {
            throw new IllegalStateException("This account cannot keep Data Ingestion credentials.");
        }
        PartnerApiClient client = clientWithFeatureCredentials.apply(new Credentials(username, password));
        store.save(account, username, password);
        service.useClient(client);
    }

    // ---- portfolio ------------------------------------------------------------------------

    @Override
    public Map<String, Object> project(String programId, String projectId) throws FeatureCallException {
        PortfolioProject p = call(() -> service.project(programId, projectId));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("description", p.description());
        m.put("call_to_action", p.callToAction());
        m.put("service_offerings", p.serviceOfferings());
        m.put("cost", p.cost());
        m.put("duration", p.duration());
        m.put("completion_year", p.completionYear());
        m.put("completion_month", p.completionMonth());
        m.put("published", p.published());
        return m;
    }

    /** The service adds the new project to YELP_PORTFOLIO itself. */
    @Override
    public String createProject(String programId) throws FeatureCallException {
        return call(() -> service.createProject(programId));
    }

    @Override
    public void saveProject(String programId, String projectId, Map<String, Object> project) throws FeatureCallException {
        call(() -> {
            service.saveProject(programId, projectId, project(project));
            return null;
        });
    }

    @Override
    public void deleteProject(String programId, String projectId) throws FeatureCallException {
        call(() -> {
            service.deleteProject(programId, projectId);
            return null;
        });
    }

    @Override
    public List<Map<String, Object>> photos(String programId, String projectId) throws FeatureCallException {
        List<PortfolioPhoto> photos = call(() -> service.photos(programId, projectId));
        List<Map<String, Object>> out = new ArrayList<>();
        for (PortfolioPhoto p : photos) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("photo_id", p.photoId());
            m.put("photo_url", p.photoUrl());
            m.put("biz_photo_id", p.bizPhotoId());
            m.put("caption", p.caption());
            m.put("is_before_photo", p.beforePhoto());
            out.add(m);
        }
        return out;
    }

    @Override
    public String addPhoto(String programId, String projectId, Map<String, Object> photo) throws FeatureCallException {
        return call(() -> service.addPhoto(programId, projectId, photo(photo)));
    }

    @Override
    public void deletePhoto(String programId, String projectId, String photoId) throws FeatureCallException {
        call(() -> {
            service.deletePhoto(programId, projectId, photoId);
            return null;
        });
    }

    @Override
    public List<FeatureProblem> validateProject(Map<String, Object> project) {
        return problems(PortfolioValidator.validate(project(project)));
    }

    @Override
    public List<FeatureProblem> validatePhoto(Map<String, Object> photo) {
        return problems(PortfolioValidator.validate(photo(photo)));
    }

    // ---- conversions ----------------------------------------------------------------------

    /** The editor's map as the model's record, read the way Yelp's answers are read. */
    static Feature feature(String type, Map<String, Object> value) {
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put(type, value == null ? Map.of() : value);
            return FeatureJson.readChanges(JSON.writeValueAsString(body)).getFirst();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new UnknownFeature(type, String.valueOf(value));
        }
    }

    /** The record as the editor's map, read-only fields (suggestions, available highlights) included. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Feature feature) {
        if (feature instanceof UnknownFeature u) {
            try {
                Object parsed = JSON.readValue(u.json(), Object.class);
                return parsed instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of("value", parsed);
            } catch (JsonProcessingException e) {
                return Map.of("value", u.json());
            }
        }
        return JSON.convertValue(FeatureJson.object(feature, true), LinkedHashMap.class);
    }

    static FeatureCopy copy(ProgramFeatures f) {
        Map<String, Map<String, Object>> features = new LinkedHashMap<>();
        f.features().forEach((type, feature) -> features.put(type, map(feature)));
        return new FeatureCopy(f.programId(), f.programType(), features, f.readAt());
    }

    @SuppressWarnings("unchecked")
    private static PortfolioProject project(Map<String, Object> m) {
        Object offerings = m.get("service_offerings");
        return new PortfolioProject(text(m, "name"), text(m, "description"), text(m, "call_to_action"),
                offerings instanceof List<?> l ? (List<String>) l : List.of(), text(m, "cost"), text(m, "duration"),
                (Integer) m.get("completion_year"), (Integer) m.get("completion_month"), Boolean.TRUE.equals(m.get("published")));
    }

    private static NewPortfolioPhoto photo(Map<String, Object> m) {
        return new NewPortfolioPhoto(text(m, "photo_url"), text(m, "biz_photo_id"), text(m, "caption"),
                Boolean.TRUE.equals(m.get("is_before_photo")));
    }

    private static String text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    private static List<FeatureProblem> problems(List<FieldProblem> problems) {
        return problems.stream().map(p -> new FeatureProblem(p.field() == null || p.field().isEmpty() ? null
                : p.field().replaceFirst("\\[\\d+]\\..*$", ""), p.message())).toList();
    }

    private interface Call<T> {
        T run() throws FeatureException, InterruptedException;
    }

    private static <T> T call(Call<T> call) throws FeatureCallException {
        try {
            return call.run();
        } catch (FeatureException e) {
            FeatureCallException.Kind kind = switch (e.reason()) {
                case NEEDS_FEATURE_CREDENTIALS -> FeatureCallException.Kind.NO_FEATURE_ACCESS;
                case UNAVAILABLE -> FeatureCallException.Kind.UNREACHABLE;
                default -> FeatureCallException.Kind.REJECTED;
            };
            throw new FeatureCallException(kind, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeatureCallException(FeatureCallException.Kind.UNREACHABLE, "the request was stopped");
        }
    }
}
