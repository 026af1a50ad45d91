package com.qeetmart.contracts.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IdenticalSpecTest {

    static Stream<Path> repositorySpecs() throws IOException {
        try (Stream<Path> files = Files.list(RepositorySpecs.openapiDir())) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("repositorySpecs")
    void aSpecComparedWithItselfHasNoFindingAtAll(Path spec) {
        Comparison comparison = ContractComparator.standard().compare(spec, spec);

        assertEquals(List.of(), comparison.findings());
    }
}
