package dev.apikeep.ui.common;

import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.Risk;
import java.util.Locale;
import javafx.scene.control.Label;

/**
 * One permission of a key: the exchange's own name as text, coloured by risk (low green, medium
 * amber, high red) with the risk also in words in the tooltip, never colour alone.
 */
public final class PermissionBadge extends Label {
    private final Risk risk;

    public PermissionBadge(Exchange exchange, String permissionId) {
        this(exchange, permissionId, exchange.riskOf(permissionId));
    }

    /**
     * A badge on {@code key}: a read-only key's scopes are low risk. A Read-Only switch the vault cannot
     * vouch for (listed beside trading scopes by an older entry) is shown neutral with a question mark,
     * never as a green "Read-Only" beside an amber "Trade".
     */
    public PermissionBadge(Exchange exchange, String permissionId, dev.apikeep.domain.ApiKeyEntry key) {
        this(exchange, permissionId, exchange.riskOn(permissionId, key));
        if (permissionId.equals(exchange.readOnlyPermission()) && exchange.readOnlyUnconfirmed(key)) {
            setText(exchange.nameOf(permissionId) + "?");
            getStyleClass().removeAll(styleOf(risk), Styles.RISK_PREFIX + risk.label().toLowerCase(Locale.ROOT));
            getStyleClass().addAll(Styles.NEUTRAL, UNCONFIRMED);
            LazyTooltip.set(this, BadgeText.unconfirmedSwitchTooltip(exchange));
        }
    }

    /** The style of a Read-Only switch the vault cannot vouch for. */
    public static final String UNCONFIRMED = Styles.SWITCH_UNCONFIRMED;

    private PermissionBadge(Exchange exchange, String permissionId, Risk risk) {
        super(exchange.nameOf(permissionId));
        this.risk = risk;
        getStyleClass().addAll(Badges.BADGE, Styles.PERMISSION, styleOf(risk), Styles.RISK_PREFIX + risk.label().toLowerCase(Locale.ROOT));
        setMinWidth(USE_PREF_SIZE);
        LazyTooltip.set(this, BadgeText.riskTooltip(risk));
    }

    public Risk risk() {
        return risk;
    }

    /** The AtlantaFX colour class for a risk. */
    public static String styleOf(Risk risk) {
        return switch (risk) {
            case LOW -> Styles.SUCCESS;
            case MEDIUM -> Styles.WARNING;
            case HIGH -> Styles.DANGER;
        };
    }
}
