package dev.apikeep.app;

/**
 * Damage of one kind ({@link Kind#DAMAGED}, exit 4): the vault's header (KDF settings, salt or vault
 * id) was edited since the vault last unlocked on this machine. The password is right: the header
 * remembered here ({@link SeenVaults}) still unwraps the key. The vault is not opened for use, and no
 * failed unlock is counted. The desktop app says so in its own words, rather than "an entry is damaged".
 */
public final class HeaderChangedException extends AppException {
    HeaderChangedException(String message, Throwable cause) {
        super(Kind.DAMAGED, message, cause);
    }
}
