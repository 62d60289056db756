package dev.apikeep.vault;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What the set-MAC covers, each kind of element with its own prefix (an entry id is a UUID and has
 * none) so that no element of one kind can stand for another: every entry (id, revision), from
 * format 2 every tombstone (id, revision of the delete) and every row of the blind label index.
 */
final class SignedSet {
    private SignedSet() {
    }

    static byte[] tombstone(String id) {
        return ("tomb:" + id).getBytes(StandardCharsets.UTF_8);
    }

    /** Revision 0 with this element: the tag itself is in the element. */
    static byte[] labelIndex(String id, byte[] tag) {
        return ("label:" + id + ":" + Base64.getEncoder().encodeToString(tag)).getBytes(StandardCharsets.UTF_8);
    }
}
