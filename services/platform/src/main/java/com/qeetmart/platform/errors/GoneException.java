package com.qeetmart.platform.errors;

import java.util.List;

/** What the request asks for existed but is kept no longer (an expired feed cursor). Answered as 410. */
public class GoneException extends DomainException {

    public GoneException(ProblemCode code, String detail) {
        super(code, detail, List.of(), null);
    }

    @Override
    public Kind kind() {
        return Kind.GONE;
    }
}
