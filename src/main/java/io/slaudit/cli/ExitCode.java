package io.slaudit.cli;

/** The process exit codes of every slaudit command. */
public enum ExitCode {
    /** Done, nothing to report. */
    OK(0),
    /** Done, with findings: compliance under the threshold, drift, an invalid contract. */
    FINDINGS(1),
    /** Not done: bad usage or input that cannot be used. */
    USAGE_OR_INPUT(2),
    /** Not done: a bug in slaudit. Run again with --stacktrace and report it. */
    INTERNAL(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
