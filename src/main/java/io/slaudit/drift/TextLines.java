package io.slaudit.drift;

import java.util.ArrayList;
import java.util.List;

/** The lines in which two texts differ, as a line diff shows them: the last resort of the semantic diff. */
final class TextLines {

    private TextLines() {}

    /** Up to {@code limit} lines, each {@code - old} or {@code + new}, in the order of a unified diff. */
    static List<String> changed(String a, String b, int limit) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        int[][] lcs = new int[x.length + 1][y.length + 1];
        for (int i = x.length - 1; i >= 0; i--) {
            for (int j = y.length - 1; j >= 0; j--) {
                lcs[i][j] = x[i].equals(y[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while ((i < x.length || j < y.length) && out.size() < limit) {
            if (i < x.length && j < y.length && x[i].equals(y[j])) {
                i++;
                j++;
            } else if (j < y.length && (i == x.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add("+ " + y[j++].trim());
            } else {
                out.add("- " + x[i++].trim());
            }
        }
        return out;
    }
}
