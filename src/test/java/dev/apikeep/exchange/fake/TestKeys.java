package dev.apikeep.exchange.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

/** Fresh key pairs and their private halves as the PEM texts exchanges hand out. */
public final class TestKeys {
    private TestKeys() {
    }

    public static KeyPair generate(String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.equals("EC") ? "EC" : algorithm);
            if (algorithm.equals("RSA")) generator.initialize(2048);
            if (algorithm.equals("EC")) generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "-----BEGIN PRIVATE KEY-----" (PKCS#8). */
    public static String pkcs8Pem(KeyPair pair) {
        return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
    }

    /** "-----BEGIN EC PRIVATE KEY-----" (SEC1), as Coinbase's key download holds it. */
    public static String sec1Pem(KeyPair pair) {
        try {
            byte[] sec1 = PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded()).parsePrivateKey().toASN1Primitive().getEncoded();
            return pem("EC PRIVATE KEY", sec1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "-----BEGIN RSA PRIVATE KEY-----" (PKCS#1), as older tools write RSA keys. */
    public static String pkcs1Pem(KeyPair pair) {
        try {
            byte[] pkcs1 = PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded()).parsePrivateKey().toASN1Primitive().getEncoded();
            return pem("RSA PRIVATE KEY", pkcs1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Coinbase's newer Ed25519 secret: base64 of the 32-byte seed and the 32-byte public key. */
    public static String rawEd25519(KeyPair pair) {
        byte[] pkcs8 = pair.getPrivate().getEncoded();
        byte[] x509 = pair.getPublic().getEncoded();
        byte[] raw = new byte[64];
        System.arraycopy(pkcs8, pkcs8.length - 32, raw, 0, 32);
        System.arraycopy(x509, x509.length - 32, raw, 32, 32);
        return Base64.getEncoder().encodeToString(raw);
    }

    /** The base64 body of a PEM text on one line: what must never travel. */
    public static String pemBody(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
