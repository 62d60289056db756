package dev.apikeep.exchange.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Base64;

/**
 * Bybit v5. Signature: hex HMAC-SHA256(secret, timestamp + apiKey + recvWindow + queryString), or for
 * RSA keys base64 RSA-SHA256 of the same; accepted while server − recvWindow ≤ timestamp < server + 1000.
 * Errors come as HTTP 200 with a {@code retCode}.
 */
public final class FakeBybit extends FakeExchange {
    /** The documented {@code result} of query-api; tests change it to make the exchange disagree. */
    public final ObjectNode result = parse("""
            {"id":"13770661","note":"grid bot","apiKey":"","readOnly":0,"secret":"",
             "permissions":{"ContractTrade":["Order","Position"],"Spot":["SpotTrade"],"Wallet":[],"Options":[],
               "Derivatives":[],"CopyTrading":[],"BlockTrade":[],"Exchange":[],"NFT":[],"Affiliate":[]},
             "ips":["203.0.113.7"],"type":1,"deadlineDay":83,"expiredAt":"1970-01-01T00:00:00Z",
             "createdAt":"2026-02-10T08:30:00Z","unified":0,"uta":1,"userID":24617703,"inviterID":0,
             "vipLevel":"No VIP","mktMakerLevel":"0","affiliateID":0,"rsaPublicKey":"","isMaster":true,
             "parentUid":"0","kycLevel":"LEVEL_DEFAULT","kycRegion":""}""");

    public FakeBybit() {
        super("bybit");
    }

    @Override
    protected String keyInfoPath() {
        return "/v5/user/query-api";
    }

    @Override
    protected void handle(HttpExchange http, Received r) throws IOException {
        long server = now();
        if (r.uri().startsWith("/v5/market/time")) {
            ObjectNode time = object().put("timeSecond", Long.toString(server / 1000)).put("timeNano", Long.toString(server * 1_000_000));
            send(http, 200, object().put("retCode", 0).put("retMsg", "OK").<ObjectNode>set("result", time).put("time", server));
            return;
        }
        if (!r.uri().startsWith(keyInfoPath())) {
            send(http, 404, "{\"retCode\":10001,\"retMsg\":\"path not found\"}");
            return;
        }
        String key = r.header("X-BAPI-API-KEY");
        String timestamp = r.header("X-BAPI-TIMESTAMP");
        String window = r.header("X-BAPI-RECV-WINDOW");
        String sign = r.header("X-BAPI-SIGN");
        String query = r.uri().contains("?") ? r.uri().substring(r.uri().indexOf('?') + 1) : "";
        if (!apiKey.equals(key)) {
            fail(http, 10003, "API key is invalid.");
            return;
        }
        long ts = Long.parseLong(timestamp);
        long recv = window == null ? 5000 : Long.parseLong(window);
        if (!(server - recv <= ts && ts < server + 1000)) {
            fail(http, 10002, "invalid request, please check your server timestamp or recv_window param. req_timestamp["
                    + ts + "],server_timestamp[" + server + "],recv_window[" + recv + "]");
            return;
        }
        String origin = timestamp + key + (window == null ? "" : window) + query;
        boolean good = publicKey == null ? constantTimeEquals(hmacHex(origin), sign)
                : sign != null && verifies("SHA256withRSA", origin, Base64.getDecoder().decode(sign));
        if (!good) {
            fail(http, 10004, "error sign! origin_string[" + origin + "]");
            return;
        }
        if (trouble == Trouble.EXPIRED) {
            fail(http, 33004, "Your api key has expired.");
            return;
        }
        if (trouble == Trouble.IP_NOT_ALLOWED) {
            fail(http, 10010, "Unmatched IP, please check your API key's bound IP addresses.");
            return;
        }
        ObjectNode answer = result.deepCopy().put("apiKey", apiKey);
        send(http, 200, object().put("retCode", 0).put("retMsg", "").<ObjectNode>set("result", answer)
                .<ObjectNode>set("retExtInfo", object()).put("time", server));
    }

    private void fail(HttpExchange http, int code, String message) throws IOException {
        send(http, 200, object().put("retCode", code).put("retMsg", message).<ObjectNode>set("result", object())
                .<ObjectNode>set("retExtInfo", object()).put("time", now()));
    }
}
