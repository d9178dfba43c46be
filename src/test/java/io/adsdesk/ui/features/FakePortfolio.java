package io.adsdesk.ui.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Yelp's Portfolio sub-API in memory, with the documented checks. */
final class FakePortfolio implements PortfolioGateway {
    final Map<String, Map<String, Object>> projects = new LinkedHashMap<>();
    final Map<String, List<Map<String, Object>>> photos = new LinkedHashMap<>();
    private int next = 100;

    @Override
    public synchronized Map<String, Object> project(String programId, String projectId) throws FeatureCallException {
        Map<String, Object> p = projects.get(projectId);
        if (p == null) {
            projects.put(projectId, Json.object("name", "Kitchen remodel " + projectId, "description", "A kitchen",
                    "published", false));
        }
        return new LinkedHashMap<>(projects.get(projectId));
    }

    @Override
    public synchronized String createProject(String programId) {
        String id = "p-" + next++;
        projects.put(id, Json.object("name", "", "description", "", "published", false));
        return id;
    }

    @Override
    public synchronized void saveProject(String programId, String projectId, Map<String, Object> project) throws FeatureCallException {
        if (!validateProject(project).isEmpty()) {
            throw new FeatureCallException(FeatureCallException.Kind.REJECTED, validateProject(project).getFirst().message());
        }
        projects.put(projectId, new LinkedHashMap<>(project));
    }

    @Override
    public synchronized void deleteProject(String programId, String projectId) {
        projects.remove(projectId);
        photos.remove(projectId);
    }

    @Override
    public synchronized List<Map<String, Object>> photos(String programId, String projectId) {
        return List.copyOf(photos.getOrDefault(projectId, List.of()));
    }

    @Override
    public synchronized String addPhoto(String programId, String projectId, Map<String, Object> photo) {
        String id = "ph-" + next++;
        Map<String, Object> stored = new LinkedHashMap<>(photo);
        stored.put("photo_id", id);
        photos.computeIfAbsent(projectId, k -> new ArrayList<>()).add(stored);
        return id;
    }

    @Override
    public synchronized void deletePhoto(String programId, String projectId, String photoId) {
        photos.getOrDefault(projectId, new ArrayList<>()).removeIf(p -> photoId.equals(p.get("photo_id")));
    }

    @Override
    public List<FeatureGateway.FeatureProblem> validateProject(Map<String, Object> p) {
        List<FeatureGateway.FeatureProblem> out = new ArrayList<>();
        if (Json.text(p, "name").isBlank()) {
            out.add(new FeatureGateway.FeatureProblem("name", "Project name is required."));
        }
        if (Json.text(p, "description").isBlank()) {
            out.add(new FeatureGateway.FeatureProblem("description", "A description is required."));
        }
        if (Json.strings(p, "service_offerings").size() > 4) {
            out.add(new FeatureGateway.FeatureProblem("service_offerings", "Maximum 4 service offerings allowed."));
        }
        if (p.get("completion_month") instanceof Integer m && (m < 1 || m > 12)) {
            out.add(new FeatureGateway.FeatureProblem("completion_month", "Month must be between 1 and 12."));
        }
        return out;
    }

    @Override
    public List<FeatureGateway.FeatureProblem> validatePhoto(Map<String, Object> photo) {
        List<FeatureGateway.FeatureProblem> out = new ArrayList<>();
        boolean url = photo.get("photo_url") != null;
        boolean biz = photo.get("biz_photo_id") != null;
        if (url == biz) {
            out.add(new FeatureGateway.FeatureProblem("photo_url", url ? "Cannot provide both photo_url and biz_photo_id."
                    : "Either photo_url or biz_photo_id must be provided."));
        }
        if (Json.text(photo, "caption").isBlank()) {
            out.add(new FeatureGateway.FeatureProblem("caption", "A caption is required."));
        }
        return out;
    }
}
