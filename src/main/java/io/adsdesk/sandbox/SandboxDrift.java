package io.adsdesk.sandbox;

import java.util.List;

/** What one {@link SandboxAccount#applyDrift} call changed, by program ID. */
public record SandboxDrift(List<String> added, List<String> removed, List<String> modified) {
    public SandboxDrift {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        modified = List.copyOf(modified);
    }
}
