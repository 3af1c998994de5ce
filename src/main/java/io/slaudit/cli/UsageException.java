package io.slaudit.cli;

import java.io.Serial;

/** Options that parse but do not make sense together or with the input; exit code 2. */
final class UsageException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
