package com.qeetmart.platform.directwrite;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Writes to /things: records each body it is given and leaves the answer to the test. */
final class TestWrite implements DirectWrite<String> {

    final List<String> bodies = new ArrayList<>();
    final List<CompletableFuture<Optional<Written>>> pending = new ArrayList<>();

    @Override
    public String operation() {
        return "createThing";
    }

    @Override
    public String route() {
        return "/things";
    }

    @Override
    public List<String> applicationScopes() {
        return List.of("things:write");
    }

    @Override
    public boolean takesBody() {
        return true;
    }

    @Override
    public String keyOf(String path) {
        return path.equals("/things") ? path : null;
    }

    @Override
    public CompletionStage<Optional<Written>> write(String key, Input input) {
        bodies.add(new String(input.body(), StandardCharsets.UTF_8));
        CompletableFuture<Optional<Written>> answer = new CompletableFuture<>();
        pending.add(answer);
        return answer;
    }

    void answer(int request, Optional<Written> written) {
        pending.get(request).complete(written);
    }
}
