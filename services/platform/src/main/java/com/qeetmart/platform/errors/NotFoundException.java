package com.qeetmart.platform.errors;

import java.util.List;

/** The named resource does not exist (or was deleted). Answered as 404 {@code NOT_FOUND}. */
public class NotFoundException extends DomainException {

    public NotFoundException(String resource, Object id) {
        super(CommonProblem.NOT_FOUND, resource + " " + id + " was not found", List.of(), null);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
