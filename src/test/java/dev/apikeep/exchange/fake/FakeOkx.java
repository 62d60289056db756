package dev.apikeep.exchange.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Instant;

/**
 * OKX v5. OK-ACCESS-SIGN = base64 HMAC-SHA256(secret, timestamp + method + requestPath + body), the
 * timestamp ISO 8601 with milliseconds, accepted within ±30 s; the passphrase comes in clear.
 * Errors are HTTP 401 with a string {@code code}. A demo key is only valid with {@code x-simulated-trading: 1}.
 */
public final class FakeOkx extends FakeExchange {
    public boolean demo;

    public final ObjectNode config = parse("""
            {"acctLv":"2","autoLoan":false,"ctIsoMode":"automatic","greeksType":"PA","label":"grid bot",
             "level":"Lv1","levelTmp":"","mainUid":"44705892343619584","mgnIsoMode":"automatic","opAuth":"0",
             "perm":"read_only,trade","posMode":"long_short_mode","roleType":"0","spotRoleType":"0",
             "traderInsts":[],"uid":"44705892343619584","ip":"203.0.113.7,198.51.100.0/24","kycLv":"2",
             "type":"0","liquidationGear":"-1","enableSpotBorrow":false,"spotBorrowAutoRepay":false}""");

    public FakeOkx() {
        super("okx");
        passphrase = "okx-passphrase-1";
    }

    @Override
    protected String keyInfoPath() {
        return "/api/v5/account/config";
    }

    @Override
    protected void handle(HttpExchange http, Received r) throws IOException {
        if (r.uri().startsWith("/api/v5/public/time")) {
            send(http, 200, object().put("code", "0").put("msg", "")
                    .set("data", JSON.createArrayNode().add(object().put("ts", Long.toString(now())))));
            return;
        }
        if (!r.uri().startsWith(keyInfoPath())) {
            send(http, 404, "");
            return;
        }
        String timestamp = r.header("OK-ACCESS-TIMESTAMP");
        if (!apiKey.equals(r.header("OK-ACCESS-KEY")) || trouble == Trouble.EXPIRED) {
            fail(http, "50111", "Invalid OK-ACCESS-KEY");
            return;
        }
        if (demo != "1".equals(r.header("x-simulated-trading"))) {
            fail(http, "50101", "APIKey does not match current environment.");
            return;
        }
        long sent;
        try {
            sent = Instant.parse(timestamp).toEpochMilli();
        } catch (RuntimeException e) {
            fail(http, "50112", "Invalid OK-ACCESS-TIMESTAMP");
            return;
        }
        if (Math.abs(now() - sent) > 30_000) {
            fail(http, "50102", "Timestamp request expired");
            return;
        }
        if (!constantTimeEquals(hmacBase64(timestamp + r.method() + r.uri() + r.body()), r.header("OK-ACCESS-SIGN"))) {
            fail(http, "50113", "Invalid Sign");
            return;
        }
        if (!passphrase.equals(r.header("OK-ACCESS-PASSPHRASE"))) {
            fail(http, "50105", "OK-ACCESS-PASSPHRASE incorrect.");
            return;
        }
        if (trouble == Trouble.IP_NOT_ALLOWED) {
            fail(http, "50110", "Your IP 192.0.2.10 is not included in your API key's IP whitelist.");
            return;
        }
        send(http, 200, object().put("code", "0").put("msg", "").set("data", JSON.createArrayNode().add(config)));
    }

    private static void fail(HttpExchange http, String code, String message) throws IOException {
        send(http, 401, object().put("msg", message).put("code", code));
    }
}
