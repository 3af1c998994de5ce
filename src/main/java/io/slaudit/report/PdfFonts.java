package io.slaudit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of a PDF report, embedded as subsets: DejaVu Sans Condensed (Latin, Greek, Cyrillic,
 * the euro sign) in regular and bold, and Droid Sans Fallback for Chinese, Japanese and Korean
 * names, loaded only when a text needs it. Text is split into runs per font; a character no font
 * has becomes U+FFFD, never a missing-glyph failure.
 */
final class PdfFonts {

    /** A piece of text in one font. */
    record Run(PDType0Font font, String text) {}

    private static final String DIR = "/io/slaudit/report/fonts/";

    private final PDDocument document;
    private final Face regular;
    private final Face bold;
    private Face fallback;
    private boolean fallbackTried;

    /** A font with its cmap, to ask which characters it has, and their advances as measured so far. */
    private static final class Face {
        final PDType0Font font;
        final CmapLookup cmap;
        /** Advance per character of the basic plane in 1/1000 em; NaN until first measured. */
        private final float[] advances = new float[0x10000];

        Face(PDType0Font font, CmapLookup cmap) {
            this.font = font;
            this.cmap = cmap;
            java.util.Arrays.fill(advances, Float.NaN);
        }

        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }

        /** The advance of a character this font has, in 1/1000 em (PDFBox draws without kerning). */
        float advance(int codePoint) {
            if (codePoint < advances.length && !Float.isNaN(advances[codePoint])) {
                return advances[codePoint];
            }
            float a;
            try {
                a = font.getStringWidth(new String(Character.toChars(codePoint)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (codePoint < advances.length) {
                advances[codePoint] = a;
            }
            return a;
        }
    }

    PdfFonts(PDDocument document) {
        this.document = document;
        this.regular = load("DejaVuSansCondensed.ttf");
        this.bold = load("DejaVuSansCondensed-Bold.ttf");
    }

    private Face load(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + name);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            // No ligatures: PDFBox would draw "fi" as one glyph that text extraction and search
            // read back as U+FB01 (or lose); a report must be searchable for what it prints.
            ttf.setEnableGsub(false);
            PDType0Font font = PDType0Font.load(document, ttf, true);
            return new Face(font, ttf.getUnicodeCmapLookup());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the report font " + name, e);
        }
    }

    private Face fallback() {
        if (!fallbackTried) {
            fallbackTried = true;
            fallback = load("DroidSansFallbackFull.ttf");
        }
        return fallback;
    }

    /** The text split into runs that each font can draw; control characters become spaces. */
    List<Run> runs(String text, boolean isBold) {
        Face main = isBold ? bold : regular;
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Face currentFace = main;
        for (int i = 0; i < text.length(); ) {
            int cp = drawable(text.codePointAt(i), main);
            i += Character.charCount(text.codePointAt(i));
            Face face = faceOf(cp, main);
            if (face != currentFace && current.length() > 0) {
                runs.add(new Run(currentFace.font, current.toString()));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFace.font, current.toString()));
        }
        return runs;
    }

    /** The width of the text in points at a size, as {@link #runs} will draw it. */
    float width(String text, float size, boolean isBold) {
        Face main = isBold ? bold : regular;
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int original = text.codePointAt(i);
            i += Character.charCount(original);
            int cp = drawable(original, main);
            width += faceOf(cp, main).advance(cp);
        }
        return width / 1000f * size;
    }

    /** The character drawn for {@code cp}: a space for control characters, U+FFFD where no font has it. */
    private int drawable(int cp, Face main) {
        if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
            return ' ';
        }
        if (main.has(cp) || (cp > 0x2000 && fallback().has(cp))) {
            return cp;
        }
        return main.has(0xFFFD) ? 0xFFFD : '?';
    }

    /** The font that draws a drawable character. */
    private Face faceOf(int cp, Face main) {
        return main.has(cp) ? main : fallback();
    }
}
