package com.qeetmart.gateway.routing;

import jakarta.inject.Singleton;

/**
 * The four seams a proxied request crosses after it is received, and the body size limit it is
 * received under: {@link Exchange} holds the state between them, they hold the policy.
 */
@Singleton
final class ExchangeSeams {

    final long maxRequestBytes;
    final Admission admission;
    final Upstream upstream;
    final ClientAnswers answers;
    final ExchangeObservations observations;

    ExchangeSeams(ProxySettings settings, Admission admission, Upstream upstream, ClientAnswers answers,
                  ExchangeObservations observations) {
        this.maxRequestBytes = settings.maxRequestBytes;
        this.admission = admission;
        this.upstream = upstream;
        this.answers = answers;
        this.observations = observations;
    }
}
