package io.slaudit.report;

import io.slaudit.audit.AuditReport;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns a finished audit into one document format. Renderers compute nothing: every figure comes
 * from the report. Chosen by name with {@code --format}.
 */
public interface Renderer {

    /** The name used with {@code --format}. */
    String format();

    /** The file name used when several formats go to one directory. */
    String fileName();

    /** Whether the renderer lists tickets one by one (the audit then keeps them). */
    boolean listsTickets();

    void render(AuditReport report, OutputStream out) throws IOException;
}
