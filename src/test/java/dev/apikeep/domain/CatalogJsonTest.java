package dev.apikeep.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The streaming catalog reader gives what Jackson's data binding gave (the reader it replaced, kept
 * here with the same settings) and refuses what a typo in the catalog would otherwise switch off.
 */
class CatalogJsonTest {

    /** The reader the app used before: data binding into the same records, strict, enums in any case. */
    private record CatalogFile(int version, List<Exchange> exchanges) {
    }

    @Test
    void theBundledCatalogReadsTheSameAsWithDataBinding() throws IOException {
        List<Exchange> bound;
        try (InputStream in = bundled()) {
            bound = JsonMapper.builder()
                    .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build().readValue(in, CatalogFile.class).exchanges();
        }
        List<Exchange> streamed = ExchangeCatalog.loadDefault().all();

        assertThat(streamed).hasSize(8).isEqualTo(bound);
        assertThat(streamed).filteredOn(e -> e.expiryRule() != null).hasSize(4);
        assertThat(streamed).filteredOn(e -> !e.exchangeWords().isEmpty()).isNotEmpty();
        assertThat(streamed).filteredOn(e -> !e.apiHosts().isEmpty()).isNotEmpty();
        assertThat(streamed).filteredOn(e -> e.readOnlyPermission() != null).extracting(Exchange::id).containsExactly("bybit");
    }

    /** The desktop app reads the catalog at start: data binding would load some 560 classes for it. */
    @Test
    void theDomainReadsJsonWithoutDataBinding() {
        JavaClasses domain = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.apikeep.domain");
        noClasses().should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..").check(domain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a field written twice | {\"id\": \"okx\", \"id\": \"okx2\", \"name\": \"OKX\", \"keyTypes\": [\"hmac\"]} | field \"id\" appears twice in an exchange (line 1, column",
        "text for a flag | {\"id\": \"okx\", \"name\": \"OKX\", \"keyTypes\": [\"hmac\"], \"passphraseRequired\": \"yes\"} | \"passphraseRequired\" must be true or false",
        "a fraction for a limit | {\"id\": \"okx\", \"name\": \"OKX\", \"keyTypes\": [\"hmac\"], \"keyLimit\": 2.5} | \"keyLimit\" must be a whole number",
        "an unknown key type | {\"id\": \"okx\", \"name\": \"OKX\", \"keyTypes\": [\"dsa\"]} | \"keyTypes\" is \"dsa\", not one of [hmac, rsa, ed25519, ecdsa]",
        "a null permission | {\"id\": \"okx\", \"name\": \"OKX\", \"keyTypes\": [\"hmac\"], \"permissions\": [null]} | a permission must be an object",
        "a number for a host | {\"id\": \"okx\", \"name\": \"OKX\", \"keyTypes\": [\"hmac\"], \"apiHosts\": [1]} | \"apiHosts\" must hold only text",
        "a list for a name | {\"id\": \"okx\", \"name\": [\"OKX\"], \"keyTypes\": [\"hmac\"]} | \"name\" must be text",
        "an unknown rule field | {\"id\": \"okx\", \"name\": \"OKX\", \"keyTypes\": [\"hmac\"], \"expiryRule\": {\"days\": 3}} | unknown field \"days\" in an expiry rule",
        "a rule without days | {\"id\": \"okx\", \"name\": \"OKX\", \"keyTypes\": [\"hmac\"], \"expiryRule\": {\"description\": \"d\"}} | expiry rule needs daysWithoutIp of at least 1",
        "a permission without a name | {\"id\": \"okx\", \"name\": \"OKX\", \"keyTypes\": [\"hmac\"], \"permissions\": [{\"id\": \"read\", \"risk\": \"low\"}]} | permission 'read' has no name",
    })
    void aBrokenExchangeIsRefusedSayingWhatAndWhere(String what, String exchange, String message) {
        assertThatThrownBy(() -> parse(wrap(exchange)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("exchange catalog is malformed: ")
                .hasMessageContaining(message)
                .hasMessageMatching("(?s).*\\(line \\d+, column \\d+\\)$");
    }

    @Test
    void aBrokenFileAsAWholeIsRefused() {
        assertThatThrownBy(() -> parse("")).hasMessage("exchange catalog is malformed: the file is empty");
        assertThatThrownBy(() -> parse("null")).hasMessageContaining("no \"exchanges\" list");
        assertThatThrownBy(() -> parse("[]")).hasMessageContaining("the catalog must be an object");
        assertThatThrownBy(() -> parse(wrap("{\"id\": \"okx\", \"name\": \"OKX\", \"keyTypes\": [\"hmac\"]}") + " {}"))
                .hasMessageContaining("there is more after the catalog's closing brace");
        assertThatThrownBy(() -> parse("{\"version\": 1, \"exchanges\": {}}")).hasMessageContaining("\"exchanges\" must be a list");
        assertThatThrownBy(() -> parse("{\"version\": 1, \"vendors\": []}")).hasMessageContaining("unknown field \"vendors\" in the catalog");
        assertThatThrownBy(() -> parse("{\"version\": 1, \"exchanges\": [null]}")).hasMessageContaining("it has an empty exchange entry");
    }

    @Test
    void nullsAndAbsentFieldsMeanNothingSet() {
        Exchange bare = parse(wrap("{\"id\": \"bare\", \"name\": \"Bare\", \"keyTypes\": [\"HMAC\"], \"permissions\": null,"
                + " \"keyLimit\": null, \"passphraseRequired\": null, \"expiryRule\": null, \"exchangeWords\": null}")).require("bare");
        assertThat(bare.permissions()).isEmpty();
        assertThat(bare.keyLimit()).isNull();
        assertThat(bare.passphraseRequired()).isFalse();
        assertThat(bare.expiryRule()).isNull();
        assertThat(bare.exchangeWords()).isEmpty();
        assertThat(bare.apiHosts()).isEmpty();
        assertThat(bare.keyTypes()).containsExactly(KeyType.HMAC);
    }

    private static InputStream bundled() {
        return ExchangeCatalog.class.getResourceAsStream(ExchangeCatalog.DEFAULT_RESOURCE);
    }

    private static String wrap(String exchange) {
        return "{\"version\": 1, \"exchanges\": [" + exchange + ", {\"id\": \"custom\", \"name\": \"Other\", \"keyTypes\": [\"hmac\"]}]}";
    }

    private static ExchangeCatalog parse(String json) {
        return ExchangeCatalog.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
