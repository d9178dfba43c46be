package io.adsdesk.registry;

import java.time.Instant;

/**
 * Says that a registry is this computer's last copy of a team registry that could not be reached:
 * read-only, as of {@code copiedAt}.
 *
 * @param unreachableSince when the team registry was first found unreachable (this run)
 * @param copiedAt         when the copy was last brought up to date from the team registry
 * @param reason           why the team registry could not be reached, in plain words
 */
public record OfflineCopy(Instant unreachableSince, Instant copiedAt, String reason) {
}
