package io.slaudit.report;

import io.slaudit.compare.Comparison;

/** The content of the comparison documents, built once however many of them are written. */
final class ComparisonContent {

    private final DocumentOptions options;
    private final ReportLanguage language;
    private Comparison builtFor;
    private ComparisonView view;

    ComparisonContent(DocumentOptions options) {
        this.options = options;
        this.language = ReportLanguage.of(options.locale());
    }

    DocumentOptions options() {
        return options;
    }

    ReportLanguage language() {
        return language;
    }

    synchronized ComparisonView of(Comparison comparison) {
        if (comparison != builtFor) {
            view = ComparisonViews.build(comparison, language, options.listLimit());
            builtFor = comparison;
        }
        return view;
    }
}
