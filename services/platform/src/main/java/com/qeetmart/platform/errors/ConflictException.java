package com.qeetmart.platform.errors;

import java.util.List;

/** The request conflicts with the current state (a unique value taken, too little stock). Answered as 409. */
public class ConflictException extends DomainException {

    public ConflictException(ProblemCode code, String detail) {
        this(code, detail, List.of());
    }

    public ConflictException(ProblemCode code, String detail, List<FieldIssue> fields) {
        super(code, detail, fields, null);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
