package com.qeetmart.auth.session;

import com.qeetmart.auth.api.SessionsApi;
import com.qeetmart.auth.api.model.Credentials;
import com.qeetmart.auth.api.model.RefreshRequest;
import com.qeetmart.auth.api.model.Session;
import com.qeetmart.auth.api.model.SessionList;
import com.qeetmart.auth.api.model.TokenPair;
import com.qeetmart.platform.errors.NotFoundException;
import com.qeetmart.platform.http.ClientOrigins;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.UUID;

import static com.qeetmart.platform.time.Timestamps.utc;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class SessionController implements SessionsApi {

    private final SignIn signIn;
    private final SessionStore sessions;
    private final CallerSession caller;
    private final ClientOrigins origins;

    SessionController(SignIn signIn, SessionStore sessions, CallerSession caller, ClientOrigins origins) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.caller = caller;
        this.origins = origins;
    }

    @Override
    public HttpResponse<TokenPair> login(Credentials credentials) {
        return HttpResponse.ok(TokenPairs.toApi(
                signIn.signIn(credentials.getEmail(), credentials.getPassword(), origins.current(),
                        origins.callerWaiting())));
    }

    @Override
    public HttpResponse<TokenPair> refreshTokens(RefreshRequest request) {
        return HttpResponse.ok(TokenPairs.toApi(signIn.refresh(request.getRefreshToken())));
    }

    @Override
    public HttpResponse<Void> logout() {
        CallerSession.Identity me = caller.current();
        sessions.end(me.accountId(), me.sessionId(), "signed out");
        return HttpResponse.noContent();
    }

    @Override
    public HttpResponse<Void> logoutAll() {
        sessions.endAll(caller.current().accountId(), null, "signed out everywhere");
        return HttpResponse.noContent();
    }

    @Override
    public HttpResponse<SessionList> listSessions() {
        CallerSession.Identity me = caller.current();
        return HttpResponse.ok(new SessionList(sessions.liveSessionsOf(me.accountId()).stream()
                .map(s -> new Session(s.id(), utc(s.createdAt()),
                        utc(s.lastUsedAt()), s.id().equals(me.sessionId()))
                        .userAgent(s.userAgent()).ipAddress(s.ipAddress()))
                .toList()));
    }

    @Override
    public HttpResponse<Void> endSession(UUID sessionId) {
        if (!sessions.end(caller.current().accountId(), sessionId, "ended by owner")) {
            throw new NotFoundException("Session", sessionId);
        }
        return HttpResponse.noContent();
    }
}
