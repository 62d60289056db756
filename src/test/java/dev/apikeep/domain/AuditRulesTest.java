package dev.apikeep.domain;

import static dev.apikeep.domain.Keys.CATALOG;
import static dev.apikeep.domain.Keys.CREATED;
import static dev.apikeep.domain.Keys.ips;
import static dev.apikeep.domain.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.AuditFinding.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuditRulesTest {
    private static final LocalDate TODAY = CREATED.plusDays(10);
    private static final List<IpRule> BOUND = ips("203.0.113.7");

    @Nested
    class WithdrawEnabled {
        @Test
        void flagsAKeyThatCanMoveFundsNamingThePermissionsInTheExchangesWords() {
            ApiKeyEntry entry = key("bybit", "grid bot", "spot-trade", "withdraw", "account-transfer").ipWhitelist(BOUND).build();
            assertThat(AuditRules.withdrawEnabled(List.of(entry), CATALOG)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.HIGH);
                assertThat(f.rule()).isEqualTo("withdraw-enabled");
                assertThat(f.entryId()).isEqualTo(entry.id());
                assertThat(f.message()).isEqualTo("'grid bot' can move funds out of the account (Withdrawal, Account Transfer)");
                assertThat(f.action()).isEqualTo("Delete this key on Bybit and create one without Withdrawal, Account Transfer permission");
            });
        }

        @Test
        void suggestsEditingWhereTheExchangeAllowsIt() {
            ApiKeyEntry entry = key("binance", "bot", "withdrawals").build();
            assertThat(AuditRules.withdrawEnabled(List.of(entry), CATALOG)).singleElement()
                    .extracting(AuditFinding::action).isEqualTo("Remove Withdrawals from this key on Binance");
        }

        @Test
        void readsTheWordsOfCustomPermissions() {
            ApiKeyEntry entry = key("custom", "dex bot", "Enable Withdrawals").build();
            assertThat(AuditRules.withdrawEnabled(List.of(entry), CATALOG)).hasSize(1);
        }

        @Test
        void leavesTradingAndRevokedKeysAlone() {
            ApiKeyEntry trading = key("okx", "bot", "read", "trade").build();
            ApiKeyEntry revoked = key("okx", "old", "withdraw").status(KeyStatus.REVOKED).build();
            assertThat(AuditRules.withdrawEnabled(List.of(trading, revoked), CATALOG)).isEmpty();
        }
    }

    @Nested
    class TradeWithoutIp {
        @Test
        void tradingFromAnyIpIsMedium() {
            ApiKeyEntry entry = key("okx", "bot", "read", "trade").build();
            assertThat(AuditRules.tradeWithoutIp(List.of(entry), CATALOG)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                assertThat(f.rule()).isEqualTo("trade-without-ip");
                assertThat(f.message()).contains("can trade from any IP address");
                assertThat(f.action()).contains("Bind the key").contains("OKX");
            });
        }

        @Test
        void movingFundsFromAnyIpIsHigh() {
            ApiKeyEntry entry = key("okx", "bot", "withdraw").build();
            assertThat(AuditRules.tradeWithoutIp(List.of(entry), CATALOG)).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH))
                    .satisfies(f -> assertThat(f.message()).contains("can move funds from any IP"));
        }

        @Test
        void ipBoundAndReadOnlyKeysAreFine() {
            ApiKeyEntry bound = key("okx", "bot", "trade").ipWhitelist(BOUND).build();
            ApiKeyEntry readOnly = key("okx", "tracker", "read").build();
            ApiKeyEntry revoked = key("okx", "old", "trade").status(KeyStatus.REVOKED).build();
            assertThat(AuditRules.tradeWithoutIp(List.of(bound, readOnly, revoked), CATALOG)).isEmpty();
        }
    }

    @Nested
    class ExpiredAndExpiring {
        private final LocalDate expires = LocalDate.of(2026, 8, 1);
        private final ApiKeyEntry entry = key("kraken", "hedge bot").expiresAt(expires).usedBy(List.of("freqtrade-vps")).build();

        @ParameterizedTest(name = "{0} days before expiry: expired={1}, expiring={2}")
        @CsvSource({"15, false, false", "14, false, true", "13, false, true", "1, false, true", "0, true, false", "-1, true, false"})
        void boundaries(int daysBefore, boolean expired, boolean expiring) {
            LocalDate today = expires.minusDays(daysBefore);
            assertThat(AuditRules.expired(List.of(entry), CATALOG, today)).hasSize(expired ? 1 : 0);
            assertThat(AuditRules.expiring(List.of(entry), CATALOG, today, 14)).hasSize(expiring ? 1 : 0);
        }

        @Test
        void expiredIsHighAndNamesTheToolsToUpdate() {
            assertThat(AuditRules.expired(List.of(entry), CATALOG, expires)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.HIGH);
                assertThat(f.rule()).isEqualTo("expired");
                assertThat(f.message()).isEqualTo("'hedge bot' stopped working on 2026-08-01 (set by you)");
                assertThat(f.action()).contains("give it to freqtrade-vps");
            });
        }

        @Test
        void expiringIsMediumAndExplainsTheExchangeRule() {
            ApiKeyEntry bybit = key("bybit", "grid bot", "spot-trade").build();
            LocalDate today = CREATED.plusDays(89);
            assertThat(AuditRules.expiring(List.of(bybit), CATALOG, today, 14)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                assertThat(f.rule()).isEqualTo("expiring");
                assertThat(f.message()).contains("stops working in 1 day").contains("Bybit: keys without IP binding");
                assertThat(f.action()).contains("Bind the key to fixed IP addresses on Bybit");
            });
        }

        @Test
        void revokedKeysAreNotReportedAsExpired() {
            ApiKeyEntry revoked = entry.toBuilder().status(KeyStatus.REVOKED).build();
            assertThat(AuditRules.expired(List.of(revoked), CATALOG, expires.plusDays(5))).isEmpty();
            assertThat(AuditRules.expiring(List.of(revoked), CATALOG, expires.minusDays(5), 14)).isEmpty();
        }
    }

    @Nested
    class RotationOverdue {
        private final ApiKeyEntry entry = key("okx", "bot").rotateEveryDays(30).build();
        private final LocalDate due = CREATED.plusDays(30);

        @ParameterizedTest
        @CsvSource({"-1, false", "0, true", "1, true"})
        void flaggedFromTheDueDay(int daysAfterDue, boolean flagged) {
            assertThat(AuditRules.rotationOverdue(List.of(entry), CATALOG, due.plusDays(daysAfterDue))).hasSize(flagged ? 1 : 0);
        }

        @Test
        void saysWhenItWasDue() {
            assertThat(AuditRules.rotationOverdue(List.of(entry), CATALOG, due)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                assertThat(f.rule()).isEqualTo("rotation-overdue");
                assertThat(f.message()).isEqualTo("'bot' was due for rotation on " + due + " (every 30 days)");
                assertThat(f.action()).contains("OKX").contains("Rotate");
            });
        }

        @Test
        void noIntervalNoFinding() {
            assertThat(AuditRules.rotationOverdue(List.of(key("okx", "bot").build()), CATALOG, CREATED.plusYears(5))).isEmpty();
        }
    }

    @Nested
    class Unused {
        @ParameterizedTest
        @CsvSource({"89, false", "90, false", "91, true"})
        void lastUseMoreThan90DaysAgo(int daysSinceUse, boolean flagged) {
            LocalDate today = LocalDate.of(2026, 9, 1);
            Instant lastUse = today.minusDays(daysSinceUse).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
            ApiKeyEntry entry = key("okx", "tracker").lastUsedAt(lastUse).build();
            assertThat(AuditRules.unused(List.of(entry), CATALOG, today)).hasSize(flagged ? 1 : 0);
        }

        @ParameterizedTest
        @CsvSource({"90, false", "91, true"})
        void neverUsedCountsFromCreation(int daysSinceCreation, boolean flagged) {
            ApiKeyEntry entry = key("okx", "tracker").build();
            List<AuditFinding> findings = AuditRules.unused(List.of(entry), CATALOG, CREATED.plusDays(daysSinceCreation));
            assertThat(findings).hasSize(flagged ? 1 : 0);
            findings.forEach(f -> {
                assertThat(f.severity()).isEqualTo(Severity.LOW);
                assertThat(f.rule()).isEqualTo("unused");
                assertThat(f.message()).contains("never been used").contains("91 days");
                assertThat(f.action()).contains("OKX");
            });
        }

        @Test
        void aRecentUseClearsAnOldKey() {
            LocalDate today = CREATED.plusDays(400);
            ApiKeyEntry entry = key("okx", "tracker").lastUsedAt(today.minusDays(3).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)).build();
            assertThat(AuditRules.unused(List.of(entry), CATALOG, today)).isEmpty();
        }
    }

    @Nested
    class DuplicateSecret {
        @Test
        void bothEntriesAreFlaggedAndTheSecretIsNeverShown() {
            ApiKeyEntry a = key("okx", "bot A").secret(SecretBytes.of("s3cr3t-value")).build();
            ApiKeyEntry b = key("bybit", "bot B").secret(SecretBytes.of("s3cr3t-value")).build();
            ApiKeyEntry other = key("okx", "bot C").secret(SecretBytes.of("different")).build();
            List<AuditFinding> findings = AuditRules.duplicateSecret(List.of(a, b, other));
            assertThat(findings).extracting(AuditFinding::label).containsExactly("bot A", "bot B");
            assertThat(findings).allSatisfy(f -> {
                assertThat(f.severity()).isEqualTo(Severity.HIGH);
                assertThat(f.rule()).isEqualTo("duplicate-secret");
                assertThat(f.message() + f.action()).doesNotContain("s3cr3t");
            });
            assertThat(findings.get(0).message()).isEqualTo("'bot A' holds the same secret as 'bot B'");
        }

        @Test
        void revokedEmptyAndWipedSecretsDoNotCount() {
            ApiKeyEntry live = key("okx", "new").secret(SecretBytes.of("same")).build();
            ApiKeyEntry revoked = key("okx", "old").secret(SecretBytes.of("same")).status(KeyStatus.REVOKED).build();
            ApiKeyEntry emptyA = key("okx", "e1").secret(SecretBytes.empty()).build();
            ApiKeyEntry emptyB = key("okx", "e2").secret(SecretBytes.empty()).build();
            SecretBytes wipedA = SecretBytes.of("aaaa");
            SecretBytes wipedB = SecretBytes.of("bbbb");
            wipedA.wipe();
            wipedB.wipe();
            ApiKeyEntry w1 = key("okx", "w1").secret(wipedA).build();
            ApiKeyEntry w2 = key("okx", "w2").secret(wipedB).build();
            assertThat(AuditRules.duplicateSecret(List.of(live, revoked, emptyA, emptyB, w1, w2))).isEmpty();
        }

        @Test
        void secretsOfEqualLengthAreGroupedOnlyWhenEqual() {
            List<ApiKeyEntry> keys = new ArrayList<>();
            IntStream.range(0, 2_000).forEach(i -> keys.add(key("okx", "k" + i).secret(SecretBytes.of(String.format("secret-%06d", i))).build()));
            keys.add(key("okx", "copy of k7").secret(SecretBytes.of("secret-000007")).build());
            keys.add(key("okx", "last byte differs").secret(SecretBytes.of("secret-000008x".substring(0, 13))).build());
            assertThat(AuditRules.duplicateSecret(keys)).extracting(AuditFinding::label)
                    .containsExactlyInAnyOrder("k7", "copy of k7", "k8", "last byte differs");
        }

        @Test
        void eachGroupNamesOnlyItsOwnMembers() {
            ApiKeyEntry a1 = key("okx", "a1").secret(SecretBytes.of("aaaa")).build();
            ApiKeyEntry a2 = key("okx", "a2").secret(SecretBytes.of("aaaa")).build();
            ApiKeyEntry a3 = key("okx", "a3").secret(SecretBytes.of("aaaa")).build();
            ApiKeyEntry b1 = key("okx", "b1").secret(SecretBytes.of("bbbb")).build();
            ApiKeyEntry b2 = key("okx", "b2").secret(SecretBytes.of("bbbb")).build();
            ApiKeyEntry alone = key("okx", "alone").secret(SecretBytes.of("aaab")).build();
            List<AuditFinding> findings = AuditRules.duplicateSecret(List.of(a1, b1, alone, a2, b2, a3));
            assertThat(findings).extracting(AuditFinding::message).containsExactly(
                    "'a1' holds the same secret as 'a2', 'a3'",
                    "'a2' holds the same secret as 'a1', 'a3'",
                    "'a3' holds the same secret as 'a1', 'a2'",
                    "'b1' holds the same secret as 'b2'",
                    "'b2' holds the same secret as 'b1'");
        }

        @Test
        void theSecretsAreLeftIntact() {
            SecretBytes secret = SecretBytes.of("still here");
            AuditRules.duplicateSecret(List.of(key("okx", "x").secret(secret).build(), key("okx", "y").secret(SecretBytes.of("still here")).build()));
            assertThat(secret.reveal()).isEqualTo("still here");
        }
    }

    @Nested
    class KeyLimitExceeded {
        private List<ApiKeyEntry> bybitKeys(int count, String account) {
            List<ApiKeyEntry> keys = new ArrayList<>();
            IntStream.range(0, count).forEach(i -> keys.add(key("bybit", account + " key " + i).account(account)
                    .lastUsedAt(Instant.parse("2026-03-01T00:00:00Z").plusSeconds(i)).build()));
            return keys;
        }

        @Test
        void tenBybitKeysAreFineElevenAreNot() {
            assertThat(AuditRules.keyLimitExceeded(bybitKeys(10, "main"), CATALOG)).isEmpty();
            List<ApiKeyEntry> eleven = bybitKeys(11, "main");
            assertThat(AuditRules.keyLimitExceeded(eleven, CATALOG)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                assertThat(f.rule()).isEqualTo("key-limit-exceeded");
                assertThat(f.message()).isEqualTo("11 active keys are stored for Bybit account 'main', but Bybit allows 10 per account");
                assertThat(f.entryId()).as("least recently used").isEqualTo(eleven.get(0).id());
                assertThat(f.action()).contains("'main key 0'");
            });
        }

        @Test
        void countsPerAccountAndEnvironmentAndSkipsRevokedKeys() {
            List<ApiKeyEntry> keys = new ArrayList<>(bybitKeys(6, "main"));
            keys.addAll(bybitKeys(6, "sub-1"));
            keys.addAll(bybitKeys(6, "main").stream().map(k -> k.toBuilder().environment(Environment.TESTNET).build()).toList());
            keys.add(key("bybit", "revoked").account("main").status(KeyStatus.REVOKED).build());
            assertThat(AuditRules.keyLimitExceeded(keys, CATALOG)).isEmpty();
        }

        @Test
        void unknownLimitsAreNotGuessed() {
            List<ApiKeyEntry> many = IntStream.range(0, 50).mapToObj(i -> key("okx", "k" + i).build()).toList();
            assertThat(AuditRules.keyLimitExceeded(many, CATALOG)).isEmpty();
        }
    }

    @Nested
    class RevokedStillUsed {
        @Test
        void aRevokedKeyWithToolsIsFlagged() {
            ApiKeyEntry entry = key("okx", "old bot").status(KeyStatus.REVOKED).usedBy(List.of("freqtrade-vps")).build();
            assertThat(AuditRules.revokedStillUsed(List.of(entry))).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                assertThat(f.rule()).isEqualTo("revoked-still-used");
                assertThat(f.message()).isEqualTo("'old bot' is revoked but still listed as used by freqtrade-vps");
                assertThat(f.action()).startsWith("Give freqtrade-vps the replacement key");
            });
        }

        @Test
        void activeKeysInUseAndRevokedKeysNotInUseAreFine() {
            ApiKeyEntry active = key("okx", "bot").usedBy(List.of("freqtrade-vps")).build();
            ApiKeyEntry revokedUnused = key("okx", "old").status(KeyStatus.REVOKED).build();
            assertThat(AuditRules.revokedStillUsed(List.of(active, revokedUnused))).isEmpty();
        }
    }

    @Nested
    class TestnetLabelledProduction {
        @ParameterizedTest
        @ValueSource(strings = {"prod bot", "Grid-PROD", "live trading", "main account", "production"})
        void productionWordsInTheLabel(String label) {
            ApiKeyEntry entry = key("bybit", label).environment(Environment.TESTNET).build();
            assertThat(AuditRules.testnetLabelledProduction(List.of(entry))).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.LOW);
                assertThat(f.rule()).isEqualTo("testnet-labelled-production");
                assertThat(f.message()).contains("is marked testnet");
            });
        }

        @Test
        void productionWordInATag() {
            ApiKeyEntry entry = key("bybit", "bot").tags(List.of("bots", "prod")).environment(Environment.TESTNET).build();
            assertThat(AuditRules.testnetLabelledProduction(List.of(entry))).hasSize(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"maintenance bot", "domain watcher", "delivery", "productive test"})
        void wordsThatMerelyContainThemDoNotCount(String label) {
            ApiKeyEntry entry = key("bybit", label).environment(Environment.TESTNET).build();
            assertThat(AuditRules.testnetLabelledProduction(List.of(entry))).isEmpty();
        }

        @Test
        void mainnetKeysMayBeCalledProduction() {
            assertThat(AuditRules.testnetLabelledProduction(List.of(key("bybit", "prod bot").build()))).isEmpty();
        }
    }

    @Test
    void theWholeAuditIsSortedBySeverityThenLabel() {
        ApiKeyEntry withdraw = key("okx", "zeta", "withdraw").ipWhitelist(BOUND).build();
        ApiKeyEntry trading = key("kraken", "alpha", "create-modify-orders").build(); // kraken: no IP expiry rule
        ApiKeyEntry testnet = key("okx", "beta prod", "read").ipWhitelist(BOUND).environment(Environment.TESTNET).build();
        ApiKeyEntry expired = key("kraken", "omega").expiresAt(TODAY.minusDays(1)).ipWhitelist(BOUND).build();
        List<AuditFinding> findings = AuditRules.audit(List.of(withdraw, trading, testnet, expired), CATALOG, TODAY);
        assertThat(findings).extracting(f -> f.severity() + " " + f.label() + " " + f.rule()).containsExactly(
                "HIGH omega expired",
                "HIGH zeta withdraw-enabled",
                "MEDIUM alpha trade-without-ip",
                "LOW beta prod testnet-labelled-production");
    }

    @Test
    void aCleanVaultHasNoFindings() {
        ApiKeyEntry tracker = key("okx", "tracker", "read").ipWhitelist(BOUND).build();
        assertThat(AuditRules.audit(List.of(tracker), CATALOG, TODAY)).isEmpty();
        assertThat(AuditRules.audit(List.of(), CATALOG, TODAY)).isEmpty();
    }

    @Test
    void revokedKeysOnlyTriggerRevokedStillUsed() {
        ApiKeyEntry revoked = key("okx", "old prod", "withdraw", "trade").status(KeyStatus.REVOKED)
                .environment(Environment.TESTNET).expiresAt(TODAY.minusDays(30)).rotateEveryDays(1)
                .usedBy(List.of("bot")).build();
        assertThat(AuditRules.audit(List.of(revoked, revoked.toBuilder().id(java.util.UUID.randomUUID()).build()), CATALOG, TODAY.plusDays(200)))
                .extracting(AuditFinding::rule).containsOnly("revoked-still-used");
    }
}
