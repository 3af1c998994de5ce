package io.slaudit.audit;

/** Told how far an audit has read; the command line shows it on a terminal. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {}

        @Override
        public void finish() {}
    };

    /** {@code done} of {@code total} bytes of the ticket export read. */
    void update(long done, long total);

    void finish();
}
