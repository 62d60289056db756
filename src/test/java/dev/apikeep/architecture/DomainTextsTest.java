package dev.apikeep.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The texts domain hands up (audit findings, expiry explanations, IP and input errors) come from
 * messages.properties like the GUI's and the CLI's, so a translation covers them too. Same scan as
 * {@link MessagesTest}: words in quotes in a domain class fail, except in a programmer's error
 * ({@code new IllegalArgumentException("...")} for a misuse), which no user reads.
 */
class DomainTextsTest {
    /**
     * Words that are names, not text: the JCA algorithm, the mask {@code SecretBytes.toString} prints
     * instead of a secret, and what is wrong with a malformed exchange catalog (only the bundled one is
     * ever read, so a broken one is a build bug that {@code ExchangeCatalogTest} names, not a user's).
     */
    private static final Set<String> NOT_TEXT = Set.of(
            "AuditRules.java \"HmacSHA256\"",
            "SecretBytes.java \"SecretBytes[***]\"",
            "ExchangeCatalog.java \"it has no \\\"exchanges\\\" list\"",
            "ExchangeCatalog.java \"it has an empty exchange entry\"",
            "ExchangeCatalog.java \"exchange '\"",
            "ExchangeCatalog.java \"' appears twice\"",
            "ExchangeCatalog.java \"it has no 'custom' exchange for free-form keys\"");
    /** The catalog's reader: every text it has says what is wrong with a malformed catalog (a build bug, as above). */
    private static final String CATALOG_READER = "domain/CatalogJson.java:";

    @Test
    void domainHasNoHardCodedText() throws IOException {
        List<String> text = MessagesTest.hardCodedText("domain").stream()
                .filter(problem -> !NOT_TEXT.contains(withoutLine(problem)) && !problem.startsWith(CATALOG_READER)).toList();
        assertThat(text).as("hard-coded user-visible strings in domain (put them in messages.properties)").isEmpty();
    }

    /** {@code domain/AuditRules.java:242: "HmacSHA256"} as {@code AuditRules.java "HmacSHA256"}: stable when lines move. */
    private static String withoutLine(String problem) {
        return problem.replaceFirst("^domain/([^:]+):\\d+: ", "$1 ");
    }
}
