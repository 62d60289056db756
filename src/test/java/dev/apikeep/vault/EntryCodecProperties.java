package dev.apikeep.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.KeyStatus;
import dev.apikeep.domain.KeyType;
import dev.apikeep.domain.SecretBytes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EntryCodecProperties {

    @Property(tries = 1500)
    void everyEntryRoundTripsFieldByField(@ForAll("entries") ApiKeyEntry entry) {
        byte[] encoded = EntryCodec.encode(entry);
        ApiKeyEntry decoded = EntryCodec.decode(encoded, entry.revision());
        assertThat(decoded.lastUsedAt()).isEqualTo(entry.lastUsedAt()); // bundles carry it; the vault strips it before sealing
        VaultSecurityTest.assertSameEntry(decoded.toBuilder().lastUsedAt(null).build(), entry);
    }

    @Property(tries = 1500)
    void encodedLengthIsAlwaysAMultipleOf256(@ForAll("entries") ApiKeyEntry entry) {
        byte[] encoded = EntryCodec.encode(entry);
        assertThat(encoded.length % EntryCodec.PAD_BLOCK).isZero();
        assertThat(encoded.length).isPositive();
    }

    @Property(tries = 300)
    void secretsOfDifferentLengthsInOneBlockLookTheSameSize(@ForAll("shortSecrets") String a, @ForAll("shortSecrets") String b) {
        ApiKeyEntry base = ApiKeyEntry.builder().id(new UUID(1, 2)).label("x").createdAt(LocalDate.of(2025, 1, 1)).build();
        int lenA = EntryCodec.encode(base.toBuilder().secret(SecretBytes.of(a)).build()).length;
        int lenB = EntryCodec.encode(base.toBuilder().secret(SecretBytes.of(b)).build()).length;
        assertThat(lenA).isEqualTo(lenB);
    }

    @Provide
    Arbitrary<String> shortSecrets() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(64);
    }

    /** Any text a user can type or paste: unicode incl. emoji, newlines, quotes, backslashes, controls. */
    static Arbitrary<String> text(int maxLength) {
        Arbitrary<String> codePoints = Arbitraries.integers().between(0, 0x10FFFF)
                // includes lone surrogates: a Java String can hold them (e.g. a broken paste) and they must survive
                .map(Character::toString);
        Arbitrary<String> special = Arbitraries.of("\n", "\r\n", "\t", "\"", "\\", "\u0000", "🚀", "日本", "Тест", " ", "/", "\u2028");
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, codePoints),
                        net.jqwik.api.Tuple.of(2, special),
                        net.jqwik.api.Tuple.of(5, Arbitraries.chars().alpha().numeric().map(String::valueOf)))
                .list().ofMaxSize(maxLength).map(parts -> String.join("", parts));
    }

    static Arbitrary<SecretBytes> secrets() {
        return text(200).map(SecretBytes::of);
    }

    static Arbitrary<List<String>> lists() {
        return text(20).list().ofMaxSize(5);
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1970, 1, 1).toEpochDay(), LocalDate.of(2200, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    static Arbitrary<Instant> instants() {
        return Combinators.combine(Arbitraries.longs().between(0, 7_258_118_400L), Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    static Arbitrary<IpRule> ipRules() {
        Arbitrary<String> v4 = Arbitraries.integers().between(0, 255).list().ofSize(4)
                .map(o -> o.get(0) + "." + o.get(1) + "." + o.get(2) + "." + o.get(3));
        Arbitrary<String> v4cidr = Combinators.combine(v4, Arbitraries.integers().between(0, 32)).as((a, n) -> a + "/" + n);
        Arbitrary<String> v6 = Arbitraries.of("2001:db8::1", "::1", "2001:db8::/32", "fe80::1:2:3:4");
        return Arbitraries.oneOf(v4, v4cidr, v6).map(IpRule::parse);
    }

    @Provide
    Arbitrary<ApiKeyEntry> entries() {
        return Builders.withBuilder(ApiKeyEntry::builder)
                .use(Arbitraries.create(UUID::randomUUID)).in(ApiKeyEntry.Builder::id)
                .use(Arbitraries.longs().between(0, Long.MAX_VALUE)).in(ApiKeyEntry.Builder::revision)
                .use(Arbitraries.of("binance", "bybit", "okx", "kraken", "custom")).in(ApiKeyEntry.Builder::exchangeId)
                .use(Arbitraries.of(Environment.class)).in(ApiKeyEntry.Builder::environment)
                .use(text(60)).in(ApiKeyEntry.Builder::label)
                .use(text(30)).in(ApiKeyEntry.Builder::account)
                .use(secrets()).in(ApiKeyEntry.Builder::apiKey)
                .use(secrets()).in(ApiKeyEntry.Builder::secret)
                .use(secrets()).in(ApiKeyEntry.Builder::passphrase)
                .use(Arbitraries.of(KeyType.class)).in(ApiKeyEntry.Builder::keyType)
                .use(lists()).in(ApiKeyEntry.Builder::permissions)
                .use(ipRules().list().ofMaxSize(4)).in(ApiKeyEntry.Builder::ipWhitelist)
                .use(dates()).in(ApiKeyEntry.Builder::createdAt)
                .use(dates().injectNull(0.5)).in(ApiKeyEntry.Builder::expiresAt)
                .use(Arbitraries.integers().between(1, 3650).injectNull(0.5)).in(ApiKeyEntry.Builder::rotateEveryDays)
                .use(Arbitraries.of(KeyStatus.class)).in(ApiKeyEntry.Builder::status)
                .use(dates().injectNull(0.5)).in(ApiKeyEntry.Builder::revokedAt)
                .use(lists()).in(ApiKeyEntry.Builder::usedBy)
                .use(lists()).in(ApiKeyEntry.Builder::tags)
                .use(text(300)).in(ApiKeyEntry.Builder::notes)
                .use(Arbitraries.create(UUID::randomUUID).injectNull(0.5)).in(ApiKeyEntry.Builder::rotatedFrom)
                .use(Arbitraries.create(UUID::randomUUID).injectNull(0.5)).in(ApiKeyEntry.Builder::rotatedTo)
                .use(instants().injectNull(0.5)).in(ApiKeyEntry.Builder::lastUsedAt)
                .build(ApiKeyEntry.Builder::build);
    }
}
