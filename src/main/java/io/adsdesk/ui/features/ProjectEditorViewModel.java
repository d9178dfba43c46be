package io.adsdesk.ui.features;

import io.adsdesk.ui.common.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One portfolio project: its details (checked before anything is sent, an error beside each field) and
 * its photos (added by URL or business photo ID with a caption and a before/after flag, deleted).
 */
public final class ProjectEditorViewModel {
    public static final List<String> CALLS_TO_ACTION = List.of("WEBSITE", "CALL", "BOOK_APPOINTMENT", "GET_QUOTE", "LEARN_MORE");
    public static final List<String> COSTS = List.of("UNDER_100", "100_500", "500_1000", "1000_5000", "5000_PLUS");
    public static final List<String> DURATIONS = List.of("UNDER_1_WEEK", "1_2_WEEKS", "2_4_WEEKS", "1_3_MONTHS", "3_PLUS_MONTHS");

    private final PortfolioGateway gateway;
    private final TaskExecutor executor;
    private final String programId;
    private final String projectId;
    private final Consumer<String> onNameSaved;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObjectProperty<String> callToAction = new SimpleObjectProperty<>(this, "callToAction");
    private final StringProperty offeringsText = new SimpleStringProperty(this, "offeringsText", "");
    private final ObjectProperty<String> cost = new SimpleObjectProperty<>(this, "cost");
    private final ObjectProperty<String> duration = new SimpleObjectProperty<>(this, "duration");
    private final StringProperty yearText = new SimpleStringProperty(this, "yearText", "");
    private final StringProperty monthText = new SimpleStringProperty(this, "monthText", "");
    private final BooleanProperty published = new SimpleBooleanProperty(this, "published");

    private final StringProperty photoUrl = new SimpleStringProperty(this, "photoUrl", "");
    private final StringProperty bizPhotoId = new SimpleStringProperty(this, "bizPhotoId", "");
    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");
    private final BooleanProperty before = new SimpleBooleanProperty(this, "before");

    private final Map<String, ReadOnlyStringWrapper> errors = new HashMap<>();
    private final ObservableList<Map<String, Object>> photos = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    ProjectEditorViewModel(PortfolioGateway gateway, TaskExecutor executor, String programId, String projectId,
                           Consumer<String> onNameSaved) {
        this.gateway = gateway;
        this.executor = executor;
        this.programId = programId;
        this.projectId = projectId;
        this.onNameSaved = onNameSaved;
    }

    private record Loaded(Map<String, Object> project, List<Map<String, Object>> photos) {
    }

    /** Reads the project and its photos. */
    public void load() {
        run("Reading the project…", () -> new Loaded(gateway.project(programId, projectId), gateway.photos(programId, projectId)),
                loaded -> {
                    fill(loaded.project());
                    photos.setAll(loaded.photos());
                    message.set("");
                });
    }

    private void fill(Map<String, Object> p) {
        name.set(Json.text(p, "name"));
        description.set(Json.text(p, "description"));
        callToAction.set(Json.blankToNull(Json.text(p, "call_to_action")));
        offeringsText.set(String.join("\n", Json.strings(p, "service_offerings")));
        cost.set(Json.blankToNull(Json.text(p, "cost")));
        duration.set(Json.blankToNull(Json.text(p, "duration")));
        yearText.set(Json.text(p, "completion_year"));
        monthText.set(Json.text(p, "completion_month"));
        published.set(Json.bool(p, "published"));
    }

    /** The project as typed; year and month that are not whole numbers get their error here. */
    Map<String, Object> value() {
        List<String> offerings = Arrays.stream(offeringsText.get().split("\\r?\\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return Json.object("name", name.get().strip(), "description", description.get().strip(),
                "call_to_action", callToAction.get(), "service_offerings", offerings, "cost", cost.get(),
                "duration", duration.get(), "completion_year", number("completion_year", yearText.get(), "a year such as 2025"),
                "completion_month", number("completion_month", monthText.get(), "a month from 1 to 12"),
                "published", published.get());
    }

    private Integer number(String field, String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            error(field).set("Enter " + what + ".");
            return null;
        }
    }

    /** Checks the details, then replaces the project at Yelp. */
    public void save() {
        errors.values().forEach(e -> e.set(""));
        Map<String, Object> value = value();
        boolean parsed = errors.values().stream().allMatch(e -> e.get().isEmpty());
        if (!show(gateway.validateProject(value)) || !parsed) {
            message.set("Please correct the highlighted fields; nothing was sent.");
            return;
        }
        String savedName = (String) value.get("name");
        run("Saving the project…", () -> {
            gateway.saveProject(programId, projectId, value);
            return savedName;
        }, n -> {
            message.set("Project saved.");
            onNameSaved.accept(n);
        });
    }

    /** Checks the new photo, adds it, and reads the photos again. */
    public void addPhoto() {
        List.of("photo_url", "biz_photo_id", "caption", "is_before_photo", "photo").forEach(f -> error(f).set(""));
        Map<String, Object> photo = Json.object("photo_url", Json.blankToNull(photoUrl.get()),
                "biz_photo_id", Json.blankToNull(bizPhotoId.get()), "caption", caption.get().strip(),
                "is_before_photo", before.get());
        if (!show(gateway.validatePhoto(photo))) {
            message.set("Please correct the photo; nothing was sent.");
            return;
        }
        run("Adding the photo…", () -> {
            gateway.addPhoto(programId, projectId, photo);
            return gateway.photos(programId, projectId);
        }, list -> {
            photos.setAll(list);
            photoUrl.set("");
            bizPhotoId.set("");
            caption.set("");
            before.set(false);
            message.set("Photo added.");
        });
    }

    /** Deletes one photo (after the view's confirmation). */
    public void deletePhoto(String photoId) {
        run("Deleting the photo…", () -> {
            gateway.deletePhoto(programId, projectId, photoId);
            return gateway.photos(programId, projectId);
        }, list -> {
            photos.setAll(list);
            message.set("Photo deleted.");
        });
    }

    private boolean show(List<FeatureGateway.FeatureProblem> problems) {
        for (FeatureGateway.FeatureProblem p : problems) {
            ReadOnlyStringWrapper target = error(p.field() == null ? "project" : p.field());
            target.set(target.get().isEmpty() ? p.message() : target.get() + " " + p.message());
        }
        return problems.isEmpty();
    }

    private <T> void run(String doing, PortfolioWork.Work<T> work, Consumer<T> done) {
        new PortfolioWork(executor, busy, message).run(doing, work, done);
    }

    private ReadOnlyStringWrapper error(String field) {
        return errors.computeIfAbsent(field, f -> new ReadOnlyStringWrapper(this, "error-" + f, ""));
    }

    // ---- properties -----------------------------------------------------------------------

    /** The error beside a field (wire name; "project" for the whole project). */
    public ReadOnlyStringProperty errorProperty(String field) { return error(field).getReadOnlyProperty(); }

    public String projectId() { return projectId; }

    public StringProperty nameProperty() { return name; }

    public StringProperty descriptionProperty() { return description; }

    public ObjectProperty<String> callToActionProperty() { return callToAction; }

    /** One service offering per line, at most 4. */
    public StringProperty offeringsTextProperty() { return offeringsText; }

    public ObjectProperty<String> costProperty() { return cost; }

    public ObjectProperty<String> durationProperty() { return duration; }

    public StringProperty yearTextProperty() { return yearText; }

    public StringProperty monthTextProperty() { return monthText; }

    public BooleanProperty publishedProperty() { return published; }

    public StringProperty photoUrlProperty() { return photoUrl; }

    public StringProperty bizPhotoIdProperty() { return bizPhotoId; }

    public StringProperty captionProperty() { return caption; }

    public BooleanProperty beforeProperty() { return before; }

    public ObservableList<Map<String, Object>> photos() { return photos; }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
