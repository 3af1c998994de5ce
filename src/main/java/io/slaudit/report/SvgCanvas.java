package io.slaudit.report;

import java.util.Locale;

/**
 * A chart as an inline SVG element for the HTML report: scalable, printable, no external request.
 * Text is escaped for XML; widths are estimated (the browser chooses the font), generously, so
 * that labels shortened to fit do fit.
 */
final class SvgCanvas implements ChartCanvas {

    private final StringBuilder svg = new StringBuilder();
    private final double width;
    private final double height;

    SvgCanvas(double width, double height, String title) {
        this.width = width;
        this.height = height;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(n(width))
                .append(' ')
                .append(n(height))
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(title))
                .append("\" class=\"chart\">");
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill) {
        svg.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(w))
                .append("\" height=\"")
                .append(n(h))
                .append("\" fill=\"")
                .append(fill)
                .append("\"/>");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double w, boolean dashed) {
        svg.append("<line x1=\"")
                .append(n(x1))
                .append("\" y1=\"")
                .append(n(y1))
                .append("\" x2=\"")
                .append(n(x2))
                .append("\" y2=\"")
                .append(n(y2))
                .append("\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"")
                .append(n(w))
                .append('"');
        if (dashed) {
            svg.append(" stroke-dasharray=\"4 3\"");
        }
        svg.append("/>");
    }

    @Override
    public void polyline(double[] xs, double[] ys, String stroke, double w) {
        svg.append("<polyline fill=\"none\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"")
                .append(n(w))
                .append("\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            svg.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        svg.append("\"/>");
    }

    @Override
    public void circle(double x, double y, double r, String fill) {
        svg.append("<circle cx=\"")
                .append(n(x))
                .append("\" cy=\"")
                .append(n(y))
                .append("\" r=\"")
                .append(n(r))
                .append("\" fill=\"")
                .append(fill)
                .append("\"/>");
    }

    @Override
    public void text(double x, double y, String text, double size, Anchor anchor, String fill, boolean bold) {
        svg.append("<text x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" font-size=\"")
                .append(n(size))
                .append('"');
        if (anchor != Anchor.START) {
            svg.append(" text-anchor=\"")
                    .append(anchor == Anchor.MIDDLE ? "middle" : "end")
                    .append('"');
        }
        if (bold) {
            svg.append(" font-weight=\"bold\"");
        }
        svg.append(" fill=\"").append(fill).append("\">").append(escape(text)).append("</text>");
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        // an upper estimate for common sans-serif fonts: 0.58 em per character, 0.62 in bold
        return text.codePointCount(0, text.length()) * size * (bold ? 0.62 : 0.58);
    }

    String finish() {
        return svg.append("</svg>").toString();
    }

    double width() {
        return width;
    }

    double height() {
        return height;
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
