package dev.apikeep.exchange.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Kraken REST. API-Sign = base64 HMAC-SHA512(base64-decoded secret, path + SHA-256(nonce + body)); the
 * nonce must grow with every call. Kraken has no time window, only the nonce. Errors are HTTP 200
 * with a non-empty {@code error} array.
 */
public final class FakeKraken extends FakeExchange {
    private long lastNonce;

    public final ObjectNode result = parse("""
            {"apiKeyName":"grid bot","apiKey":"","nonce":"0","nonceWindow":0,
             "permissions":["query-funds","query-open-trades","query-closed-trades","modify-trades","close-trades"],
             "iban":"AA11 N84G WPLZ UZKS","validUntil":"0","queryFrom":"0","queryTo":"0","createdTime":"1739176200",
             "modifiedTime":"1739176200","ipAllowlist":["203.0.113.7/32"],"lastUsed":"1739200000"}""");

    public FakeKraken() {
        super("kraken");
        secret = Base64.getEncoder().encodeToString(("kraken-secret-" + System.nanoTime() + "-do-not-send").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected String keyInfoPath() {
        return "/0/private/GetApiKeyInfo";
    }

    @Override
    protected void handle(HttpExchange http, Received r) throws IOException {
        if (r.uri().startsWith("/0/public/Time")) {
            long server = now();
            send(http, 200, object().<ObjectNode>set("error", JSON.createArrayNode()).<ObjectNode>set("result",
                    object().put("unixtime", server / 1000).put("rfc1123", "Fri,  4 Dec 26 16:00:00 +0000")));
            return;
        }
        if (!r.uri().startsWith(keyInfoPath()) || !r.method().equals("POST")) {
            send(http, 404, "");
            return;
        }
        if (!apiKey.equals(r.header("API-Key")) || trouble == Trouble.EXPIRED) {
            fail(http, "EAPI:Invalid key");
            return;
        }
        long nonce;
        try {
            nonce = Long.parseLong(r.body().replaceFirst("^.*nonce=(\\d+).*$", "$1"));
        } catch (NumberFormatException e) {
            fail(http, "EAPI:Invalid nonce");
            return;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((nonce + r.body()).getBytes(StandardCharsets.UTF_8));
            byte[] path = keyInfoPath().getBytes(StandardCharsets.UTF_8);
            byte[] message = new byte[path.length + hash.length];
            System.arraycopy(path, 0, message, 0, path.length);
            System.arraycopy(hash, 0, message, path.length, hash.length);
            String expected = Base64.getEncoder().encodeToString(hmac("HmacSHA512", Base64.getDecoder().decode(secret), message));
            if (!constantTimeEquals(expected, r.header("API-Sign"))) {
                fail(http, "EAPI:Invalid signature");
                return;
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        synchronized (this) {
            if (nonce <= lastNonce) {
                fail(http, "EAPI:Invalid nonce");
                return;
            }
            lastNonce = nonce;
        }
        if (trouble == Trouble.IP_NOT_ALLOWED) {
            fail(http, "EGeneral:Permission denied");
            return;
        }
        send(http, 200, object().<ObjectNode>set("error", JSON.createArrayNode()).<ObjectNode>set("result",
                result.deepCopy().put("apiKey", apiKey).put("nonce", Long.toString(nonce))));
    }

    private static void fail(HttpExchange http, String error) throws IOException {
        send(http, 200, object().set("error", JSON.createArrayNode().add(error)));
    }
}
