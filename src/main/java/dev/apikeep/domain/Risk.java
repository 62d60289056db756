package dev.apikeep.domain;

/** How much harm a permission allows if the key leaks. Always shown with a text label, never colour alone. */
public enum Risk {
    LOW("low"), MEDIUM("medium"), HIGH("high");

    private final String label;

    Risk(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
