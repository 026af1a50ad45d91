package com.qeetmart.auth.partner;

import com.qeetmart.auth.api.Oauth2Api;
import com.qeetmart.auth.api.model.ClientToken;
import com.qeetmart.auth.api.model.OAuthError;
import com.qeetmart.auth.api.model.OAuthErrorError;
import com.qeetmart.platform.http.ClientOrigins;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Optional;

/**
 * OAuth 2.0's token endpoint for partner applications (the contract's {@code issueClientToken}):
 * the client authenticates with HTTP Basic, and every answer, refusals included, is OAuth's JSON
 * (RFC 6749 sections 5.1 and 5.2) with {@code Cache-Control: no-store}: the one exception to
 * problem+json in the API.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class TokenEndpoint implements Oauth2Api {

    private final ClientCredentials credentials;
    private final ClientOrigins origins;

    TokenEndpoint(ClientCredentials credentials, ClientOrigins origins) {
        this.credentials = credentials;
        this.origins = origins;
    }

    @Override
    public HttpResponse<ClientToken> issueClientToken(@Body("grant_type") String grantType, @Body("scope") String scope) {
        HttpRequest<?> request = ServerRequestContext.currentRequest().orElseThrow();
        Optional<BasicCredentials> client = BasicCredentials.of(request.getHeaders().getAuthorization().orElse(null));
        Optional<String> malformed = client.isEmpty() ? Optional.empty() : TokenForm.problemOf(request.getBody().orElse(null));
        if (malformed.isPresent()) {
            return refused(TokenGrant.Refused.badRequest("invalid_request", malformed.get()));
        }
        if (grantType == null && client.isPresent()) {
            return refused(TokenGrant.Refused.badRequest("invalid_request", "grant_type is required"));
        }
        TokenGrant grant = client.isEmpty() ? TokenGrant.Refused.invalidClient()
                : credentials.grant(client.get().clientId(), client.get().secret(), grantType, scope, origins.current().ipAddress());
        if (grant instanceof TokenGrant.Issued issued) {
            return noStore(HttpResponse.ok(new ClientToken(issued.accessToken(), "Bearer", (int) issued.expiresInSeconds(),
                    String.join(" ", issued.scopes()))));
        }
        return refused((TokenGrant.Refused) grant);
    }

    // The generated signature answers a token; a refusal's body is OAuth's error object instead.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static HttpResponse<ClientToken> refused(TokenGrant.Refused refused) {
        MutableHttpResponse response = HttpResponse.status(HttpStatus.valueOf(refused.status()))
                .body(new OAuthError(OAuthErrorError.fromValue(refused.error())).errorDescription(refused.description()));
        if (refused.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"qeetmart\", charset=\"UTF-8\"");
        }
        if (refused.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
        }
        return noStore(response);
    }

    private static <T> MutableHttpResponse<T> noStore(MutableHttpResponse<T> response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache");
    }
}
