package io.slaudit.cli;

import java.util.Locale;

/** The languages slaudit writes in. */
enum Lang {
    en(Locale.ENGLISH),
    de(Locale.GERMAN);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }
}
