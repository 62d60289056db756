package dev.apikeep.ui.common;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.Exchange;
import java.time.LocalDate;
import javafx.scene.control.Label;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The small labelled badges of the key list and detail pane; colours come from the theme. */
public final class Badges {
    public static final String BADGE = Styles.BADGE;

    private Badges() {
    }

    public static Label ip(ApiKeyEntry entry) {
        Label badge = badge(BadgeText.ip(entry), entry.isIpBound() ? Styles.SUCCESS : Styles.WARNING);
        badge.getStyleClass().add(entry.isIpBound() ? Styles.IP_BOUND : Styles.IP_ANY);
        badge.setGraphic(new FontIcon(entry.isIpBound() ? Feather.SHIELD : Feather.ALERT_TRIANGLE));
        LazyTooltip.set(badge, BadgeText.ipTooltip(entry));
        return badge;
    }

    public static Label expiry(ApiKeyEntry entry, Exchange exchange, LocalDate today, int leadDays) {
        BadgeText.ExpiryChip chip = BadgeText.expiry(entry, exchange, today, leadDays);
        String style = switch (chip.urgency()) {
            case NONE, OK -> Styles.NEUTRAL;
            case WARNING -> Styles.WARNING;
            case DANGER -> Styles.DANGER;
        };
        Label badge = badge(chip.text(), style);
        badge.getStyleClass().addAll(Styles.CHIP, Styles.EXPIRY);
        badge.setGraphic(new FontIcon(Feather.CLOCK));
        LazyTooltip.set(badge, chip.source());
        return badge;
    }

    /** TESTNET badge, or null for mainnet keys. */
    public static Label environment(ApiKeyEntry entry) {
        if (entry.environment() != Environment.TESTNET) return null;
        Label badge = badge(Messages.get("badge.testnet"), Styles.ACCENT);
        badge.getStyleClass().add(Styles.ENVIRONMENT);
        LazyTooltip.set(badge, Messages.get("badge.testnet.tooltip"));
        return badge;
    }

    public static Label revoked() {
        Label badge = badge(Messages.get("badge.revoked"), Styles.NEUTRAL);
        badge.getStyleClass().add(Styles.REVOKED);
        return badge;
    }

    static Label badge(String text, String styleClass) {
        Label badge = new Label(text);
        badge.getStyleClass().addAll(BADGE, styleClass);
        badge.setMinWidth(Label.USE_PREF_SIZE);
        return badge;
    }
}
