package com.qeetmart.platform.errors;

import java.util.List;

/**
 * A request whose field has the form the contract allows but a value the domain cannot read (a
 * cursor it never handed out). Answered as 400 naming the field, as schema violations are.
 */
public class InvalidRequestException extends DomainException {

    public InvalidRequestException(ProblemCode code, String field, String detail) {
        super(code, detail, List.of(new FieldIssue(field, detail)), null);
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }
}
