package dev.apikeep.ui.keys;

/**
 * One sidebar filter. {@code value} is the exchange id or tag for those kinds, "" otherwise.
 */
public record KeyFilter(Kind kind, String value) {
    public enum Kind { ALL, ATTENTION, EXPIRING, EXCHANGE, TAG, REVOKED }

    public static final KeyFilter ALL = new KeyFilter(Kind.ALL, "");
    public static final KeyFilter ATTENTION = new KeyFilter(Kind.ATTENTION, "");
    public static final KeyFilter EXPIRING = new KeyFilter(Kind.EXPIRING, "");
    public static final KeyFilter REVOKED = new KeyFilter(Kind.REVOKED, "");

    public static KeyFilter exchange(String id) {
        return new KeyFilter(Kind.EXCHANGE, id);
    }

    public static KeyFilter tag(String tag) {
        return new KeyFilter(Kind.TAG, tag);
    }

    /** A sidebar row: the filter, its text and how many keys it shows. */
    public record Item(KeyFilter filter, String text, int count) {
    }
}
