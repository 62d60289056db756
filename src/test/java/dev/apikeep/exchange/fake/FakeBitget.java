package dev.apikeep.exchange.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Base64;

/**
 * Bitget v2. ACCESS-SIGN = base64 HMAC-SHA256(secret, timestamp + method + requestPath + ["?" + query] + body),
 * or base64 RSA-SHA256 of the same for RSA keys; the passphrase comes in clear. Errors are HTTP 400
 * with a string {@code code}. The account-info answer describes the calling key's authorities.
 */
public final class FakeBitget extends FakeExchange {
    public final ObjectNode data = parse("""
            {"userId":"1886473910","inviterId":"0","ips":"203.0.113.7","authorities":["stor","stow","coor"],
             "parentId":1886473910,"traderType":"0","channelCode":"","channel":"","regisTime":"1600000000000"}""");

    public FakeBitget() {
        super("bitget");
        passphrase = "bitget-passphrase-1";
    }

    @Override
    protected String keyInfoPath() {
        return "/api/v2/spot/account/info";
    }

    @Override
    protected void handle(HttpExchange http, Received r) throws IOException {
        if (r.uri().startsWith("/api/v2/public/time")) {
            send(http, 200, object().put("code", "00000").put("msg", "success").put("requestTime", now())
                    .set("data", object().put("serverTime", Long.toString(now()))));
            return;
        }
        if (!r.uri().startsWith(keyInfoPath())) {
            send(http, 404, "");
            return;
        }
        if (!apiKey.equals(r.header("ACCESS-KEY")) || trouble == Trouble.EXPIRED) {
            fail(http, "40006", "Invalid ACCESS_KEY");
            return;
        }
        long timestamp = Long.parseLong(r.header("ACCESS-TIMESTAMP"));
        if (Math.abs(now() - timestamp) > 30_000) {
            fail(http, "40008", "Request timestamp expired");
            return;
        }
        String origin = r.header("ACCESS-TIMESTAMP") + r.method() + r.uri() + r.body();
        String sign = r.header("ACCESS-SIGN");
        boolean good = publicKey == null ? constantTimeEquals(hmacBase64(origin), sign)
                : sign != null && verifies("SHA256withRSA", origin, Base64.getDecoder().decode(sign));
        if (!good) {
            fail(http, "40009", "sign signature error");
            return;
        }
        if (!passphrase.equals(r.header("ACCESS-PASSPHRASE"))) {
            fail(http, "40012", "apikey/password is incorrect");
            return;
        }
        if (trouble == Trouble.IP_NOT_ALLOWED) {
            fail(http, "40018", "Invalid IP");
            return;
        }
        send(http, 200, object().put("code", "00000").put("msg", "success").put("requestTime", now()).set("data", data));
    }

    private void fail(HttpExchange http, String code, String message) throws IOException {
        send(http, 400, object().put("code", code).put("msg", message).put("requestTime", now()).putNull("data"));
    }
}
