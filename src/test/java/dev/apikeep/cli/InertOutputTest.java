package dev.apikeep.cli;

import static dev.apikeep.cli.CliRunner.stdin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.cli.CliRunner.Result;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.vault.Vault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever reaches the vault by a way that skips validation (an older version, another machine's
 * bundle before this check existed, a hand-edited file) prints as inert text: no escape sequence
 * or carriage return reaches the terminal through list, show, log, audit, reminders or an error.
 */
class InertOutputTest {
    private static final String ESCAPING = "Bot \u001b[2J\u001b]0;owned\u0007\r\u009b";
    @TempDir Path dir;
    private CliRunner cli;

    @BeforeEach
    void vaultWithAnEntryThatSkippedValidation() {
        cli = new CliRunner(dir.resolve("v.apikeep")).init();
        try (Vault vault = Vault.open(cli.vault, CliRunner.PASSWORD.toCharArray(), Vault.Access.NORMAL)) {
            ApiKeyEntry entry = ApiKeyEntry.builder().exchangeId("bybit").label(ESCAPING).account("acct\u001b[1m")
                    .permissions(List.of("read", "withdraw")).tags(List.of("t\u001b")).usedBy(List.of("bot\u0007"))
                    .notes("line\u001b[31m red").expiresAt(java.time.LocalDate.of(2026, 3, 1))
                    .apiKey(SecretBytes.of("AK-inert")).secret(SecretBytes.of("SK-inert")).build();
            vault.write(tx -> tx.insert(entry));   // below the validator, on purpose
        }
    }

    @Test
    void everyCommandThatPrintsVaultTextRendersControlCharactersVisibly() {
        for (String[] command : List.of(new String[] {"list"}, new String[] {"list", "--json"}, new String[] {"show", "acct"},
                new String[] {"audit"}, new String[] {"audit", "--json"}, new String[] {"reminders"}, new String[] {"log"})) {
            String[] args = command[0].equals("show") ? new String[] {"show", ESCAPING} : command;
            Result r = cli.run(stdin(), args);
            String all = r.out() + r.err();
            assertThat(all).as(String.join(" ", args)).doesNotContain("\u001b").doesNotContain("\r")
                    .doesNotContain("\u0007").doesNotContain("\u009b");
            if (!command[0].equals("log")) assertThat(all).as(String.join(" ", args)).containsAnyOf("\\x1b[2J", "\\u001B[2J");
        }
        Result show = cli.run(stdin(), "show", ESCAPING);
        assertThat(show.out()).contains("Bot \\x1b[2J\\x1b]0;owned\\x07\\x0d\\u009b").contains("line\\x1b[31m red");
    }

    @Test
    void anErrorQuotingWhatTheUserTypedRendersItsControlCharactersVisibly() {
        Result r = cli.run(stdin(), "show", "no such \u001b[2J key");
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).startsWith("apikeep: ").contains("no such \\x1b[2J key").doesNotContain("\u001b");
    }

    @Test
    void getStillPrintsTheSecretByteForByte() throws Exception {
        Result r = cli.run(stdin(), "get", ESCAPING);
        assertThat(r.outBytes()).isEqualTo("SK-inert\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
