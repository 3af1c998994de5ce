package io.slaudit.report;

/**
 * Where a chart draws: an SVG element in the HTML report, a region of a PDF page. Coordinates are
 * points from the chart's top left corner, y growing downwards; colours are {@code #rrggbb}. The
 * same chart code drawing on either canvas makes the two documents show the same pictures.
 */
interface ChartCanvas {

    enum Anchor {
        START,
        MIDDLE,
        END
    }

    void rect(double x, double y, double width, double height, String fill);

    void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed);

    void polyline(double[] xs, double[] ys, String stroke, double width);

    void circle(double x, double y, double radius, String fill);

    /** Text with its baseline at {@code y}. */
    void text(double x, double y, String text, double size, Anchor anchor, String fill, boolean bold);

    /** The width of a text at a size, exact where the canvas can measure, estimated otherwise. */
    double textWidth(String text, double size, boolean bold);
}
