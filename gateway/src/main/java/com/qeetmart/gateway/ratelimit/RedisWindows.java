package com.qeetmart.gateway.ratelimit;

import com.qeetmart.gateway.GatewaySettings;
import com.qeetmart.platform.redis.SharedRedis;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The fixed-window counters in Redis that every gateway replica adds to: one script call adds a
 * batch of increments atomically and answers each window's total and time left, on the process's
 * one Redis connection ({@link SharedRedis}). While Redis is away every call fails at once, so the
 * limiter carries on with what it counted itself.
 */
@Singleton
class RedisWindows implements WindowStore {

    // ARGV[1] window ms, ARGV[i + 1] the increment of KEYS[i]. Answers, per key, its total and ms left.
    private static final String HIT = """
            local out = {}
            for i, key in ipairs(KEYS) do
              local count = redis.call('INCRBY', key, ARGV[i + 1])
              local left = redis.call('PTTL', key)
              if left < 0 then
                redis.call('PEXPIRE', key, ARGV[1])
                left = tonumber(ARGV[1])
              end
              out[#out + 1] = count
              out[#out + 1] = left
            end
            return out""";

    private final SharedRedis redis;
    private final String prefix;
    private final String scriptSha;

    RedisWindows(SharedRedis redis, GatewaySettings settings) {
        this.redis = redis;
        this.prefix = settings.rateLimit().keyPrefix();
        this.scriptSha = sha1(HIT);
    }

    /** Adds each increment to its key's window (keys without the prefix); the answers come in the same order. */
    @Override
    public CompletionStage<List<Window>> add(List<String> keys, List<Long> increments, long windowMillis) {
        String[] prefixed = keys.stream().map(key -> prefix + key).toArray(String[]::new);
        String[] args = new String[increments.size() + 1];
        args[0] = Long.toString(windowMillis);
        for (int i = 0; i < increments.size(); i++) {
            args[i + 1] = Long.toString(increments.get(i));
        }
        return redis.call(commands -> commands.<List<Long>>evalsha(scriptSha, ScriptOutputType.MULTI, prefixed, args)
                        .handle((result, error) -> noScript(error)
                                ? commands.<List<Long>>eval(HIT, ScriptOutputType.MULTI, prefixed, args)
                                : error != null ? CompletableFuture.<List<Long>>failedFuture(error) : CompletableFuture.completedFuture(result))
                        .thenCompose(stage -> stage))
                .thenApply(RedisWindows::windows);
    }

    // Redis forgot the script (a restart, SCRIPT FLUSH): it is sent whole once.
    private static boolean noScript(Throwable error) {
        return error instanceof RedisNoScriptException || error != null && error.getCause() instanceof RedisNoScriptException;
    }

    private static List<Window> windows(List<Long> flat) {
        List<Window> windows = new ArrayList<>(flat.size() / 2);
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            windows.add(new Window(flat.get(i), flat.get(i + 1)));
        }
        return windows;
    }

    private static String sha1(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(script.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
