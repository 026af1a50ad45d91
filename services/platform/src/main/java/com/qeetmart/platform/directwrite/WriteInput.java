package com.qeetmart.platform.directwrite;

import com.qeetmart.platform.framing.RequestHeaders;
import com.qeetmart.platform.security.Caller;
import io.netty.util.AsciiString;

import java.util.List;

/** A taken request as its {@link DirectWrite} reads it. */
record WriteInput(DirectWrites.Plan plan, byte[] body) implements DirectWrite.Input {

    @Override
    public Caller caller() {
        return plan.caller();
    }

    @Override
    public String header(CharSequence name) {
        List<String> values = RequestHeaders.getAll(plan.request(), AsciiString.of(name));
        return values.size() == 1 ? values.get(0) : null;
    }
}
