package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.SecretBytes;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TemplateInjectorTest {
    private final ApiKeyEntry grid = ApiKeyEntry.builder().exchangeId("okx").label("Grid bot").account("uid-7")
            .apiKey(SecretBytes.of("KEY-123")).secret(SecretBytes.of("SEC-456"))
            .passphrase(SecretBytes.of("PASS-789")).build();
    private final Function<String, ApiKeyEntry> vault = ref -> {
        if (ref.equals("Grid bot")) return grid;
        throw new IllegalArgumentException("no key matches '" + ref + "'");
    };

    @Test
    void fillsEveryFieldAndLeavesTheRestOfTheTemplateAlone() {
        String template = """
                {"key": "{{ apikeep://Grid bot/key }}", "secret": "{{apikeep://Grid bot/secret}}",
                 "password": "{{ apikeep://Grid bot/passphrase }}", "uid": "{{ apikeep://Grid bot/account }}", "dry_run": true}
                """;
        TemplateInjector.Rendered rendered = TemplateInjector.render(template, vault);
        assertThat(rendered.text()).isEqualTo("""
                {"key": "KEY-123", "secret": "SEC-456",
                 "password": "PASS-789", "uid": "uid-7", "dry_run": true}
                """);
        assertThat(rendered.usedEntries()).containsExactly(grid);
    }

    @Test
    void unknownReferenceFailsNamingItsLineAndProducesNothing() {
        String template = "a: {{ apikeep://Grid bot/key }}\nb: {{ apikeep://Nope/secret }}\n";
        assertThatThrownBy(() -> TemplateInjector.render(template, vault))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("apikeep://Nope/secret")
                .hasMessageNotContaining("KEY-123");
    }

    @Test
    void unknownFieldIsRefusedBeforeAnySecretIsRead() {
        assertThatThrownBy(() -> TemplateInjector.render("{{ apikeep://Grid bot/pin }}", vault))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown field 'pin'");
    }

    @Test
    void botEnvironmentMapsFieldsAndTheFreqtradeShortcut() {
        BotEnvironment env = new BotEnvironment()
                .add("OKX_KEY=Grid bot:key", vault)
                .add("OKX_SECRET=Grid bot", vault)
                .addFreqtrade("Grid bot", vault);
        assertThat(env.variables()).containsAllEntriesOf(Map.of(
                "OKX_KEY", "KEY-123", "OKX_SECRET", "SEC-456",
                "FREQTRADE__EXCHANGE__KEY", "KEY-123", "FREQTRADE__EXCHANGE__SECRET", "SEC-456",
                "FREQTRADE__EXCHANGE__PASSWORD", "PASS-789", "FREQTRADE__EXCHANGE__UID", "uid-7"));
        assertThat(env.usedEntries()).containsExactly(grid);
        assertThat(env.toString()).doesNotContain("SEC-456");
    }

    @Test
    void theShippedExampleTemplatesRenderWithAVaultThatHoldsTheirKeys() throws Exception {
        ApiKeyEntry marketMaker = grid.toBuilder().label("Market maker").build();
        Function<String, ApiKeyEntry> examples = ref -> switch (ref) {
            case "Grid bot" -> grid;
            case "Market maker" -> marketMaker;
            default -> throw new IllegalArgumentException("no key matches '" + ref + "'");
        };
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("docs", "examples"))) {
            List<java.nio.file.Path> templates = files.filter(f -> f.getFileName().toString().contains(".template.")).toList();
            assertThat(templates).hasSize(3);
            for (java.nio.file.Path template : templates) {
                String rendered = TemplateInjector.render(java.nio.file.Files.readString(template), examples).text();
                assertThat(rendered).as(template.toString()).doesNotContain("apikeep://").contains("SEC-456");
            }
        }
    }

    @Test
    void malformedAssignmentsAreRefused() {
        assertThatThrownBy(() -> new BotEnvironment().add("NOEQUALS", vault)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new BotEnvironment().add("1BAD=Grid bot", vault)).hasMessageContaining("not a valid");
    }
}
