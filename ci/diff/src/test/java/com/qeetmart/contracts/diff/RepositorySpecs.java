package com.qeetmart.contracts.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's real specs, found from this module's directory (ci/diff). */
public final class RepositorySpecs {

    private RepositorySpecs() {
    }

    public static Path openapiDir() {
        Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        Path dir = module.resolve("../../contracts/openapi").normalize();
        if (!Files.isRegularFile(dir.resolve("products.yaml"))) {
            throw new IllegalStateException("contracts/openapi not found from " + module);
        }
        return dir;
    }

    /** Copies the specs and their common/ components, as a release or a working copy would hold them. */
    public static Path copyTo(Path target) {
        Path source = openapiDir();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
