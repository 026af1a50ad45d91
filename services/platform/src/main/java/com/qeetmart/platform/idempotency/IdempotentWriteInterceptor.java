package com.qeetmart.platform.idempotency;

import com.qeetmart.platform.errors.CommonProblem;
import com.qeetmart.platform.errors.UnprocessableException;
import com.qeetmart.platform.idempotency.IdempotentWrites.Claim;
import com.qeetmart.platform.security.Callers;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs an {@link Idempotent} write and keeps its answer in one transaction: the key is claimed
 * first (a concurrent request with the same key waits for this one, then gets its answer), the
 * write joins the transaction, and a failed write keeps nothing, so its retry runs afresh.
 */
@Singleton
@InterceptorBean(Idempotent.class)
@Requires(classes = TransactionOperations.class)
class IdempotentWriteInterceptor implements MethodInterceptor<Object, Object> {

    static final String KEY_ARGUMENT = "idempotencyKey";

    private final IdempotentWrites writes;
    private final TransactionOperations<Connection> tx;
    private final JsonMapper json;
    private final Callers callers;

    IdempotentWriteInterceptor(IdempotentWrites writes, TransactionOperations<Connection> tx, JsonMapper json, Callers callers) {
        this.writes = writes;
        this.tx = tx;
        this.json = json;
        this.callers = callers;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        Map<String, Object> arguments = new LinkedHashMap<>(context.getParameterValueMap());
        if (!(arguments.remove(KEY_ARGUMENT) instanceof String key)) {
            return context.proceed();
        }
        Claim claim = new Claim(callers.find().map(caller -> caller.id().toString()).orElse("anonymous"),
                context.getDeclaringType().getSimpleName() + "." + context.getMethodName(), key, fingerprint(arguments));
        Argument<?> bodyType = context.getReturnType().asArgument().getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
        return tx.executeWrite(status -> {
            Connection connection = status.getConnection();
            try {
                if (writes.claim(connection, claim)) {
                    HttpResponse<?> answer = (HttpResponse<?>) context.proceed();
                    writes.keep(connection, claim, KeptAnswer.of(answer, json));
                    return answer;
                }
                KeptAnswer earlier = writes.find(connection, claim).orElseThrow();
                if (!MessageDigest.isEqual(earlier.requestHash(), claim.requestHash())) {
                    throw new UnprocessableException(CommonProblem.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key",
                            "This Idempotency-Key was already used for a different request");
                }
                return earlier.replay(bodyType, json);
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("Could not keep or read the answer of an idempotent write", e);
            }
        });
    }

    /** The request as the method received it (path, query and body arguments), key left out. */
    private byte[] fingerprint(Map<String, Object> arguments) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(arguments));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
