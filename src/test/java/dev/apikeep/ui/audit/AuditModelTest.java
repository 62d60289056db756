package dev.apikeep.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.AuditFinding;
import dev.apikeep.domain.AuditFinding.Severity;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditModelTest {
    static AuditFinding f(Severity s, String label, String rule) {
        return new AuditFinding(s, rule, UUID.randomUUID(), label, "msg " + label, "do something");
    }

    @Test
    void groupsUnderSeverityHeadersAndScores() {
        AuditFinding h1 = f(Severity.HIGH, "Treasury", "withdraw-enabled");
        AuditFinding h2 = f(Severity.HIGH, "Grid", "trade-without-ip");
        AuditFinding m = f(Severity.MEDIUM, "Tax", "unused");
        AuditFinding l = f(Severity.LOW, "Demo", "testnet-labelled-production");
        AuditModel model = new AuditModel();
        model.setFindings(List.of(h1, h2, m, l));
        assertThat(model.rows()).containsExactly(
                new AuditModel.Header(Severity.HIGH, 2), new AuditModel.Finding(h1), new AuditModel.Finding(h2),
                new AuditModel.Header(Severity.MEDIUM, 1), new AuditModel.Finding(m),
                new AuditModel.Header(Severity.LOW, 1), new AuditModel.Finding(l));
        assertThat(model.score()).isEqualTo("2 high, 1 medium, 1 low");
        assertThat(AuditModel.badgeCount(List.of(h1, h2, m, l))).isEqualTo(3);
        assertThat(((AuditModel.Header) model.rows().get(0)).text()).isEqualTo("High risk · 2");
    }

    @Test
    void skipsEmptySeverities() {
        AuditFinding l = f(Severity.LOW, "Demo", "x");
        AuditModel model = new AuditModel();
        model.setFindings(List.of(l));
        assertThat(model.rows()).containsExactly(new AuditModel.Header(Severity.LOW, 1), new AuditModel.Finding(l));
        assertThat(model.score()).isEqualTo("1 low");
        assertThat(AuditModel.badgeCount(List.of(l))).isZero();
    }

    @Test
    void cleanVaultSaysNoFindings() {
        AuditModel model = new AuditModel();
        model.setFindings(List.of());
        assertThat(model.rows()).isEmpty();
        assertThat(model.score()).isEqualTo("No findings");
    }

    @Test
    void choosingAFindingNamesItsKeyButAHeaderDoesNot() {
        AuditFinding h = f(Severity.HIGH, "Treasury", "withdraw-enabled");
        AuditModel model = new AuditModel();
        model.setFindings(List.of(h));
        model.choose(model.rows().get(0));
        assertThat(model.chosenProperty().get()).isNull();
        model.choose(model.rows().get(1));
        assertThat(model.chosenProperty().get()).isEqualTo(h.entryId());
    }
}
