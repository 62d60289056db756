package dev.apikeep.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What an exchange's key-info endpoint said about one key, in the catalog's terms. Every field is
 * null when that exchange does not report it (Binance gives no IP list, Coinbase no dates, ...);
 * a null field is never compared.
 *
 * @param permissions catalog ids, plus {@code unknown:<word>} for words the catalog cannot name
 * @param ipWhitelist the bound addresses as the exchange writes them (KuCoin masks parts with {@code *})
 * @param ipBound     whether any IP is bound (Binance reports only this)
 * @param readOnly    the state of a Read-Only/Read-Write switch (Bybit, OKX)
 */
public record ExchangeSays(List<String> permissions, List<String> ipWhitelist, Boolean ipBound, Boolean readOnly,
                           LocalDate expiresAt, LocalDate createdAt) {

    public ExchangeSays {
        permissions = permissions == null ? null : List.copyOf(permissions);
        ipWhitelist = ipWhitelist == null ? null : List.copyOf(ipWhitelist);
        if (ipBound == null && ipWhitelist != null) ipBound = !ipWhitelist.isEmpty();
    }

    /** Nothing reported: the state of a key that was never checked or could not be. */
    public static ExchangeSays nothing() {
        return new ExchangeSays(null, null, null, null, null, null);
    }
}
