package dev.apikeep.app.kit;

import dev.apikeep.domain.Messages;
import java.util.List;

/**
 * How an issued kit stands today.
 *
 * @param stale the labels of held keys whose secret changed, or that were rotated, revoked or deleted
 */
public record KitState(Status status, List<String> stale) {

    /** The state's id in {@code kit list --json}: data a script reads, the same in every language. */
    private static final String NEEDS_REISSUE_ID = "needs re-issue";

    /** current: holds today's secrets; needs re-issue: some key changed; expired: past its date. */
    public enum Status {
        CURRENT("current"), NEEDS_REISSUE(NEEDS_REISSUE_ID), EXPIRED("expired");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        /** The id in JSON output. */
        public String id() {
            return id;
        }

        /** The state in the user's words (the kit list, the bots screen). */
        public String shown() {
            return Messages.get("kit.state." + name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    public KitState {
        stale = List.copyOf(stale);
    }
}
