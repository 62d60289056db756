package dev.apikeep.exchange;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Sends one request to an exchange and turns every transport failure into UNREACHABLE. A 429 (or
 * Binance's 418) with {@code Retry-After} is retried after the wait the exchange asks for, at most
 * {@link #MAX_RETRIES} times and never longer than the timeout; otherwise it is reported, not hidden.
 */
final class ExchangeHttp {
    static final int MAX_RETRIES = 2;

    /** Waiting is a port so tests can see the waits without taking them. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final HttpClient client;
    private final Duration timeout;
    private final Sleeper sleeper;

    ExchangeHttp(HttpClient client, Duration timeout, Sleeper sleeper) {
        this.client = client;
        this.timeout = timeout;
        this.sleeper = sleeper;
    }

    Duration timeout() {
        return timeout;
    }

    Sleeper sleeper() {
        return sleeper;
    }

    Answer send(String exchangeName, HttpRequest.Builder request) {
        HttpRequest built = request.timeout(timeout).build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = exchange(exchangeName, built);
            int status = response.statusCode();
            if (status != 429 && status != 418) return new Answer(exchangeName, status, response.body());
            Optional<Duration> wait = retryAfter(response);
            if (attempt >= MAX_RETRIES || wait.isEmpty() || wait.get().compareTo(timeout) > 0) {
                throw ExchangeException.unreachable(exchangeName + " is limiting requests (HTTP " + status + ")"
                        + wait.map(w -> ": try again in " + Math.max(1, w.toSeconds()) + " s").orElse(""));
            }
            pause(wait.get());
        }
    }

    void pause(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ExchangeException.unreachable("cancelled");
        }
    }

    private HttpResponse<String> exchange(String exchangeName, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw ExchangeException.unreachable(exchangeName + " did not accept a connection within " + timeout.toSeconds() + " s", e);
        } catch (HttpTimeoutException e) {
            throw ExchangeException.unreachable(exchangeName + " did not answer within " + timeout.toSeconds() + " s", e);
        } catch (SSLException e) {
            throw ExchangeException.unreachable("secure connection to " + exchangeName + " failed (" + e.getMessage()
                    + "): nothing was sent", e);
        } catch (ConnectException e) {
            throw ExchangeException.unreachable("cannot connect to " + exchangeName + " at " + request.uri().getHost()
                    + ": check the network or proxy", e);
        } catch (IOException e) {
            if (e.getCause() instanceof SSLException ssl) {
                throw ExchangeException.unreachable("secure connection to " + exchangeName + " failed (" + ssl.getMessage() + ")", e);
            }
            throw ExchangeException.unreachable("network error talking to " + exchangeName + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ExchangeException.unreachable("cancelled");
        }
    }

    /** {@code Retry-After} as seconds or as an HTTP date (RFC 9110 allows both). */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(ExchangeHttp::parseRetryAfter);
    }

    static Optional<Duration> parseRetryAfter(String value) {
        String text = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (RuntimeException notDate) {
                return Optional.empty();
            }
        }
    }
}
