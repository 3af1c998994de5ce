package io.slaudit.cli;

import io.slaudit.audit.Progress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for long audits, shown only on an interactive terminal (never in CI
 * logs, pipes or tests) and only for exports big enough to take a while.
 */
final class TerminalProgress implements Progress {

    private static final long WORTH_SHOWING = 20L << 20;

    private final String task;
    private ProgressBar bar;

    private TerminalProgress(String task) {
        this.task = task;
    }

    static Progress forTerminal(String task) {
        boolean interactive = System.console() != null && System.getenv("CI") == null;
        return interactive ? new TerminalProgress(task) : Progress.NONE;
    }

    @Override
    public void update(long done, long total) {
        if (bar == null) {
            if (total < WORTH_SHOWING) {
                return;
            }
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setUnit(" MB", 1 << 20)
                    .setStyle(ProgressBarStyle.ASCII)
                    .showSpeed()
                    .setUpdateIntervalMillis(250)
                    .build();
        }
        bar.stepTo(Math.min(done, total));
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            bar.close();
            bar = null;
        }
    }
}
