package io.adsdesk.model.feature;

import java.util.List;

/** YELP_PORTFOLIO: the program's portfolio projects and whether each is published. Projects live in the Portfolio sub-API. */
public record Portfolio(List<ProjectRef> projects) implements Feature {
    public Portfolio {
        projects = Text.copy(projects);
    }

    /** One project as the feature lists it. */
    public record ProjectRef(String projectId, boolean published) {
    }

    /** The same projects, all published (true) or all hidden (false). */
    public Portfolio publishAll(boolean published) {
        return new Portfolio(projects.stream().map(p -> new ProjectRef(p.projectId(), published)).toList());
    }

    /** The same projects plus this one (or with its flag replaced). */
    public Portfolio with(ProjectRef project) {
        List<ProjectRef> rest = projects.stream().filter(p -> !p.projectId().equals(project.projectId())).toList();
        return new Portfolio(java.util.stream.Stream.concat(rest.stream(), java.util.stream.Stream.of(project)).toList());
    }

    /** The same projects without this one. */
    public Portfolio without(String projectId) {
        return new Portfolio(projects.stream().filter(p -> !p.projectId().equals(projectId)).toList());
    }

    @Override
    public String typeName() {
        return FeatureType.YELP_PORTFOLIO.name();
    }

    @Override
    public boolean active() {
        return !projects.isEmpty();
    }

    @Override
    public String summary() {
        if (projects.isEmpty()) {
            return "No projects";
        }
        long published = projects.stream().filter(ProjectRef::published).count();
        return Text.plural(projects.size(), "project", "projects") + ", " + published + " published";
    }
}
