package io.slaudit.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The last rows of a sheet, read before the sheet itself so that a footer naming the zone of its
 * times (Zammad's {@code Timezone: Europe/Berlin}) is known before the first time is read. A
 * sheet is deflated XML that cannot be entered at its end: its bytes are inflated and only the last
 * 256 KiB are kept, then parsed for their rows. That costs an inflate of the sheet, a fraction of
 * parsing it. Shared strings are looked up for those rows alone.
 */
final class SheetTail {

    private static final int KEEP = 1 << 18;
    private static final int ROWS = 20;

    private static final Pattern ROW = Pattern.compile("<row\\b([^>]*)>(.*?)</row>", Pattern.DOTALL);
    private static final Pattern ROW_NUMBER = Pattern.compile("\\br=\"(\\d+)\"");
    private static final Pattern CELL = Pattern.compile("<c\\b([^>]*?)(?:/>|>(.*?)</c>)", Pattern.DOTALL);
    private static final Pattern CELL_REF = Pattern.compile("\\br=\"([A-Z]+)\\d+\"");
    private static final Pattern CELL_TYPE = Pattern.compile("\\bt=\"([a-zA-Z]+)\"");
    private static final Pattern VALUE = Pattern.compile("<v>(.*?)</v>", Pattern.DOTALL);
    private static final Pattern INLINE = Pattern.compile("<t\\b[^>]*>(.*?)</t>", Pattern.DOTALL);
    private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship\\b([^>]*)/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(Id|Target|Type)=\"([^\"]*)\"");

    private SheetTail() {}

    /** The last rows of the sheet with the relationship id {@code sheetId}; empty if it cannot be found. */
    static Optional<List<TableRow>> read(Path file, String sheetId) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Optional<String> workbook = target(zip, "_rels/.rels", "", "officeDocument");
            if (workbook.isEmpty()) {
                return Optional.empty();
            }
            String dir = workbook.get().contains("/")
                    ? workbook.get().substring(0, workbook.get().lastIndexOf('/') + 1)
                    : "";
            String rels = dir + "_rels/" + workbook.get().substring(dir.length()) + ".rels";
            Map<String, String> byId = relationships(zip, rels, dir);
            String sheetPath = byId.get(sheetId);
            String stringsPath = null;
            for (Map.Entry<String, String> e : types(zip, rels, dir).entrySet()) {
                if (e.getValue().endsWith("/sharedStrings")) {
                    stringsPath = byId.get(e.getKey());
                }
            }
            if (sheetPath == null) {
                return Optional.empty();
            }
            ZipEntry sheet = zip.getEntry(sheetPath);
            if (sheet == null) {
                return Optional.empty();
            }
            String tail = lastBytes(zip, sheet);
            List<RawRow> raw = rows(tail);
            TreeSet<Integer> wanted = new TreeSet<>();
            for (RawRow r : raw) {
                for (RawCell c : r.cells) {
                    if (c.shared) {
                        try {
                            wanted.add(Integer.parseInt(c.value.trim()));
                        } catch (NumberFormatException e) {
                            // not an index: left as it is
                        }
                    }
                }
            }
            Map<Integer, String> strings = stringsPath == null || wanted.isEmpty()
                    ? Map.of()
                    : sharedStrings(zip, zip.getEntry(stringsPath), wanted);
            List<TableRow> out = new ArrayList<>();
            for (RawRow r : raw) {
                List<String> cells = new ArrayList<>();
                for (RawCell c : r.cells) {
                    while (cells.size() < c.column) {
                        cells.add("");
                    }
                    String text = c.value;
                    if (c.shared) {
                        try {
                            text = strings.getOrDefault(Integer.parseInt(c.value.trim()), "");
                        } catch (NumberFormatException e) {
                            text = "";
                        }
                    }
                    cells.add(text);
                }
                out.add(new TableRow(Math.max(1, r.number), cells));
            }
            return Optional.of(out);
        } catch (IOException | RuntimeException | XMLStreamException e) {
            return Optional.empty();
        }
    }

    private record RawRow(long number, List<RawCell> cells) {}

    private record RawCell(int column, String value, boolean shared) {}

    private static List<RawRow> rows(String xml) {
        List<RawRow> all = new ArrayList<>();
        Matcher m = ROW.matcher(xml);
        while (m.find()) {
            Matcher n = ROW_NUMBER.matcher(m.group(1));
            long number = n.find() ? Long.parseLong(n.group(1)) : 0;
            List<RawCell> cells = new ArrayList<>();
            Matcher c = CELL.matcher(m.group(2));
            int next = 0;
            while (c.find()) {
                String attributes = c.group(1);
                String body = c.group(2) == null ? "" : c.group(2);
                Matcher ref = CELL_REF.matcher(attributes);
                int column = ref.find() ? column(ref.group(1)) : next;
                next = column + 1;
                Matcher type = CELL_TYPE.matcher(attributes);
                String t = type.find() ? type.group(1) : "n";
                String value;
                if (t.equals("inlineStr")) {
                    StringBuilder s = new StringBuilder();
                    Matcher i = INLINE.matcher(body);
                    while (i.find()) {
                        s.append(unescape(i.group(1)));
                    }
                    value = s.toString();
                } else {
                    Matcher v = VALUE.matcher(body);
                    value = v.find() ? unescape(v.group(1)) : "";
                }
                cells.add(new RawCell(column, value, t.equals("s")));
            }
            all.add(new RawRow(number, cells));
        }
        // The first match may be a row cut in half by the 256 KiB window: it is only kept when
        // the window holds the whole sheet.
        int from = Math.max(0, all.size() - ROWS);
        return all.subList(from, all.size());
    }

    private static int column(String letters) {
        int n = 0;
        for (int i = 0; i < letters.length(); i++) {
            n = n * 26 + (letters.charAt(i) - 'A' + 1);
        }
        return n - 1;
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int end = c == '&' ? s.indexOf(';', i) : -1;
            if (end < 0) {
                out.append(c);
                continue;
            }
            String entity = s.substring(i + 1, end);
            switch (entity) {
                case "amp" -> out.append('&');
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> {
                    try {
                        int code = entity.startsWith("#x")
                                ? Integer.parseInt(entity.substring(2), 16)
                                : entity.startsWith("#") ? Integer.parseInt(entity.substring(1)) : -1;
                        if (code < 0) {
                            out.append(s, i, end + 1);
                        } else {
                            out.appendCodePoint(code);
                        }
                    } catch (IllegalArgumentException e) {
                        out.append(s, i, end + 1);
                    }
                }
            }
            i = end;
        }
        return out.toString();
    }

    /** The last {@link #KEEP} bytes of an entry, inflated, as text (from its first whole row). */
    private static String lastBytes(ZipFile zip, ZipEntry entry) throws IOException {
        byte[] ring = new byte[KEEP];
        long total = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int off = 0; off < n; ) {
                    int at = (int) (total % KEEP);
                    int len = Math.min(n - off, KEEP - at);
                    System.arraycopy(buffer, off, ring, at, len);
                    off += len;
                    total += len;
                }
            }
        }
        byte[] ordered;
        if (total <= KEEP) {
            ordered = java.util.Arrays.copyOf(ring, (int) total);
        } else {
            ordered = new byte[KEEP];
            int start = (int) (total % KEEP);
            System.arraycopy(ring, start, ordered, 0, KEEP - start);
            System.arraycopy(ring, 0, ordered, KEEP - start, start);
        }
        String text = new String(ordered, StandardCharsets.UTF_8);
        if (total > KEEP) {
            int first = text.indexOf("<row ");
            int firstEnd = text.indexOf("</row>");
            // a row whose start was cut off ends before the first whole row begins: drop it
            if (firstEnd >= 0 && (first < 0 || firstEnd < first)) {
                text = text.substring(firstEnd + "</row>".length());
            }
        }
        return text;
    }

    private static Optional<String> target(ZipFile zip, String rels, String dir, String typeSuffix) throws IOException {
        Map<String, String> targets = relationships(zip, rels, dir);
        for (Map.Entry<String, String> e : types(zip, rels, dir).entrySet()) {
            if (e.getValue().endsWith("/" + typeSuffix)) {
                return Optional.ofNullable(targets.get(e.getKey()));
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> relationships(ZipFile zip, String rels, String dir) throws IOException {
        return attributes(zip, rels, "Target", dir);
    }

    private static Map<String, String> types(ZipFile zip, String rels, String dir) throws IOException {
        return attributes(zip, rels, "Type", "");
    }

    private static Map<String, String> attributes(ZipFile zip, String rels, String which, String dir)
            throws IOException {
        ZipEntry e = zip.getEntry(rels);
        Map<String, String> out = new HashMap<>();
        if (e == null) {
            return out;
        }
        String xml;
        try (InputStream in = zip.getInputStream(e)) {
            xml = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
        }
        Matcher r = RELATIONSHIP.matcher(xml);
        while (r.find()) {
            String id = null;
            String value = null;
            Matcher a = ATTRIBUTE.matcher(r.group(1));
            while (a.find()) {
                if (a.group(1).equals("Id")) {
                    id = a.group(2);
                } else if (a.group(1).equals(which)) {
                    value = a.group(2);
                }
            }
            if (id != null && value != null) {
                if (which.equals("Target")) {
                    value = value.startsWith("/") ? value.substring(1) : dir + value;
                }
                out.put(id, value);
            }
        }
        return out;
    }

    /** The shared strings at the given indexes, streamed up to the last one. */
    private static Map<Integer, String> sharedStrings(ZipFile zip, ZipEntry entry, TreeSet<Integer> wanted)
            throws IOException, XMLStreamException {
        Map<Integer, String> out = new HashMap<>();
        if (entry == null) {
            return out;
        }
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        int last = wanted.last();
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader r = factory.createXMLStreamReader(in, "UTF-8");
            int index = -1;
            StringBuilder text = null;
            boolean inText = false;
            boolean inPhonetic = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("si")) {
                        index++;
                        text = wanted.contains(index) ? new StringBuilder() : null;
                    } else if (name.equals("rPh")) {
                        inPhonetic = true;
                    } else if (name.equals("t")) {
                        inText = !inPhonetic;
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (inText && text != null) {
                        text.append(r.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("t")) {
                        inText = false;
                    } else if (name.equals("rPh")) {
                        inPhonetic = false;
                    } else if (name.equals("si")) {
                        if (text != null) {
                            out.put(index, text.toString());
                        }
                        if (index >= last) {
                            break;
                        }
                    }
                }
            }
            r.close();
        }
        return out;
    }
}
