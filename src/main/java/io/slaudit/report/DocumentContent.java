package io.slaudit.report;

import io.slaudit.audit.AuditReport;

/**
 * What the HTML and the PDF document of one audit show, built once from the verdicts however many
 * documents are written: building it reads every verdict back from the spool.
 */
final class DocumentContent {

    private final DocumentOptions options;
    private final ReportLanguage language;
    private AuditReport builtFor;
    private ReportView view;

    DocumentContent(DocumentOptions options) {
        this.options = options;
        this.language = ReportLanguage.of(options.locale());
    }

    DocumentOptions options() {
        return options;
    }

    ReportLanguage language() {
        return language;
    }

    /** The content of a report, built on first use. */
    synchronized ReportView of(AuditReport report) {
        if (report != builtFor) {
            view = ReportViews.build(report, language, options.threshold(), options.listLimit());
            builtFor = report;
        }
        return view;
    }
}
