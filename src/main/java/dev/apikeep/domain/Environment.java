package dev.apikeep.domain;

import java.util.Locale;

/** Where a key works: real money, or an exchange's testnet/demo trading. */
public enum Environment {
    MAINNET, TESTNET;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts "mainnet", "testnet", and "demo" (an alias some exchanges use for testnet). */
    public static Environment parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "mainnet", "main", "live", "production" -> MAINNET;
            case "testnet", "test", "demo" -> TESTNET;
            default -> throw new IllegalArgumentException(Messages.format("input.environment.unknown", text));
        };
    }
}
