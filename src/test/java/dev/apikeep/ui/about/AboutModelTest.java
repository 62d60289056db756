package dev.apikeep.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.Version;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AboutModelTest {
    @Test
    void showsTheBuildsVersionAndTheVaultInUse() {
        AboutModel model = AboutModel.current(Path.of("/home/me/vault.apikeep"));
        assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(model.title()).isEqualTo("ApiKeep " + Version.current());
        assertThat(model.vaultLine()).isEqualTo("Vault: /home/me/vault.apikeep");
        assertThat(new AboutModel("1.2.3", null).vaultLine()).isEqualTo("No vault open");
    }
}
