package io.slaudit.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns a finished result (an audit, a comparison, a bill) into one document format. Renderers
 * compute nothing: every figure comes from the result. Chosen by name with {@code --format}.
 *
 * @param <R> the result a renderer formats
 */
public interface Renderer<R> {

    /** The name used with {@code --format}. */
    String format();

    /** The file name used when several formats go to one directory. */
    String fileName();

    /** Whether the document is bytes that a terminal cannot show (a PDF): it is written to a file only. */
    default boolean binary() {
        return false;
    }

    /**
     * Whether the document lists the result's items one by one (an audit's tickets): the producer
     * then keeps them, which it otherwise need not.
     */
    default boolean listsItems() {
        return false;
    }

    void render(R result, OutputStream out) throws IOException;
}
