package dev.apikeep.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the activity log. {@code detail} is human text such as "secret" for a copy; it never
 * holds a secret.
 *
 * @param entryId  the key concerned, or null for vault-wide events (unlock, password change)
 * @param revision the entry's revision after the write, 0 when the event wrote no entry; lets the
 *                 vault tell which entry was rolled back when the set-MAC does not match
 */
public record ActivityEvent(long seq, Instant time, EventType type, UUID entryId, long revision, String detail) {
    public ActivityEvent {
        detail = detail == null ? "" : detail;
    }
}
