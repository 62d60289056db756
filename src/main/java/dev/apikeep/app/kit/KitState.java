package dev.apikeep.app.kit;

import java.util.List;

/**
 * How an issued kit stands today.
 *
 * @param stale the labels of held keys whose secret changed, or that were rotated, revoked or deleted
 */
public record KitState(Status status, List<String> stale) {

    /** current: holds today's secrets; needs re-issue: some key changed; expired: past its date. */
    public enum Status {
        CURRENT("current"), NEEDS_REISSUE("needs re-issue"), EXPIRED("expired");

        private final String text;

        Status(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public KitState {
        stale = List.copyOf(stale);
    }
}
