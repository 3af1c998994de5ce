package io.slaudit.tickets;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Why a row was rejected, a ticket excluded or a target not timed: a message key with its
 * arguments, so that each output states it in its own language. The machine outputs (JSON, CSV,
 * JUnit, the terminal) state it in English; the documents in the report's language. The
 * arguments are the facts of the case (a value from the export, a date, a name from the
 * contract) and are never translated.
 *
 * <p>The messages are in {@code io/slaudit/tickets/reasons_*.properties}, as {@link
 * MessageFormat} patterns.
 */
public record Reason(String key, List<String> arguments) {

    private static final String BUNDLE = "io.slaudit.tickets.reasons";

    public Reason {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
        if (key.isBlank()) {
            throw new IllegalArgumentException("a reason needs a key");
        }
    }

    /** A reason whose arguments are stated with {@link String#valueOf(Object)}. */
    public static Reason of(String key, Object... arguments) {
        List<String> texts = new ArrayList<>(arguments.length);
        for (Object a : arguments) {
            texts.add(String.valueOf(a));
        }
        return new Reason(key, texts);
    }

    /** The reason in a language: English unless slaudit has the reasons in that language. */
    public String text(Locale locale) {
        ResourceBundle messages = messages(locale);
        String pattern;
        try {
            pattern = messages.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message for the reason '" + key + "'", e);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(arguments.toArray());
    }

    /** The reason in English, as the machine outputs state it. */
    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }

    private static ResourceBundle messages(Locale locale) {
        Locale language = "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        return ResourceBundle.getBundle(
                BUNDLE,
                language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
