package io.slaudit.report;

import io.slaudit.audit.AuditHeader;
import io.slaudit.input.PositionUnit;
import io.slaudit.input.TableLayout;
import io.slaudit.input.TableRow;
import io.slaudit.tickets.TicketsZone;
import java.util.ArrayList;
import java.util.List;

/**
 * What every report says about how the ticket export was read, in the report's language: the file's
 * storage, the row its header was on, the blank rows and footer it had, and the zone its local
 * times were read in, with why. An auditor needs both to repeat the audit on the same file.
 */
final class ExportFacts {

    /** Footer rows quoted in full; more are counted. */
    private static final int QUOTED = 3;

    private ExportFacts() {}

    /** "CSV, UTF-8, delimiter ','; header on line 1" or "xlsx workbook, sheet 'Sheet1'; header on sheet row 3; ...". */
    static String layout(AuditHeader.TicketSource source, ReportLanguage lang) {
        TableLayout l = source.layout();
        TableLayout.Storage s = l.storage();
        List<String> parts = new ArrayList<>();
        if (s.sheet().isPresent()) {
            parts.add(
                    s.sheets().size() > 1
                            ? lang.label(
                                    "layout.xlsx.of",
                                    s.sheet().get(),
                                    s.sheets().size(),
                                    String.join(", ", s.sheets()))
                            : lang.label("layout.xlsx", s.sheet().get()));
        } else {
            char d = s.delimiter().orElse(',');
            parts.add(lang.label(
                    "layout.csv", s.encoding().orElse("?"), d == '\t' ? lang.label("layout.tab") : "'" + d + "'"));
        }
        parts.add(lang.label("layout.header", position(l.positions(), l.headerPosition(), lang)));
        if (l.blankRows() > 0) {
            parts.add(lang.label("layout.blank", lang.count(l.blankRows())));
        }
        if (!l.footer().isEmpty()) {
            List<String> quoted = new ArrayList<>();
            for (TableRow r : l.footer().subList(0, Math.min(QUOTED, l.footer().size()))) {
                quoted.add(position(l.positions(), r.position(), lang) + " " + lang.label("quoted", text(r)));
            }
            if (l.footer().size() > QUOTED) {
                quoted.add(
                        lang.label("layout.footer.more", lang.count(l.footer().size() - QUOTED)));
            }
            parts.add(lang.label("layout.footer", String.join(", ", quoted)));
        }
        return String.join("; ", parts);
    }

    /** "Europe/Berlin, as the export's footer says ('Timezone: Europe/Berlin')". */
    static String zone(AuditHeader.TicketSource source, ReportLanguage lang) {
        TicketsZone z = source.zone();
        if (!source.zoneUsed()) {
            return lang.label("zone.unused");
        }
        String id = z.zone().getId();
        return switch (z.source()) {
            case OPTION -> lang.label("zone.option", id);
            case FOOTER -> lang.label("zone.footer", id, z.footer().orElse(""));
            case PROFILE ->
                z.note().isPresent()
                        ? lang.label(
                                "zone.profile.note", id, z.profile(), z.note().get())
                        : lang.label("zone.profile", id, z.profile());
            case CONTRACT ->
                z.note().isPresent()
                        ? lang.label("zone.contract.note", id, z.note().get())
                        : lang.label("zone.contract", id);
        };
    }

    /** "line 12" or "sheet row 12". */
    static String position(PositionUnit unit, long n, ReportLanguage lang) {
        return lang.label(unit == PositionUnit.SHEET_ROW ? "position.sheetRow" : "position.line", n);
    }

    /** The column heading of positions in the export: "Line" or "Sheet row". */
    static String positionColumn(AuditHeader h, ReportLanguage lang) {
        return lang.label(
                h.ticketSource().layout().positions() == PositionUnit.SHEET_ROW ? "col.sheetRow" : "col.line");
    }

    private static String text(TableRow r) {
        StringBuilder out = new StringBuilder();
        for (String c : r.cells()) {
            if (!c.isBlank()) {
                out.append(out.length() == 0 ? "" : " ").append(c.trim());
            }
        }
        return out.toString();
    }
}
