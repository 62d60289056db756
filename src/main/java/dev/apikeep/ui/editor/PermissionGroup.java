package dev.apikeep.ui.editor;

import java.util.List;

/** The exchange's own heading (e.g. Bybit's "Wallet") and the permission checkboxes under it. */
public record PermissionGroup(String name, List<PermissionChoice> choices) {
    public PermissionGroup {
        choices = List.copyOf(choices);
    }
}
