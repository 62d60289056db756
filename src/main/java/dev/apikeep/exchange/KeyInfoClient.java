package dev.apikeep.exchange;

import dev.apikeep.domain.Environment;
import dev.apikeep.domain.ExchangeSays;
import dev.apikeep.domain.KeyType;
import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * One exchange's key-info endpoint: where it lives, how to read its clock, and how to ask it about
 * a key and read the answer. Implementations follow ../shared/EXCHANGES.md, "Key-info endpoints".
 */
interface KeyInfoClient {

    /** The catalog id this client serves. */
    String exchangeId();

    /** The key types this client can sign with (the catalog's list for the exchange). */
    Set<KeyType> keyTypes();

    /** The exchange's host for an environment; null when it has no key-info endpoint there. */
    URI host(Environment environment);

    /** The documented request rate, as the least time between two requests to this exchange. */
    Duration spacing();

    /** The exchange's clock, in epoch milliseconds. */
    long serverTime(Call call);

    /** Asks about {@code call.entry()}, signed with the server-adjusted time {@code call.now()}. */
    ExchangeSays keyInfo(Call call);
}
