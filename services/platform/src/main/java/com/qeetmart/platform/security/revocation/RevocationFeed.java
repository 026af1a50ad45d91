package com.qeetmart.platform.security.revocation;

import com.qeetmart.platform.security.SecuritySettings;
import com.qeetmart.platform.runtime.WarmUpStep;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import com.qeetmart.platform.security.SigningKeysAnnounced;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Follows auth's revocation feed ({@code qeetmart.security.revocations.url}): polled every
 * {@code poll-interval} (2 s), each call passing the cursor the previous one returned, so a
 * session ended at auth is refused here within about that long even without Redis (the channel,
 * where there is one, is faster; this catches what it missed).
 * <p>While auth cannot be reached the revocations already known keep applying and the next poll
 * picks up from the last cursor; {@code qeetmart.security.revocations.age} says how old the
 * knowledge is. The feed also says when auth last published a signing key: a change fetches
 * the JWKS ({@link SigningKeysAnnounced}). Only services that verify tokens against a JWKS follow it (not auth itself).
 */
@Singleton
@Requires(property = "qeetmart.security.jwks-url")
@Requires(property = "qeetmart.security.revocations.url", pattern = ".+")
public class RevocationFeed implements WarmUpStep {

    private static final Logger LOG = LoggerFactory.getLogger(RevocationFeed.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final URI url;
    private final RevokedSessions revoked;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile Instant cursor;
    private volatile UUID cursorAfter;
    private volatile Instant caughtUpAt = Instant.EPOCH;
    private final ApplicationEventPublisher<SigningKeysAnnounced> announcements;
    private Instant signingKeysChangedAt;
    private boolean failing;

    RevocationFeed(SecuritySettings settings, RevokedSessions revoked, JsonMapper json,
                   Optional<MeterRegistry> meters, ApplicationEventPublisher<SigningKeysAnnounced> announcements) {
        this.announcements = announcements;
        this.url = URI.create(settings.revocations().url());
        this.revoked = revoked;
        this.json = json;
        meters.ifPresent(registry -> Gauge.builder("qeetmart.security.revocations.age", this,
                        feed -> Duration.between(feed.caughtUpAt, Instant.now()).toMillis() / 1000.0)
                .description("Seconds since the revocation feed was last read").baseUnit("seconds").register(registry));
    }

    @Scheduled(fixedDelay = "${qeetmart.security.revocations.poll-interval:2s}", initialDelay = "0s")
    synchronized void poll() {
        Instant asked = Instant.now();
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(next()).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                failed("answered " + response.statusCode());
                return;
            }
            RevocationPage page = json.readValue(response.body(), RevocationPage.class);
            page.revocations().forEach(revoked::apply);
            revoked.forgetExpired();
            cursor = page.next();
            cursorAfter = page.nextAfter();
            noticeSigningKeys(page.signingKeysChangedAt());
            caughtUpAt = asked;
            if (failing) {
                failing = false;
                LOG.info("The revocation feed at {} is read again", url);
            }
        } catch (IOException | RuntimeException e) {
            failed(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String name() {
        return "read the revocation feed at " + url;
    }

    /**
     * Warm-up: the feed is read through before the first token is checked, or a session ended in
     * the last minutes would be taken for live until the first poll.
     */
    @Override
    public boolean run(Duration deadline) throws InterruptedException {
        return WarmUpStep.retry(deadline, () -> {
            if (Instant.EPOCH.equals(caughtUpAt)) {
                poll();
            }
            return !Instant.EPOCH.equals(caughtUpAt);
        });
    }

    /** When the feed was last read through (what a session ended before then is refused from). */
    public Instant caughtUpAt() {
        return caughtUpAt;
    }

    private URI next() {
        Instant since = cursor;
        UUID after = cursorAfter;
        return since == null ? url
                : URI.create(url + "?since=" + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8)
                        + (after == null ? "" : "&after=" + after));
    }

    /** A new signing key on the feed (the Redis announcement may have been missed): fetch the JWKS. */
    private void noticeSigningKeys(Instant changedAt) {
        if (changedAt != null && signingKeysChangedAt != null && !changedAt.equals(signingKeysChangedAt)) {
            announcements.publishEvent(new SigningKeysAnnounced("the revocation feed"));
        }
        if (changedAt != null) {
            signingKeysChangedAt = changedAt;
        }
    }

    private void failed(String why) {
        if (!failing) {
            failing = true;
            LOG.warn("Could not read the revocation feed at {} ({}); revocations known so far keep applying", url, why);
        }
    }
}
