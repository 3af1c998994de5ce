package io.slaudit.report;

import java.util.Locale;

/**
 * A chart as an inline SVG element for the HTML report: scalable, printable, no external request.
 * Text is escaped for XML; widths are estimated (the browser chooses the font), generously, so
 * that labels shortened to fit do fit.
 */
final class SvgCanvas implements ChartCanvas {

    private final StringBuilder svg = new StringBuilder();

    SvgCanvas(double width, double height, String title) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        attr("viewBox", "0 0 " + n(width) + " " + n(height));
        attr("role", "img");
        attr("aria-label", escape(title));
        attr("class", "chart");
        svg.append('>');
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill) {
        svg.append("<rect");
        attr("x", x);
        attr("y", y);
        attr("width", w);
        attr("height", h);
        attr("fill", fill);
        svg.append("/>");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double w, boolean dashed) {
        svg.append("<line");
        attr("x1", x1);
        attr("y1", y1);
        attr("x2", x2);
        attr("y2", y2);
        attr("stroke", stroke);
        attr("stroke-width", w);
        if (dashed) {
            attr("stroke-dasharray", "4 3");
        }
        svg.append("/>");
    }

    @Override
    public void polyline(double[] xs, double[] ys, String stroke, double w) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            points.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        svg.append("<polyline");
        attr("fill", "none");
        attr("stroke", stroke);
        attr("stroke-width", w);
        attr("points", points.toString());
        svg.append("/>");
    }

    @Override
    public void circle(double x, double y, double r, String fill) {
        svg.append("<circle");
        attr("cx", x);
        attr("cy", y);
        attr("r", r);
        attr("fill", fill);
        svg.append("/>");
    }

    @Override
    public void text(double x, double y, String text, double size, Anchor anchor, String fill, boolean bold) {
        svg.append("<text");
        attr("x", x);
        attr("y", y);
        attr("font-size", size);
        if (anchor != Anchor.START) {
            attr("text-anchor", anchor == Anchor.MIDDLE ? "middle" : "end");
        }
        if (bold) {
            attr("font-weight", "bold");
        }
        attr("fill", fill);
        svg.append('>').append(escape(text)).append("</text>");
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        // an upper estimate for common sans-serif fonts: 0.58 em per character, 0.62 in bold
        return text.codePointCount(0, text.length()) * size * (bold ? 0.62 : 0.58);
    }

    String finish() {
        return svg.append("</svg>").toString();
    }

    /** An attribute whose value is already safe in an attribute (a number, a colour, escaped text). */
    private void attr(String name, String value) {
        svg.append(' ').append(name).append("=\"").append(value).append('"');
    }

    private void attr(String name, double value) {
        attr(name, n(value));
    }

    private static String n(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch < 0x20 && ch != '\t' ? ' ' : ch);
            }
        }
        return out.toString();
    }
}
