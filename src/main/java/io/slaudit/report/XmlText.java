package io.slaudit.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Text as XML 1.0 allows it: the characters the standard forbids (controls other than tab, line
 * feed and carriage return; unpaired surrogates; U+FFFE and U+FFFF) become U+FFFD, the replacement
 * character. An export's id may hold a NUL or an escape sequence, and one such character makes a
 * JUnit file that no CI server can parse. HTML documents are written through the same filter.
 */
public final class XmlText {

    static final char REPLACEMENT = '\uFFFD';

    private XmlText() {}

    /** The text with every character XML 1.0 forbids replaced. */
    public static String clean(String text) {
        int i = firstForbidden(text);
        if (i < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        b.append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(++i));
            } else {
                b.append(allowed(c) ? c : REPLACEMENT);
            }
        }
        return b.toString();
    }

    private static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!allowed(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a char that is not part of a surrogate pair may stand in XML 1.0. */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    /**
     * A writer that lets through only what XML 1.0 allows. A surrogate pair split over two writes
     * is kept together.
     */
    static Writer filter(Writer out) {
        return new FilterWriter(out) {
            private char pendingHigh;

            @Override
            public void write(int c) throws IOException {
                char ch = (char) c;
                if (pendingHigh != 0) {
                    char high = pendingHigh;
                    pendingHigh = 0;
                    if (Character.isLowSurrogate(ch)) {
                        out.write(high);
                        out.write(ch);
                        return;
                    }
                    out.write(REPLACEMENT);
                }
                if (Character.isHighSurrogate(ch)) {
                    pendingHigh = ch;
                } else {
                    out.write(allowed(ch) ? ch : REPLACEMENT);
                }
            }

            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                if (pendingHigh == 0 && plain(java.nio.CharBuffer.wrap(buffer, offset, length))) {
                    out.write(buffer, offset, length);
                    return;
                }
                for (int i = offset; i < offset + length; i++) {
                    write(buffer[i]);
                }
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                if (pendingHigh == 0 && plain(text.subSequence(offset, offset + length))) {
                    out.write(text, offset, length);
                    return;
                }
                for (int i = offset; i < offset + length; i++) {
                    write(text.charAt(i));
                }
            }

            /** Whether a chunk can be written as it is: allowed characters only, no surrogate at all. */
            private boolean plain(CharSequence chunk) {
                for (int i = 0; i < chunk.length(); i++) {
                    char c = chunk.charAt(i);
                    if (c < 0x20 ? !(c == '\t' || c == '\n' || c == '\r') : c >= 0xD800) {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                if (pendingHigh != 0) {
                    out.write(REPLACEMENT);
                    pendingHigh = 0;
                }
                out.close();
            }
        };
    }
}
