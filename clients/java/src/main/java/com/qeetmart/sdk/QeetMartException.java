package com.qeetmart.sdk;

/**
 * Everything the SDK throws is one of these, and none is checked: an error answer is a
 * {@link QeetMartApiException} of its kind, no answer is a {@link ConnectionFailedException}, no
 * answer in time is a {@link DeadlineExceededException}. The generated classes' {@code ApiException}
 * is one too; the SDK raises it only for a call it refuses before sending (a required argument
 * missing) or an answer it cannot read.
 */
public class QeetMartException extends RuntimeException {

    public QeetMartException(String message) {
        super(message);
    }

    public QeetMartException(String message, Throwable cause) {
        super(message, cause);
    }
}
