package io.adsdesk.ui.features;

import java.util.List;
import java.util.Map;

/**
 * Yelp's Portfolio sub-API for one account, for the portfolio screens. Projects and photos travel as
 * JSON-shaped maps keyed as on the wire ({@code name, description, call_to_action, service_offerings,
 * cost, duration, completion_year, completion_month, published}; photos {@code photo_id, photo_url,
 * biz_photo_id, caption, is_before_photo}). Blocking methods run on a worker; the checks are pure.
 */
public interface PortfolioGateway {

    Map<String, Object> project(String programId, String projectId) throws FeatureCallException;

    /** Creates an empty draft project; its ID. The caller adds it to the program's YELP_PORTFOLIO feature. */
    String createProject(String programId) throws FeatureCallException;

    void saveProject(String programId, String projectId, Map<String, Object> project) throws FeatureCallException;

    void deleteProject(String programId, String projectId) throws FeatureCallException;

    List<Map<String, Object>> photos(String programId, String projectId) throws FeatureCallException;

    /** Adds a photo by {@code photo_url} or {@code biz_photo_id} (exactly one); its ID. */
    String addPhoto(String programId, String projectId, Map<String, Object> photo) throws FeatureCallException;

    void deletePhoto(String programId, String projectId, String photoId) throws FeatureCallException;

    /** What is wrong with a project, field by field; empty when it may be sent. Pure. */
    List<FeatureGateway.FeatureProblem> validateProject(Map<String, Object> project);

    /** What is wrong with a new photo, field by field; empty when it may be sent. Pure. */
    List<FeatureGateway.FeatureProblem> validatePhoto(Map<String, Object> photo);
}
