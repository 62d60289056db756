package dev.apikeep.exchange;

import dev.apikeep.domain.KeyType;
import dev.apikeep.domain.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * The signatures exchanges ask for, with JDK crypto: HMAC-SHA256/512 over the secret's bytes, and
 * RSA / Ed25519 / ECDSA P-256 over a PEM private key. The secret's bytes are copied only for the
 * moment of signing and wiped after; what leaves this class is a signature, never the secret.
 */
final class Signing {
    private Signing() {
    }

    static byte[] hmacSha256(SecretBytes secret, String data) {
        return hmac("HmacSHA256", secret, data.getBytes(StandardCharsets.UTF_8));
    }

    static String hmacSha256Hex(SecretBytes secret, String data) {
        return HexFormat.of().formatHex(hmacSha256(secret, data));
    }

    static String hmacSha256Base64(SecretBytes secret, String data) {
        return Base64.getEncoder().encodeToString(hmacSha256(secret, data));
    }

    private static byte[] hmac(String algorithm, SecretBytes secret, byte[] data) {
        byte[] key = secret.copyBytes();
        try {
            return hmacWithKey(algorithm, key, data);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    static byte[] hmacWithKey(String algorithm, byte[] key, byte[] data) {
        if (key.length == 0) throw ExchangeException.rejected("the stored secret is empty");
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is missing from this Java runtime", e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** A base64 RSA-SHA256 (PKCS#1 v1.5) or Ed25519 signature with the PEM private key held as the secret. */
    static String signatureBase64(SecretBytes pem, KeyType type, String data) {
        String algorithm = switch (type) {
            case RSA -> "SHA256withRSA";
            case ED25519 -> "Ed25519";
            case ECDSA -> "SHA256withECDSAinP1363Format";
            case HMAC -> throw new IllegalArgumentException("HMAC keys are not private keys");
        };
        return Base64.getEncoder().encodeToString(sign(privateKey(pem, type), algorithm, data.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] sign(PrivateKey key, String algorithm, byte[] data) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw ExchangeException.rejected("the stored private key cannot sign (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The private key in the secret: PEM PKCS#8 ("PRIVATE KEY"), PKCS#1 ("RSA PRIVATE KEY") or SEC1
     * ("EC PRIVATE KEY", as Coinbase hands them out, also with literal {@code \n}); for Ed25519 also
     * bare base64 of the 32-byte seed or 64-byte seed-and-public key (Coinbase's newer keys).
     */
    static PrivateKey privateKey(SecretBytes secret, KeyType type) {
        char[] chars = secret.copyChars();
        byte[] der = null;
        try {
            String text = new String(chars).replace("\\n", "\n").strip();
            der = text.startsWith("-----BEGIN") ? pkcs8FromPem(text) : rawEd25519(text, type);
            String algorithm = switch (type) {
                case RSA -> "RSA";
                case ED25519 -> "Ed25519";
                case ECDSA -> "EC";
                case HMAC -> throw new IllegalArgumentException("HMAC keys are not private keys");
            };
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw ExchangeException.rejected("the stored secret is not a " + type.id().toUpperCase(java.util.Locale.ROOT)
                    + " private key ApiKeep can read (PEM PKCS#8, PKCS#1 or SEC1)");
        } finally {
            Arrays.fill(chars, '\0');
            if (der != null) Arrays.fill(der, (byte) 0);
        }
    }

    private static byte[] pkcs8FromPem(String pem) {
        String kind = pem.substring("-----BEGIN ".length(), pem.indexOf("-----", 5));
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(body);
        try {
            return switch (kind) {
                case "PRIVATE KEY" -> der;
                case "RSA PRIVATE KEY" -> new PrivateKeyInfo(
                        new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                        org.bouncycastle.asn1.pkcs.RSAPrivateKey.getInstance(der)).getEncoded();
                case "EC PRIVATE KEY" -> {
                    ECPrivateKey ec = ECPrivateKey.getInstance(der);
                    Object curve = ec.getParametersObject() != null ? ec.getParametersObject() : SECObjectIdentifiers.secp256r1;
                    yield new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                            (org.bouncycastle.asn1.ASN1Encodable) curve), ec).getEncoded();
                }
                default -> throw new IllegalArgumentException("unknown PEM type");
            };
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("unreadable PEM", e);
        } finally {
            if (!"PRIVATE KEY".equals(kind)) Arrays.fill(der, (byte) 0);
        }
    }

    /** PKCS#8 for an Ed25519 seed: the fixed 16-byte prefix of RFC 8410, then the 32 seed bytes. */
    private static byte[] rawEd25519(String base64, KeyType type) {
        if (type != KeyType.ED25519) throw new IllegalArgumentException("not PEM");
        byte[] raw = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
        try {
            if (raw.length != 32 && raw.length != 64) throw new IllegalArgumentException("not an Ed25519 seed");
            byte[] prefix = HexFormat.of().parseHex("302e020100300506032b657004220420");
            byte[] der = Arrays.copyOf(prefix, prefix.length + 32);
            System.arraycopy(raw, 0, der, prefix.length, 32);
            return der;
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
