package io.slaudit.report;

import io.slaudit.report.ChartCanvas.Anchor;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The three charts of a report document, drawn on a {@link ChartCanvas}: compliance per metric and
 * priority (bars, with the --fail-under threshold), compliance per month (lines), and first-response
 * times against the target (stacked bars). Scales always run from 0 to 100 %, so that a small
 * difference never looks like a large one.
 */
final class Charts {

    static final double WIDTH = 495;

    static final String INK = "#222222";
    static final String MUTED = "#666666";
    static final String GRID = "#d0d0d0";
    static final String ACCENT = "#1f5f99";
    static final String ALERT = "#b3261e";
    static final String[] SERIES = {"#1f5f99", "#d9822b", "#2e7d32", "#7b1fa2", "#00838f"};
    static final String[] BUCKETS = {"#2e7d32", "#81c784", "#ffb74d", "#f57c00", "#b3261e"};

    private static final double LABEL_SIZE = 8;
    private static final double ROW = 18;

    private Charts() {}

    /** Height of the compliance chart for these rows. */
    static double complianceHeight(List<ReportView.ComplianceRow> rows) {
        return 34 + judged(rows) * ROW;
    }

    static long judged(List<ReportView.ComplianceRow> rows) {
        return rows.stream().filter(ReportView.ComplianceRow::judged).count();
    }

    /** Horizontal bars: one per target that has judged results, 0-100 %, the threshold dashed. */
    static void compliance(
            ChartCanvas c, List<ReportView.ComplianceRow> rows, OptionalDouble threshold, ReportLanguage lang) {
        double labelWidth = 170;
        double x0 = labelWidth;
        double plot = WIDTH - labelWidth - 40;
        double top = 16;
        double y = top;
        List<ReportView.ComplianceRow> shown =
                rows.stream().filter(ReportView.ComplianceRow::judged).toList();
        double bottom = top + shown.size() * ROW;
        for (int p = 0; p <= 100; p += 25) {
            double x = x0 + plot * p / 100.0;
            c.line(x, top - 4, x, bottom, GRID, 0.5, false);
            c.text(x, top - 6, p + " %", LABEL_SIZE - 1, Anchor.MIDDLE, MUTED, false);
        }
        for (ReportView.ComplianceRow r : shown) {
            String label = fit(c, r.metric() + " · " + r.priority(), labelWidth - 8, LABEL_SIZE);
            c.text(labelWidth - 6, y + ROW / 2 + 3, label, LABEL_SIZE, Anchor.END, INK, false);
            double w = plot * r.value() / 100.0;
            boolean under = threshold.isPresent() && r.value() < threshold.getAsDouble();
            c.rect(x0, y + 3, Math.max(w, 0.5), ROW - 6, under ? ALERT : ACCENT);
            c.text(x0 + w + 4, y + ROW / 2 + 3, r.compliance(), LABEL_SIZE, Anchor.START, INK, true);
            y += ROW;
        }
        c.line(x0, top - 4, x0, bottom, INK, 0.8, false);
        if (threshold.isPresent()) {
            double x = x0 + plot * threshold.getAsDouble() / 100.0;
            c.line(x, top - 2, x, bottom + 4, ALERT, 1.2, true);
            c.text(
                    x,
                    bottom + 14,
                    lang.label("summary.threshold") + " " + lang.percent(threshold.getAsDouble()),
                    LABEL_SIZE - 1,
                    Anchor.MIDDLE,
                    ALERT,
                    false);
        }
    }

    static final double TREND_HEIGHT = 190;

    /** Lines: compliance per month of creation, one per metric, each point labelled. */
    static void trend(ChartCanvas c, ReportView.Trend trend, ReportLanguage lang) {
        double left = 40;
        double right = WIDTH - 20;
        double top = 30;
        double bottom = TREND_HEIGHT - 24;
        // legend
        double lx = left;
        for (int s = 0; s < trend.series().size(); s++) {
            String color = SERIES[s % SERIES.length];
            c.rect(lx, 6, 10, 10, color);
            String name = trend.series().get(s).name();
            c.text(lx + 14, 15, name, LABEL_SIZE, Anchor.START, INK, false);
            lx += 14 + c.textWidth(name, LABEL_SIZE, false) + 16;
        }
        for (int p = 0; p <= 100; p += 25) {
            double y = bottom - (bottom - top) * p / 100.0;
            c.line(left, y, right, y, GRID, 0.5, false);
            c.text(left - 4, y + 3, p + " %", LABEL_SIZE - 1, Anchor.END, MUTED, false);
        }
        int n = trend.months().size();
        double step = n <= 1 ? 0 : (right - left - 40) / (n - 1);
        double start = n <= 1 ? (left + right) / 2 : left + 20;
        for (int m = 0; m < n; m++) {
            c.text(start + m * step, bottom + 14, trend.months().get(m), LABEL_SIZE, Anchor.MIDDLE, INK, false);
        }
        for (int s = 0; s < trend.series().size(); s++) {
            String color = SERIES[s % SERIES.length];
            List<Double> values = trend.series().get(s).values();
            // a line through consecutive months with values; gaps break it
            java.util.List<double[]> run = new java.util.ArrayList<>();
            for (int m = 0; m <= n; m++) {
                Double v = m < n ? values.get(m) : null;
                if (v != null && v >= 0) {
                    run.add(new double[] {start + m * step, bottom - (bottom - top) * v / 100.0});
                } else if (!run.isEmpty()) {
                    if (run.size() > 1) {
                        c.polyline(
                                run.stream().mapToDouble(pt -> pt[0]).toArray(),
                                run.stream().mapToDouble(pt -> pt[1]).toArray(),
                                color,
                                1.6);
                    }
                    run.clear();
                }
            }
            for (int m = 0; m < n; m++) {
                double v = values.get(m);
                if (v >= 0) {
                    double x = start + m * step;
                    double y = bottom - (bottom - top) * v / 100.0;
                    c.circle(x, y, 2.8, color);
                    // labels of the series alternate above and below, so two close lines stay legible
                    double dy = s % 2 == 0 ? -6 : 12;
                    c.text(x, y + dy, lang.percent(v), LABEL_SIZE - 1, Anchor.MIDDLE, color, true);
                }
            }
        }
        c.line(left, bottom, right, bottom, INK, 0.8, false);
    }

    /** Height of the distribution chart for these rows. */
    static double distributionHeight(ReportView.Distribution d) {
        return 40 + d.rows().size() * 22;
    }

    /** 100 %-stacked bars per priority: how much of the target the first responses used. */
    static void distribution(ChartCanvas c, ReportView.Distribution d, ReportLanguage lang) {
        double labelWidth = 150;
        double plot = WIDTH - labelWidth - 10;
        double lx = labelWidth;
        for (int b = 0; b < d.buckets().size(); b++) {
            c.rect(lx, 5, 10, 10, BUCKETS[b % BUCKETS.length]);
            String name = d.buckets().get(b);
            c.text(lx + 13, 14, name, LABEL_SIZE - 0.5, Anchor.START, INK, false);
            lx += 13 + c.textWidth(name, LABEL_SIZE - 0.5, false) + 12;
        }
        double y = 26;
        for (ReportView.DistributionRow r : d.rows()) {
            String label = fit(c, r.priority() + " (" + r.target() + ")", labelWidth - 8, LABEL_SIZE);
            c.text(labelWidth - 6, y + 13, label, LABEL_SIZE, Anchor.END, INK, false);
            double x = labelWidth;
            for (int b = 0; b < r.counts().size(); b++) {
                long n = r.counts().get(b);
                if (n == 0 || r.total() == 0) {
                    continue;
                }
                double w = plot * n / r.total();
                String fill = BUCKETS[b % BUCKETS.length];
                c.rect(x, y + 2, w, 16, fill);
                String count = lang.count(n);
                if (c.textWidth(count, LABEL_SIZE - 1, true) + 4 < w) {
                    c.text(
                            x + w / 2,
                            y + 13,
                            count,
                            LABEL_SIZE - 1,
                            Anchor.MIDDLE,
                            b == 1 || b == 2 ? INK : "#ffffff",
                            true);
                }
                x += w;
            }
            y += 22;
        }
        c.line(labelWidth, 24, labelWidth, y, INK, 0.8, false);
    }

    static String fit(ChartCanvas c, String text, double width, double size) {
        return fit(text, width, t -> c.textWidth(t, size, false));
    }

    /** The text, shortened with an ellipsis to fit the width, as {@code measure} measures it. */
    static String fit(String text, double width, java.util.function.ToDoubleFunction<String> measure) {
        if (measure.applyAsDouble(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && measure.applyAsDouble(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
