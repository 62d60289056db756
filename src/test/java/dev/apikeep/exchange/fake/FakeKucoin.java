package dev.apikeep.exchange.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * KuCoin. KC-API-SIGN = base64 HMAC-SHA256(secret, timestamp + method + endpoint + body), accepted
 * within ±5 s; KC-API-PASSPHRASE is base64 HMAC-SHA256(secret, passphrase) for key versions 2 and 3,
 * the plain passphrase for version 1. The IP list comes back partly masked.
 */
public final class FakeKucoin extends FakeExchange {
    public final ObjectNode data = parse("""
            {"remark":"grid bot","apiKey":"","apiVersion":3,"permission":"General,Spot",
             "ipWhitelist":"203.**.7","createdAt":1739176200000,"uid":165111215,"isMaster":true}""");

    public FakeKucoin() {
        super("kucoin");
        passphrase = "kucoin-passphrase-1";
    }

    @Override
    protected String keyInfoPath() {
        return "/api/v1/user/api-key";
    }

    @Override
    protected void handle(HttpExchange http, Received r) throws IOException {
        if (r.uri().startsWith("/api/v1/timestamp")) {
            send(http, 200, object().put("code", "200000").put("msg", "success").put("data", now()));
            return;
        }
        if (!r.uri().startsWith(keyInfoPath())) {
            send(http, 404, "{\"code\":\"404000\",\"msg\":\"Not Found\"}");
            return;
        }
        if (!apiKey.equals(r.header("KC-API-KEY")) || trouble == Trouble.EXPIRED) {
            fail(http, "400003", "KC-API-KEY not exists");
            return;
        }
        long timestamp = Long.parseLong(r.header("KC-API-TIMESTAMP"));
        if (Math.abs(now() - timestamp) > 5000) {
            fail(http, "400002", "KC-API-TIMESTAMP Invalid -- Time differs from server time by more than 5 seconds");
            return;
        }
        if (!constantTimeEquals(hmacBase64(r.header("KC-API-TIMESTAMP") + r.method() + r.uri() + r.body()), r.header("KC-API-SIGN"))) {
            fail(http, "400005", "Invalid KC-API-SIGN");
            return;
        }
        String version = r.header("KC-API-KEY-VERSION");
        String expectedPassphrase = "1".equals(version) ? passphrase : hmacBase64(passphrase);
        if (!constantTimeEquals(expectedPassphrase, r.header("KC-API-PASSPHRASE"))) {
            fail(http, "400004", "Invalid KC-API-PASSPHRASE");
            return;
        }
        if (trouble == Trouble.IP_NOT_ALLOWED) {
            fail(http, "400006", "Invalid request ip, the current clientIp is:192.0.2.10");
            return;
        }
        send(http, 200, object().put("code", "200000").set("data", data.deepCopy().put("apiKey", apiKey)));
    }

    private static void fail(HttpExchange http, String code, String message) throws IOException {
        send(http, 401, object().put("code", code).put("msg", message));
    }
}
