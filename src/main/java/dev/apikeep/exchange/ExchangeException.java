package dev.apikeep.exchange;

import dev.apikeep.domain.KeyCheck;

/**
 * Why a key-info call gave no answer: the exchange refused the key (REJECTED, with the exchange's own
 * message), it could not be reached or answered nonsense (UNREACHABLE), or ApiKeep cannot ask it
 * about this key (UNSUPPORTED). Messages never contain a secret: they are built from the exchange's
 * answer and from our own words only.
 */
public final class ExchangeException extends RuntimeException {
    private final KeyCheck.Status status;

    private ExchangeException(KeyCheck.Status status, String message, Throwable cause) {
        super(message, cause, false, false);
        this.status = status;
    }

    public static ExchangeException rejected(String exchangeMessage) {
        return new ExchangeException(KeyCheck.Status.REJECTED, exchangeMessage, null);
    }

    public static ExchangeException unreachable(String what) {
        return new ExchangeException(KeyCheck.Status.UNREACHABLE, what, null);
    }

    public static ExchangeException unreachable(String what, Throwable cause) {
        return new ExchangeException(KeyCheck.Status.UNREACHABLE, what, cause);
    }

    public static ExchangeException unsupported(String why) {
        return new ExchangeException(KeyCheck.Status.UNSUPPORTED, why, null);
    }

    public KeyCheck.Status status() {
        return status;
    }
}
