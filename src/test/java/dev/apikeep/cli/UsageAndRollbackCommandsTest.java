package dev.apikeep.cli;

import static dev.apikeep.cli.CliRunner.stdin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikeep.vault.HeaderEdits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Using a key is not editing it (issue 11 §6), and what this machine remembers of a vault (§9): an
 * older copy is noticed, and a header edited since it last unlocked here is damage; through the real commands.
 */
class UsageAndRollbackCommandsTest {
    @TempDir
    Path dir;
    CliRunner cli;
    String id;

    @BeforeEach
    void oneKey() {
        cli = new CliRunner(dir.resolve("vault.apikeep")).init();
        id = cli.add("AK-u\nSK-u\n", "--exchange", "bybit", "--label", "Grid bot");
    }

    @Test
    void aTemplateNamingOneKeyByLabelAndByIdWritesItsOutputAndSucceeds() throws Exception {
        Path template = dir.resolve("t.json");
        Files.writeString(template, "{\"key\": \"{{ apikeep://Grid bot/key }}\", \"secret\": \"{{ apikeep://" + id + "/secret }}\"}\n");
        Path out = dir.resolve("config.json");
        CliRunner.Result r = cli.run(stdin(), "inject", "--in", template.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).doesNotContain("changed elsewhere");
        assertThat(Files.readString(out)).isEqualTo("{\"key\": \"AK-u\", \"secret\": \"SK-u\"}\n");
    }

    @Test
    void getRecordsTheUseWithoutTouchingTheEntrySoAnEditFromBeforeStillApplies() throws Exception {
        String before = cli.run(stdin(), "show", "Grid bot", "--json").out();
        assertThat(cli.run(stdin(), "get", "grid BOT").out()).isEqualTo("SK-u\n"); // the label, found by the blind index
        assertThat(cli.run(stdin(), "get", id, "--field", "key").out()).isEqualTo("AK-u\n");
        String after = cli.run(stdin(), "show", "Grid bot", "--json").out();
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(before).path("lastUsedAt").isNull()).isTrue();
        assertThat(json.readTree(after).path("lastUsedAt").asText()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(cli.run(stdin(), "edit", "Grid bot", "--notes", "still mine").code()).isZero();
    }

    @Test
    void anOlderCopyPutBackIsAWarningOnUnlockAndOnCheckAndExit4WithStrict() throws Exception {
        Path old = dir.resolve("old.apikeep");
        Files.copy(cli.vault, old);
        assertThat(cli.run(stdin(), "edit", "Grid bot", "--notes", "newer").code()).isZero();
        assertThat(cli.run(stdin(), "edit", "Grid bot", "--notes", "newest").code()).isZero();
        Files.copy(old, cli.vault, StandardCopyOption.REPLACE_EXISTING); // "restored from a backup"

        // each edit was one write (its unlock rides in it); each run below logs its unlock (one write):
        // the copy, two writes behind, is still behind after the first of them
        CliRunner.Result strict = cli.run(stdin(), "check", "--strict");
        assertThat(strict.code()).as(strict.toString()).isEqualTo(ExitCode.DAMAGED);
        assertThat(strict.err()).contains("this vault is older than the one you last opened here (restored from a backup or copied back?)");
        CliRunner.Result check = cli.run(stdin(), "check");
        assertThat(check.code()).as(check.toString()).isZero();
        assertThat(check.err()).contains("apikeep: warning: this vault is older than the one you last opened here").contains("UTC");
    }

    /** The add in {@link #oneKey} unlocked the vault here, so this machine remembers its header (issue 11 §9). */
    @Test
    void aHeaderEditedSinceTheLastUnlockHereIsExit4NotAWrongPassword() throws Exception {
        HeaderEdits.setMemoryKiB(cli.vault, 40 * 1024);
        CliRunner.Result list = cli.run(stdin(), "list");
        assertThat(list.code()).as(list.toString()).isEqualTo(ExitCode.DAMAGED);
        assertThat(list.err()).contains("the vault's header was changed since it last opened on this machine")
                .contains("memory 19456 KiB → 40960 KiB").doesNotContain("wrong master password");
        assertThat(HeaderEdits.failedUnlockCounted(cli.vault)).isFalse();

        CliRunner.Result wrong = cli.run("not the password\n", "list");
        assertThat(wrong.code()).as(wrong.toString()).isEqualTo(ExitCode.WRONG_PASSWORD);
    }

    @Test
    void passwdRemembersTheNewHeader() throws Exception {
        assertThat(cli.run(CliRunner.PASSWORD + "\nnew password 77\n", "passwd").code()).isZero();
        HeaderEdits.setSalt(cli.vault, (byte) 3);
        CliRunner.Result list = cli.run("new password 77\n", "list");
        assertThat(list.code()).as(list.toString()).isEqualTo(ExitCode.DAMAGED);
        assertThat(list.err()).contains("(salt)");
    }

    @Test
    void importListsEachConflictByLabelAndKeepsTheVaultsCopy() throws Exception {
        Path bundle = dir.resolve("backup.apikeep-bundle");
        assertThat(cli.run(stdin("bundle password 1"), "export", bundle.toString()).code()).isZero();
        assertThat(cli.run(stdin(), "edit", "Grid bot", "--notes", "changed after the export").code()).isZero();
        CliRunner.Result imported = cli.run(stdin("bundle password 1"), "import", bundle.toString());
        assertThat(imported.code()).as(imported.toString()).isZero();
        assertThat(imported.out()).contains("0 added, 0 updated, 0 unchanged, 1 conflicts")
                .contains("conflict (kept the vault's version): Grid bot (" + id.substring(0, 8) + "): changed in this vault since the bundle was made");
        assertThat(cli.run(stdin(), "show", "Grid bot").out()).contains("changed after the export");
    }
}
