package dev.apikeep.exchange.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Coinbase Advanced. {@code Authorization: Bearer <JWT>}: alg ES256 (P-256, raw R‖S) or EdDSA; kid and
 * sub = the key name; iss = cdp; nbf ≤ now < exp; uri = "GET host/path" of this request. A bad token
 * is HTTP 401 "Unauthorized"; a key without the scope is 403.
 */
public final class FakeCoinbase extends FakeExchange {
    public final ObjectNode permissions = parse("""
            {"can_view":true,"can_trade":true,"can_transfer":false,
             "portfolio_uuid":"8f3c2a1e-0000-4000-8000-000000000001","portfolio_type":"DEFAULT","can_receive":true}""");

    public FakeCoinbase() {
        super("coinbase");
        apiKey = "organizations/0e2c1f7a-0000-4000-8000-00000000000a/apiKeys/5b1d9c3e-0000-4000-8000-00000000000b";
    }

    @Override
    protected String keyInfoPath() {
        return "/api/v3/brokerage/key_permissions";
    }

    @Override
    protected void handle(HttpExchange http, Received r) throws IOException {
        if (r.uri().startsWith("/api/v3/brokerage/time")) {
            long server = now();
            send(http, 200, object().put("iso", java.time.Instant.ofEpochMilli(server).toString())
                    .put("epochSeconds", Long.toString(server / 1000)).put("epochMillis", Long.toString(server)));
            return;
        }
        if (!r.uri().startsWith(keyInfoPath())) {
            send(http, 404, "");
            return;
        }
        String why = refusal(r);
        if (why != null) {
            http.getResponseHeaders().add("X-Fake-Reason", why);
            send(http, 401, "Unauthorized");
            return;
        }
        if (trouble == Trouble.IP_NOT_ALLOWED) {
            send(http, 403, "{\"error\":\"PERMISSION_DENIED\",\"message\":\"request IP not allowed\"}");
            return;
        }
        send(http, 200, permissions);
    }

    /** Why the token is refused, or null when it is good. */
    private String refusal(Received r) {
        String authorization = r.header("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) return "no bearer token";
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        if (parts.length != 3) return "not a JWT";
        Base64.Decoder url = Base64.getUrlDecoder();
        JsonNode header = parse(new String(url.decode(parts[0]), StandardCharsets.UTF_8));
        JsonNode claims = parse(new String(url.decode(parts[1]), StandardCharsets.UTF_8));
        if (!apiKey.equals(header.path("kid").asText()) || !apiKey.equals(claims.path("sub").asText())) return "unknown key";
        if (trouble == Trouble.EXPIRED) return "key deleted";
        if (!header.path("nonce").isTextual() || header.path("nonce").asText().isEmpty()) return "no nonce";
        if (!"cdp".equals(claims.path("iss").asText())) return "wrong issuer";
        long now = now() / 1000;
        if (claims.path("nbf").asLong() > now || claims.path("exp").asLong() <= now) return "token not valid now";
        String uri = "GET " + r.header("Host") + keyInfoPath();
        if (!uri.equals(claims.path("uri").asText())) return "uri claim does not match";
        String algorithm = switch (header.path("alg").asText()) {
            case "ES256" -> "SHA256withECDSAinP1363Format";
            case "EdDSA" -> "Ed25519";
            default -> null;
        };
        if (algorithm == null) return "unknown alg";
        if (!verifies(algorithm, parts[0] + "." + parts[1], url.decode(parts[2]))) return "bad signature";
        return null;
    }
}
