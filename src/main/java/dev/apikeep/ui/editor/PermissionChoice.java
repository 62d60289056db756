package dev.apikeep.ui.editor;

import dev.apikeep.domain.Permission;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One permission checkbox of the editor: the catalog's permission and whether it is ticked. */
public final class PermissionChoice {
    private final Permission permission;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");

    PermissionChoice(Permission permission, boolean selected) {
        this.permission = permission;
        this.selected.set(selected);
    }

    public Permission permission() {
        return permission;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean value) {
        selected.set(value);
    }
}
