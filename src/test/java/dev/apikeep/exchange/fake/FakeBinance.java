package dev.apikeep.exchange.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Binance SAPI. The signature is the last query parameter: hex HMAC-SHA256 of everything before
 * {@code &signature=}, or base64 (URL-encoded) RSA PKCS#1 v1.5 SHA-256 / Ed25519. Accepted while
 * timestamp < server + 1000 and server − timestamp ≤ recvWindow.
 */
public final class FakeBinance extends FakeExchange {
    /** "RSA" or "Ed25519" when {@link #publicKey} is set. */
    public String keyAlgorithm = "Ed25519";

    public final ObjectNode restrictions = parse("""
            {"ipRestrict":true,"createTime":1739176200000,"enableInternalTransfer":false,"enableFutures":false,
             "enablePortfolioMarginTrading":false,"enableVanillaOptions":false,"permitsUniversalTransfer":false,
             "enableReading":true,"enableSpotAndMarginTrading":true,"enableWithdrawals":false,"enableMargin":false,
             "enableFixApiTrade":false,"enableFixReadOnly":false}""");

    public FakeBinance() {
        super("binance");
    }

    @Override
    protected String keyInfoPath() {
        return "/sapi/v1/account/apiRestrictions";
    }

    @Override
    protected void handle(HttpExchange http, Received r) throws IOException {
        long server = now();
        if (r.uri().startsWith("/api/v3/time")) {
            send(http, 200, object().put("serverTime", server));
            return;
        }
        if (!r.uri().startsWith(keyInfoPath())) {
            send(http, 404, "");
            return;
        }
        if (!apiKey.equals(r.header("X-MBX-APIKEY")) || trouble == Trouble.IP_NOT_ALLOWED || trouble == Trouble.EXPIRED) {
            fail(http, 401, -2015, "Invalid API-key, IP, or permissions for action.");
            return;
        }
        String query = r.uri().substring(r.uri().indexOf('?') + 1);
        int at = query.lastIndexOf("&signature=");
        if (at < 0) {
            fail(http, 400, -1102, "Mandatory parameter 'signature' was not sent, was empty/null, or malformed.");
            return;
        }
        String payload = query.substring(0, at);
        String signature = URLDecoder.decode(query.substring(at + "&signature=".length()), StandardCharsets.UTF_8);
        long timestamp = Long.parseLong(param(payload, "timestamp"));
        long window = Long.parseLong(param(payload, "recvWindow"));
        if (!(timestamp < server + 1000 && server - timestamp <= window)) {
            fail(http, 400, -1021, "Timestamp for this request is outside of the recvWindow.");
            return;
        }
        boolean good;
        if (publicKey == null) {
            good = constantTimeEquals(hmacHex(payload), signature);
        } else {
            String algorithm = keyAlgorithm.equals("RSA") ? "SHA256withRSA" : "Ed25519";
            good = verifies(algorithm, payload, Base64.getDecoder().decode(signature));
        }
        if (!good) {
            fail(http, 400, -1022, "Signature for this request is not valid.");
            return;
        }
        send(http, 200, restrictions);
    }

    private static String param(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) return pair.substring(name.length() + 1);
        }
        return "0";
    }

    private void fail(HttpExchange http, int status, int code, String message) throws IOException {
        send(http, status, object().put("code", code).put("msg", message));
    }
}
