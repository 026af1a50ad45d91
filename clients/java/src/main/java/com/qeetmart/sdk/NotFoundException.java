package com.qeetmart.sdk;

/** 404 (or 410): nothing there, or nothing this caller may see. */
public final class NotFoundException extends QeetMartApiException {

    NotFoundException(Problem problem) {
        super(problem);
    }
}
