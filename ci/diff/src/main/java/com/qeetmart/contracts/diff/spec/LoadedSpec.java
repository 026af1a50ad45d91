package com.qeetmart.contracts.diff.spec;

import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;

/** A parsed spec with its shared components already pulled in, plus the file it came from. */
public record LoadedSpec(Path file, OpenAPI model) {

    /** The spec's {@code info.version}, or an empty string when it has none. */
    public String version() {
        if (model.getInfo() == null || model.getInfo().getVersion() == null) {
            return "";
        }
        return model.getInfo().getVersion();
    }

    public Resolver resolver() {
        return new Resolver(model);
    }
}
