package dev.apikeep.ui.keys;

import dev.apikeep.domain.Messages;
import dev.apikeep.ui.common.Styles;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.Expiry;
import dev.apikeep.domain.KeyLifecycle;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.ui.common.Badges;
import dev.apikeep.ui.common.PermissionBadge;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Every field of the selected key. The API key is masked ({@code AKZq****7Hd0}), the secret and
 * passphrase are dots; Reveal shows a value for {@value #REVEAL_SECONDS} seconds, then hides it.
 */
final class KeyDetailPane extends VBox {
    static final int REVEAL_SECONDS = 10;
    static final String DOTS = "••••••••••••";

    /** What the buttons do; implemented by the controller. */
    interface Actions {
        void copy(ApiKeyEntry entry, String field);

        void revealed(ApiKeyEntry entry, String field);

        void edit(ApiKeyEntry entry);

        void rotate(ApiKeyEntry entry);

        /** "Secret exposed?": the leak walk-through. */
        void exposed(ApiKeyEntry entry);

        void revoke(ApiKeyEntry entry);

        void delete(ApiKeyEntry entry);

        /** Asks the key's exchange what it knows about the key (after consent, once per vault). */
        void checkWithExchange(ApiKeyEntry entry);

        /** Writes the last check's differences into the entry, with an Undo. */
        void useExchangeValues(ApiKeyEntry entry, dev.apikeep.domain.KeyCheck check);
    }

    /** The last "Check with exchange" result per key, kept by the controller. */
    private java.util.function.Function<java.util.UUID, dev.apikeep.domain.KeyCheck> lastChecks = id -> null;

    void setLastChecks(java.util.function.Function<java.util.UUID, dev.apikeep.domain.KeyCheck> lastChecks) {
        this.lastChecks = lastChecks;
    }

    /** The bot kits holding a key, in words ("" for none), kept by the controller. */
    private java.util.function.Function<java.util.UUID, String> kits = id -> ""; void setKits(java.util.function.Function<java.util.UUID, String> k) { kits = k; }

    private final Actions actions;
    private final List<PauseTransition> hiders = new ArrayList<>();
    /** Per field of the shown key: shows its value for the given time (used to keep a reveal across a refresh). */
    private final java.util.Map<String, java.util.function.Consumer<Duration>> revealers = new java.util.HashMap<>();
    /** Per field of the shown key: its running hide timer, if the value is revealed. */
    private final java.util.Map<String, PauseTransition> hiderOf = new java.util.HashMap<>();
    private java.util.UUID shownId;
    private boolean readOnly; // set once the vault is open (the pane is built before it, see setReadOnly)

    KeyDetailPane(Actions actions) {
        this.actions = actions;
        getStyleClass().add(Styles.DETAIL_PANE);
        setSpacing(14);
        clear();
    }

    void setReadOnly(boolean readOnly) { this.readOnly = readOnly; }
    /** Nothing selected; also hides any revealed value. */
    void clear() {
        stopHiders();
        shownId = null;
        Label hint = new Label(Messages.get("keys.detail.selectAKey"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        getChildren().setAll(hint);
    }

    void show(ApiKeyEntry e, Exchange exchange, LocalDate today, int leadDays) {
        // Revealing records a use, and the refreshed entry comes back here: keep what was revealed
        // (for the time it had left) and the focus on its button, instead of masking it at once.
        java.util.Map<String, Duration> stillRevealed = new java.util.HashMap<>();
        if (e.id().equals(shownId)) {
            hiderOf.forEach((field, hide) -> {
                if (hide.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                    stillRevealed.put(field, hide.getDuration().subtract(hide.getCurrentTime()));
                }
            });
        }
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        String focusedId = focused != null && focused.getId() != null && isAncestorOf(focused) ? focused.getId() : null;
        stopHiders();
        shownId = e.id();
        Label title = new Label(e.label());
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        Label exchangeName = new Label(exchange.name() + (e.account().isBlank() ? "" : " · " + e.account()));
        exchangeName.getStyleClass().add(Styles.TEXT_MUTED);
        FlowPane badges = new FlowPane(6, 4);
        Label env = Badges.environment(e);
        if (env != null) badges.getChildren().add(env);
        if (e.isRevoked()) badges.getChildren().add(Badges.revoked());
        badges.getChildren().add(Badges.ip(e));
        if (!e.isRevoked()) badges.getChildren().add(Badges.expiry(e, exchange, today, leadDays));

        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.DETAIL_GRID);
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(90);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, values);
        int row = 0;
        row = secretRow(grid, row, e, Messages.get("keys.detail.apiKey"), "key", e.apiKey(), e.apiKey().masked());
        row = secretRow(grid, row, e, Messages.get("keys.detail.secret"), "secret", e.secret(), DOTS);
        if (e.hasPassphrase()) row = secretRow(grid, row, e, Messages.get("keys.detail.passphrase"), "passphrase", e.passphrase(), DOTS);
        FlowPane permissions = new FlowPane(6, 4);
        for (String p : e.permissions()) permissions.getChildren().add(new PermissionBadge(exchange, p, e));
        if (e.permissions().isEmpty()) permissions.getChildren().add(muted(Messages.get("keys.detail.noneRecorded")));
        row = add(grid, row, Messages.get("keys.detail.permissions"), permissions);
        row = add(grid, row, Messages.get("keys.detail.ipWhitelist"), e.isIpBound()
                ? text(String.join("\n", e.ipWhitelist().stream().map(Object::toString).toList()))
                : warning(Messages.get("keys.detail.anyIp")));
        row = add(grid, row, Messages.get("keys.detail.keyType"), text(e.keyType().name()));
        row = add(grid, row, Messages.get("keys.detail.environment"), text(e.environment().id()));
        row = add(grid, row, Messages.get("keys.detail.created"), text(e.createdAt().toString()));
        Optional<Expiry> expiry = KeyLifecycle.expiryOf(e, exchange);
        row = add(grid, row, Messages.get("keys.detail.expires"), expiry.map(x -> text(Messages.format("keys.detail.expiresOn", x.date().toString(), x.explanation()))).orElse(muted(Messages.get("keys.detail.noExpiry"))));
        if (e.rotateEveryDays() != null) {
            row = add(grid, row, Messages.get("keys.detail.rotate"), text(Messages.format("keys.detail.rotateEvery",
                    String.valueOf(e.rotateEveryDays()), KeyLifecycle.rotationDue(e).map(Object::toString).orElse(""))));
        }
        String status = Messages.get("keys.status." + KeyLifecycle.status(e, exchange, today));
        row = add(grid, row, Messages.get("keys.detail.status"), text(e.revokedAt() == null ? status : Messages.format("keys.detail.statusSince", status, e.revokedAt().toString())));
        row = add(grid, row, Messages.get("keys.detail.usedBy"), e.usedBy().isEmpty() ? muted(Messages.get("keys.detail.nobodyRecorded")) : text(String.join(", ", e.usedBy())));
        row = add(grid, row, Messages.get("keys.detail.botKits"), kits.apply(e.id()).isEmpty() ? muted(Messages.get("keys.detail.inNoKit")) : text(kits.apply(e.id())));
        row = add(grid, row, Messages.get("keys.detail.tags"), e.tags().isEmpty() ? muted(Messages.get("keys.detail.none")) : text(String.join(" ", e.tags().stream().map(t -> "#" + t).toList())));
        row = add(grid, row, Messages.get("keys.detail.lastUsed"), text(e.lastUsedAt() == null ? Messages.get("keys.detail.never")
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(e.lastUsedAt())));
        if (e.rotatedFrom() != null) row = add(grid, row, Messages.get("keys.detail.replaces"), muted(e.rotatedFrom().toString()));
        if (e.rotatedTo() != null) row = add(grid, row, Messages.get("keys.detail.replacedBy"), muted(e.rotatedTo().toString()));
        if (!e.notes().isBlank()) add(grid, row, Messages.get("keys.detail.notes"), text(e.notes()));

        Button edit = button(Messages.get("keys.detail.edit"), Feather.EDIT_2, "editButton", () -> actions.edit(e));
        Button revoke = button(Messages.get("keys.detail.revoke"), Feather.SLASH, "revokeButton", () -> actions.revoke(e));
        revoke.getStyleClass().add(Styles.WARNING);
        revoke.setDisable(e.isRevoked());
        Button delete = button(Messages.get("keys.detail.delete"), Feather.TRASH_2, "deleteButton", () -> actions.delete(e));
        delete.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        Button rotate = button(Messages.get("keys.detail.rotate"), Feather.REFRESH_CW, "rotateButton", () -> actions.rotate(e));
        rotate.setDisable(e.isRevoked());
        rotate.setTooltip(new Tooltip(Messages.get("keys.detail.rotate.tooltip")));
        // a narrow detail pane wraps the actions onto a second line instead of cutting them to "Ro…"
        FlowPane buttons = new FlowPane(8, 8, rotate, edit, revoke, delete);
        for (Button b : List.of(rotate, edit, revoke, delete)) b.setMinWidth(Button.USE_PREF_SIZE);
        buttons.setDisable(readOnly);
        javafx.scene.control.Hyperlink exposed = new javafx.scene.control.Hyperlink(Messages.get("keys.detail.exposed"), new FontIcon(Feather.ALERT_OCTAGON));
        exposed.setId("exposedLink");
        exposed.getStyleClass().add(Styles.EXPOSED_LINK);
        exposed.setOnAction(x -> actions.exposed(e));
        exposed.setDisable(readOnly || e.isRevoked());
        VBox exchangeCheck = ExchangeCheckView.of(e, exchange, lastChecks.apply(e.id()), actions, readOnly);
        getChildren().setAll(new VBox(2, title, exchangeName), badges, grid, exchangeCheck, buttons, exposed);
        stillRevealed.forEach((field, left) -> {
            java.util.function.Consumer<Duration> reveal = revealers.get(field);
            if (reveal != null) reveal.accept(left);
        });
        if (focusedId != null) {
            Node again = lookup("#" + focusedId);
            if (again != null) again.requestFocus();
        }
    }

    private boolean isAncestorOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (n == this) return true;
        return false;
    }

    private int secretRow(GridPane grid, int row, ApiKeyEntry e, String name, String field, SecretBytes secret, String hidden) {
        Label value = new Label(hidden);
        value.getStyleClass().addAll(Styles.SECRET_VALUE, Styles.TEXT_MONOSPACE);
        value.setId(field + "Value");
        value.setWrapText(true);
        value.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(value, Priority.ALWAYS);
        PauseTransition hide = new PauseTransition(Duration.seconds(REVEAL_SECONDS));
        hiders.add(hide);
        Button reveal = iconButton(Feather.EYE, Messages.format("keys.detail.reveal", name.toLowerCase(java.util.Locale.ROOT)),
                Messages.format("keys.detail.revealFor", String.valueOf(REVEAL_SECONDS)), field + "Reveal");
        hide.setOnFinished(x -> {
            value.setText(hidden);
            reveal.setGraphic(new FontIcon(Feather.EYE));
        });
        java.util.function.Consumer<Duration> showFor = left -> {
            value.setText(secret.reveal());
            reveal.setGraphic(new FontIcon(Feather.EYE_OFF));
            hide.setDuration(left);
            hide.playFromStart();
        };
        revealers.put(field, showFor);
        hiderOf.put(field, hide);
        reveal.setOnAction(x -> {
            if (hide.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                hide.stop();
                hide.getOnFinished().handle(null);
                return;
            }
            showFor.accept(Duration.seconds(REVEAL_SECONDS));
            actions.revealed(e, field);
        });
        Button copy = iconButton(Feather.COPY, Messages.format("keys.detail.copy", name.toLowerCase(java.util.Locale.ROOT)),
                Messages.format("keys.detail.copy.tooltip", name.toLowerCase(java.util.Locale.ROOT)), field + "Copy");
        copy.setOnAction(x -> actions.copy(e, field));
        HBox box = new HBox(4, value, reveal, copy);
        box.setAlignment(Pos.CENTER_LEFT);
        int next = add(grid, row, name, box);
        // the value sits in the middle of its taller icon buttons: centre the name on it too
        grid.getChildren().stream().filter(n -> GridPane.getRowIndex(n) == row && GridPane.getColumnIndex(n) == 0)
                .forEach(n -> GridPane.setValignment(n, javafx.geometry.VPos.CENTER));
        return next;
    }

    private void stopHiders() {
        hiders.forEach(PauseTransition::stop);
        hiders.clear();
        revealers.clear();
        hiderOf.clear();
    }

    private static int add(GridPane grid, int row, String name, Node value) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.FIELD_NAME);
        label.setMinWidth(Label.USE_PREF_SIZE);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        grid.addRow(row, label, value);
        return row + 1;
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        return l;
    }

    private static Label muted(String s) {
        Label l = text(s);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private static Label warning(String s) {
        Label l = text(s);
        l.getStyleClass().add(Styles.WARNING);
        l.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        return l;
    }

    /** A button that shows only an icon: a screen reader reads {@code accessibleName}, the mouse shows the tooltip. */
    private static Button iconButton(Feather icon, String accessibleName, String tooltip, String id) {
        Button b = new Button(null, new FontIcon(icon));
        b.setAccessibleText(accessibleName);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tooltip));
        b.setId(id);
        return b;
    }

    private static Button button(String text, Feather icon, String id, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setOnAction(x -> action.run());
        return b;
    }
}
