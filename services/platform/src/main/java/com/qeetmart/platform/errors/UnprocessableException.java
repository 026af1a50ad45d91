package com.qeetmart.platform.errors;

import java.util.List;

/**
 * A well-formed request that names something unusable (an unknown category, a password on the
 * common list). Answered as 422 naming the field.
 */
public class UnprocessableException extends DomainException {

    public UnprocessableException(ProblemCode code, String field, String detail) {
        super(code, detail, List.of(new FieldIssue(field, detail)), null);
    }

    @Override
    public Kind kind() {
        return Kind.UNPROCESSABLE;
    }
}
