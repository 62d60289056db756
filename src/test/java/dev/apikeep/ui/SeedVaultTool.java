package dev.apikeep.ui;

import dev.apikeep.app.KeyService;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.KeyType;
import dev.apikeep.domain.SecretBytes;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: makes a demo vault of ~20 realistic (fake) keys for screenshots, because this branch's
 * CLI has no {@code add} yet. Run with
 * {@code mvn -o -q test -Dtest=SeedVaultTool -Dseed.vault=/tmp/demo.apikeep -Dsurefire.failIfNoSpecifiedTests=false};
 * the password is {@code seed.password} (default "demo vault password 2026").
 */
@EnabledIfSystemProperty(named = "seed.vault", matches = ".+")
class SeedVaultTool {
    static final SecureRandom RANDOM = new SecureRandom();
    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789";

    @Test
    void seed() {
        Path file = Path.of(System.getProperty("seed.vault"));
        char[] password = System.getProperty("seed.password", "demo vault password 2026").toCharArray();
        LocalDate today = LocalDate.now();
        try (KeyService s = KeyService.create(file, password, KdfParams.ofMebibytes(19, 2, 1), ExchangeCatalog.loadDefault(), Clock.systemDefaultZone())) {
            seed(s, today);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /** The ~20 demo keys, into an open vault (the screenshot tour uses them too). */
    static void seed(KeyService s, LocalDate today) {
        add(s, key("bybit", "Grid bot BTC", today.minusDays(83), "read", "spot-trade").account("sub-grid").tags(List.of("bots")).usedBy(List.of("freqtrade-vps")).lastUsedAt(ago(1)));
        add(s, key("bybit", "Copy trading leader", today.minusDays(20), "read", "copy-trading").ipWhitelist(ips("203.0.113.10")).usedBy(List.of("copy-bot")));
        add(s, key("bybit", "Tax export", today.minusDays(200), "read", "exchange-history").ipWhitelist(ips("198.51.100.4")).tags(List.of("tax")).usedBy(List.of("koinly")).lastUsedAt(ago(31)));
        add(s, key("bybit", "Testnet scalper", today.minusDays(10), "read", "contract-orders", "contract-positions").environment(Environment.TESTNET).tags(List.of("bots", "testing")));
        add(s, key("bybit", "Treasury sweep", today.minusDays(60), "read", "withdraw", "account-transfer").ipWhitelist(ips("203.0.113.50")).notes("Sweeps profits to cold storage every Friday").tags(List.of("treasury")));
        add(s, key("binance", "Portfolio tracker", today.minusDays(140), "reading").keyType(KeyType.ED25519).ipWhitelist(ips("203.0.113.7")).usedBy(List.of("CoinStats")).lastUsedAt(ago(0)));
        add(s, key("binance", "Spot DCA", today.minusDays(25), "reading", "spot-margin-trading").account("main").tags(List.of("bots")).usedBy(List.of("3commas")).lastUsedAt(ago(2)));
        add(s, key("binance", "Futures hedge", today.minusDays(90), "reading", "futures").keyType(KeyType.ED25519).ipWhitelist(ips("198.51.100.0/28")).tags(List.of("bots")).usedBy(List.of("hummingbot")));
        add(s, key("binance", "Old market maker", today.minusDays(400), "reading", "spot-margin-trading").revoked(today.minusDays(30)));
        add(s, key("okx", "Arbitrage OKX", today.minusDays(12), "read", "trade").passphrase(SecretBytes.of("okx-pass")).tags(List.of("bots", "arb")).usedBy(List.of("arb-engine")).lastUsedAt(ago(0)));
        add(s, key("okx", "OKX read-only", today.minusDays(300), "read").passphrase(SecretBytes.of("okx-pass-2")).ipWhitelist(ips("2001:db8::17")));
        add(s, key("okx", "OKX demo", today.minusDays(3), "read", "trade").environment(Environment.TESTNET).passphrase(SecretBytes.of("demo")).ipWhitelist(ips("203.0.113.9")).tags(List.of("testing")));
        add(s, key("kraken", "Kraken DCA", today.minusDays(45), "query-funds", "create-modify-orders", "cancel-close-orders").expiresAt(today.plusDays(6)).ipWhitelist(ips("203.0.113.0/24")).tags(List.of("bots")).usedBy(List.of("cron-dca")));
        add(s, key("kraken", "Kraken ledger export", today.minusDays(500), "query-funds", "query-ledger", "export-data").expiresAt(today.minusDays(2)).tags(List.of("tax")));
        add(s, key("coinbase", "Coinbase rebalance", today.minusDays(70), "view", "trade").keyType(KeyType.ECDSA).secret(SecretBytes.of(pem())).usedBy(List.of("rebalancer")).lastUsedAt(ago(4)));
        add(s, key("coinbase", "Coinbase payouts", today.minusDays(15), "view", "transfer").keyType(KeyType.ED25519).secret(SecretBytes.of(pem())).notes("Pays contractors; review monthly").tags(List.of("treasury")));
        add(s, key("kucoin", "KuCoin grid", today.minusDays(26), "general", "spot-trading").passphrase(SecretBytes.of("kc-pass")).tags(List.of("bots")).usedBy(List.of("pionex-bridge")));
        add(s, key("kucoin", "KuCoin monitor", today.minusDays(100), "general").passphrase(SecretBytes.of("kc-pass-2")).usedBy(List.of("grafana")).lastUsedAt(ago(0)));
        add(s, key("bitget", "Bitget futures bot", today.minusDays(33), "read", "futures-trade").passphrase(SecretBytes.of("bg-pass")).ipWhitelist(ips("203.0.113.77")).rotateEveryDays(30).tags(List.of("bots")));
        add(s, key("bitget", "Bitget old", today.minusDays(250), "read", "withdraw-transfer").passphrase(SecretBytes.of("bg-old")).revoked(today.minusDays(100)));
    }

    static void add(KeyService s, Builder b) {
        ApiKeyEntry stored = s.add(b.entry.build());
        if (b.revokedAt != null) s.revoke(stored);
    }

    static Builder key(String exchange, String label, LocalDate created, String... permissions) {
        return new Builder(ApiKeyEntry.builder().exchangeId(exchange).label(label).createdAt(created)
                .apiKey(SecretBytes.of(random(24))).secret(SecretBytes.of(random(40))).permissions(List.of(permissions)));
    }

    static List<IpRule> ips(String text) {
        return IpRule.parseList(text);
    }

    static Instant ago(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).minus(2, ChronoUnit.HOURS);
    }

    static String random(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return sb.toString();
    }

    static String pem() {
        return "-----BEGIN EC PRIVATE KEY-----\n" + random(64) + "\n" + random(56) + "\n-----END EC PRIVATE KEY-----\n";
    }

    /** A tiny wrapper so a seed line reads as one expression. */
    static final class Builder {
        final ApiKeyEntry.Builder entry;
        LocalDate revokedAt;

        Builder(ApiKeyEntry.Builder entry) { this.entry = entry; }
        Builder account(String v) { entry.account(v); return this; }
        Builder tags(List<String> v) { entry.tags(v); return this; }
        Builder usedBy(List<String> v) { entry.usedBy(v); return this; }
        Builder notes(String v) { entry.notes(v); return this; }
        Builder ipWhitelist(List<IpRule> v) { entry.ipWhitelist(v); return this; }
        Builder environment(Environment v) { entry.environment(v); return this; }
        Builder passphrase(SecretBytes v) { entry.passphrase(v); return this; }
        Builder keyType(KeyType v) { entry.keyType(v); return this; }
        Builder secret(SecretBytes v) { entry.secret(v); return this; }
        Builder expiresAt(LocalDate v) { entry.expiresAt(v); return this; }
        Builder rotateEveryDays(Integer v) { entry.rotateEveryDays(v); return this; }
        Builder lastUsedAt(Instant v) { entry.lastUsedAt(v); return this; }
        Builder revoked(LocalDate v) { revokedAt = v; return this; }
    }
}
