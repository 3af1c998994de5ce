package io.slaudit.tickets;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Parsed messages by language and key: parsing a pattern costs more than formatting it. */
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private static final Map<Reason, String> ENGLISH_TEXTS = new ConcurrentHashMap<>();

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
        Locale language = "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        MessageFormat format = FORMATS.computeIfAbsent(language.getLanguage() + ":" + key, k -> format(language, key));
        // A MessageFormat is not thread-safe; the machine outputs state a reason for many tickets.
        synchronized (format) {
            return format.format(arguments.toArray());
        }
    }

    private static MessageFormat format(Locale language, String key) {
        try {
            return new MessageFormat(messages(language).getString(key), Locale.ROOT);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message for the reason '" + key + "'", e);
        }
    }

    /** The reason in English, as the machine outputs state it. */
    @Override
    public String toString() {
        // The JSON and CSV state the same few reasons (a target's note, an uncovered channel) for
        // most tickets: keep their text, up to a bound, so that unique ones cannot fill memory.
        String text = ENGLISH_TEXTS.get(this);
        if (text == null) {
            text = text(Locale.ENGLISH);
            if (ENGLISH_TEXTS.size() < 10_000) {
                ENGLISH_TEXTS.put(this, text);
            }
        }
        return text;
    }

    private static ResourceBundle messages(Locale language) {
        return ResourceBundle.getBundle(
                BUNDLE,
                language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
