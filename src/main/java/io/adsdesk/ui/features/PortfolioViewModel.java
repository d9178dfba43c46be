package io.adsdesk.ui.features;

import io.adsdesk.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A program's portfolio: its projects (IDs and "published" from the YELP_PORTFOLIO feature, names
 * from the Portfolio API), create, delete, publish all, hide all. A created project is added to the
 * feature, a deleted one taken out of it.
 */
public final class PortfolioViewModel {
    /** One project in the list. */
    public record ProjectRow(String projectId, String name, boolean published) {
    }

    private final FeatureGateway gateway;
    private final TaskExecutor executor;
    private final String programId;
    private final Consumer<FeatureCopy> onFeatureSaved;
    private List<Map<String, Object>> featureProjects;
    private final ObservableList<ProjectRow> projects = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    PortfolioViewModel(FeatureGateway gateway, TaskExecutor executor, String programId, Map<String, Object> feature,
                       Consumer<FeatureCopy> onFeatureSaved) {
        this.gateway = gateway;
        this.executor = executor;
        this.programId = programId;
        this.onFeatureSaved = onFeatureSaved;
        this.featureProjects = Json.objects(feature, "projects");
    }

    /** Reads every project's name. */
    public void load() {
        List<Map<String, Object>> listed = List.copyOf(featureProjects);
        run("Reading the projects…", () -> {
            List<ProjectRow> rows = new ArrayList<>();
            for (Map<String, Object> p : listed) {
                String id = Json.text(p, "project_id");
                String name;
                try {
                    name = Json.text(gateway.portfolio().project(programId, id), "name");
                    name = name.isBlank() ? "Untitled draft" : name;
                } catch (FeatureCallException e) {
                    name = "Could not be read: " + e.getMessage();
                }
                rows.add(new ProjectRow(id, name, Json.bool(p, "published")));
            }
            return rows;
        }, rows -> {
            projects.setAll(rows);
            message.set(rows.isEmpty() ? "No project yet." : "");
        });
    }

    /** Creates a draft project, adds it to the feature, and hands its editor to {@code open}. */
    public void create(Consumer<ProjectEditorViewModel> open) {
        run("Creating a project…", () -> {
            String id = gateway.portfolio().createProject(programId);
            List<Map<String, Object>> next = new ArrayList<>(featureProjects);
            next.add(Json.object("project_id", id, "published", false));
            return new Saved(id, gateway.save(programId, FeatureTypes.PORTFOLIO, Json.object("projects", next)), next);
        }, saved -> {
            applied(saved);
            projects.add(new ProjectRow(saved.projectId(), "Untitled draft", false));
            message.set("Project " + saved.projectId() + " created as a hidden draft.");
            open.accept(editor(saved.projectId()));
        });
    }

    /** Deletes the project at Yelp and takes it out of the feature (after the view's confirmation). */
    public void delete(String projectId) {
        run("Deleting project " + projectId + "…", () -> {
            gateway.portfolio().deleteProject(programId, projectId);
            List<Map<String, Object>> next = featureProjects.stream()
                    .filter(p -> !projectId.equals(Json.text(p, "project_id"))).toList();
            return new Saved(projectId, gateway.save(programId, FeatureTypes.PORTFOLIO, Json.object("projects", next)), next);
        }, saved -> {
            applied(saved);
            projects.removeIf(r -> r.projectId().equals(projectId));
            message.set("Project " + projectId + " deleted.");
        });
    }

    /** Publish all (true) or hide all (false). */
    public void setAllPublished(boolean published) {
        List<Map<String, Object>> next = featureProjects.stream()
                .map(p -> Json.object("project_id", Json.text(p, "project_id"), "published", published)).toList();
        run(published ? "Publishing every project…" : "Hiding every project…",
                () -> new Saved(null, gateway.save(programId, FeatureTypes.PORTFOLIO, Json.object("projects", next)), next),
                saved -> {
                    applied(saved);
                    projects.setAll(projects.stream().map(r -> new ProjectRow(r.projectId(), r.name(), published)).toList());
                    message.set(published ? "Every project is published." : "Every project is hidden.");
                });
    }

    /** The editor of one project; a saved name shows in the list. */
    public ProjectEditorViewModel editor(String projectId) {
        return new ProjectEditorViewModel(gateway.portfolio(), executor, programId, projectId, name ->
                projects.replaceAll(r -> r.projectId().equals(projectId) ? new ProjectRow(projectId, name, r.published()) : r));
    }

    private record Saved(String projectId, FeatureCopy copy, List<Map<String, Object>> projects) {
    }

    private void applied(Saved saved) {
        featureProjects = saved.projects();
        onFeatureSaved.accept(saved.copy());
    }

    private <T> void run(String doing, PortfolioWork.Work<T> work, Consumer<T> done) {
        new PortfolioWork(executor, busy, message).run(doing, work, done);
    }

    public String programId() { return programId; }

    public ObservableList<ProjectRow> projects() { return projects; }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
