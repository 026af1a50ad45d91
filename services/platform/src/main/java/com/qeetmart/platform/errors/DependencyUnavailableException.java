package com.qeetmart.platform.errors;

import java.util.List;

/** A service this one needs did not answer usefully. Answered as 503; the caller may retry. */
public class DependencyUnavailableException extends DomainException {

    public DependencyUnavailableException(ProblemCode code, String detail, Throwable cause) {
        super(code, detail, List.of(), cause);
    }

    @Override
    public Kind kind() {
        return Kind.UNAVAILABLE;
    }
}
