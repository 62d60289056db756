package dev.apikeep.cli;

import static dev.apikeep.cli.CliRunner.stdin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikeep.cli.CliRunner.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** inject encodes every value for the output's format, so a PEM key or a hostile account stays one value. */
class InjectFormatsTest {
    static final String PEM = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIB\\+q/\"x\"\n-----END EC PRIVATE KEY-----\n";
    static final String ACCOUNT = "\", \"dry_run\": false, \"x\": \"";
    @TempDir Path dir;
    private CliRunner cli;

    @BeforeEach
    void aKeyWithAPemSecretAndAnAccountThatTriesToAddSettings() throws Exception {
        cli = new CliRunner(dir.resolve("v.apikeep")).init();
        Path pem = dir.resolve("key.pem");
        Files.writeString(pem, PEM);
        cli.add("AK-bot\n", "--exchange", "coinbase", "--label", "Bot", "--account", ACCOUNT, "--secret-file", pem.toString(),
                "--key-type", "ecdsa");
    }

    @Test
    void jsonOutputParsesAndHoldsTheExactValues() throws Exception {
        Path out = inject("{\n  \"key\": \"{{ apikeep://Bot/key }}\",\n  \"secret\": \"{{ apikeep://Bot/secret }}\",\n"
                + "  \"account\": \"{{ apikeep://Bot/account }}\",\n  \"bare\": {{ apikeep://Bot/secret }},\n  \"dry_run\": true\n}\n", "config.json");
        JsonNode config = new ObjectMapper().readTree(Files.readString(out));
        assertThat(config.get("secret").asText()).isEqualTo(PEM);
        assertThat(config.get("bare").asText()).isEqualTo(PEM);
        assertThat(config.get("account").asText()).isEqualTo(ACCOUNT);
        assertThat(config.get("dry_run").asBoolean()).isTrue();
        assertThat(config.has("x")).isFalse();
    }

    @Test
    void yamlOutputParsesAndHoldsTheExactValues() throws Exception {
        Path out = inject("connector: coinbase\nsecret: \"{{ apikeep://Bot/secret }}\"\naccount: {{ apikeep://Bot/account }}\n"
                + "dry_run: true\n", "conf.yml");
        Map<String, Object> config = new Yaml().load(Files.readString(out));
        assertThat(config).containsEntry("secret", PEM).containsEntry("account", ACCOUNT).containsEntry("dry_run", true)
                .doesNotContainKey("x").hasSize(4);
    }

    @Test
    void envOutputKeepsEachValueOnItsOwnQuotedLine() throws Exception {
        Path out = inject("SECRET={{ apikeep://Bot/secret }}\nACCOUNT=\"{{ apikeep://Bot/account }}\"\nDRY_RUN=true\n", "bot.env");
        assertThat(Files.readAllLines(out)).containsExactly(
                "SECRET=\"-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEEIB\\\\+q/\\\"x\\\"\\n-----END EC PRIVATE KEY-----\\n\"",
                "ACCOUNT=\"\\\", \\\"dry_run\\\": false, \\\"x\\\": \\\"\"",
                "DRY_RUN=true");
    }

    @Test
    void rawRefusesQuotesBackslashesAndNewlinesUnlessAllowedAndWritesNothing() throws Exception {
        Path template = dir.resolve("client.template.py");
        Files.writeString(template, "secret = '{{ apikeep://Bot/secret }}'\n");
        Path out = dir.resolve("client.py");
        Result refused = cli.run(stdin(), "inject", "--in", template.toString(), "--out", out.toString());
        assertThat(refused.code()).isEqualTo(ExitCode.ERROR);
        assertThat(refused.err()).contains("line 1: the value holds a line break").doesNotContain("BEGIN EC");
        assertThat(out).doesNotExist();

        Result allowed = cli.run(stdin(), "inject", "--in", template.toString(), "--out", out.toString(), "--allow-raw-specials");
        assertThat(allowed.code()).as(allowed.toString()).isZero();
        assertThat(Files.readString(out)).isEqualTo("secret = '" + PEM + "'\n");
    }

    @Test
    void aTemplateWhoseResultIsNotValidJsonIsRefusedAndNothingIsWritten() throws Exception {
        Path template = dir.resolve("broken.template");
        Files.writeString(template, "{\"secret\": \"{{ apikeep://Bot/secret }}\" \"oops\": 1}\n");
        Path out = dir.resolve("config.json");
        Result r = cli.run(stdin(), "inject", "--in", template.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("not valid JSON (at line 1)").doesNotContain("BEGIN EC");
        assertThat(out).doesNotExist();

        Path yaml = dir.resolve("any.txt");
        Files.writeString(template, "a: [\"{{ apikeep://Bot/key }}\"\n");
        Result notYaml = cli.run(stdin(), "inject", "--in", template.toString(), "--out", yaml.toString(), "--format", "yaml");
        assertThat(notYaml.err()).contains("not valid YAML");
        assertThat(yaml).doesNotExist();
    }

    private Path inject(String templateText, String outName) throws Exception {
        Path template = dir.resolve(outName + ".template");
        Files.writeString(template, templateText);
        Path out = dir.resolve(outName);
        Result r = cli.run(stdin(), "inject", "--in", template.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        return out;
    }
}
