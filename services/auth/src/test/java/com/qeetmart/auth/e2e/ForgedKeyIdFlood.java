package com.qeetmart.auth.e2e;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * An attacker's background noise: tokens with the claims of a real one but a made-up, well-formed
 * key id each (signed with a key of the attacker's), sent one after another until closed (at
 * most 90 s). Counts what was sent and what was not refused.
 */
final class ForgedKeyIdFlood implements AutoCloseable {

    private final ToIntFunction<String> send;
    private final JWTClaimsSet claims;
    private final RSAKey attackersKey;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread thread = new Thread(this::flood, "forged-kid-flood");

    ForgedKeyIdFlood(ToIntFunction<String> send, JWTClaimsSet claims) throws JOSEException {
        this.send = send;
        this.claims = claims;
        this.attackersKey = new RSAKeyGenerator(2048).generate();
    }

    void start() {
        thread.start();
    }

    private void flood() {
        long until = System.nanoTime() + 90_000_000_000L;
        while (running.get() && System.nanoTime() < until) {
            if (send.applyAsInt(forged()) != 401) {
                accepted.incrementAndGet();
            }
            sent.incrementAndGet();
        }
    }

    private String forged() {
        String kid = UUID.randomUUID().toString().replace("-", "") + "madeUpKid";
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(attackersKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    int sent() {
        return sent.get();
    }

    boolean refusedAll() {
        return accepted.get() == 0;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(10_000);
    }

    @Override
    public String toString() {
        return sent.get() + " sent, " + accepted.get() + " not refused";
    }
}
