package io.slaudit.cli;

import io.slaudit.report.Renderer;
import io.slaudit.report.RendererSet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The renderers a {@code --format} list names, each once, in the order given. */
final class Formats {

    private Formats() {}

    /**
     * @param given the option's value, names separated by commas; {@code null} for the default
     * @throws UsageException for an empty or unknown name
     */
    static <R> List<Renderer<R>> choose(String given, RendererSet<R> set, String fallback) {
        List<String> names = given == null ? List.of(fallback) : List.of(given.split(",", -1));
        List<Renderer<R>> out = new ArrayList<>();
        for (String name : names) {
            if (name.isBlank()) {
                throw new UsageException(
                        "--format: an empty format name in the list; formats: " + String.join(", ", set.names()));
            }
            Renderer<R> r = set.named(name)
                    .orElseThrow(() -> new UsageException(
                            "--format: no format '" + name.trim() + "'; formats: " + String.join(", ", set.names())));
            if (out.stream().noneMatch(o -> o.format().equals(r.format()))) {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether the option's value names a format (for options that apply only to some). */
    static boolean names(String given, String format) {
        return given != null
                && java.util.Arrays.stream(given.split(",", -1))
                        .anyMatch(n -> n.trim().equalsIgnoreCase(format));
    }

    /**
     * Renders a result in every format chosen and puts the documents in place once all are
     * complete (see {@link Outputs}); names each file written on {@code err}.
     */
    static <R> void write(R result, List<Renderer<R>> renderers, Outputs outputs, PrintWriter out, PrintWriter err) {
        List<Path> written;
        try (Outputs.Writing w = outputs.begin(out)) {
            for (Renderer<R> r : renderers) {
                try (OutputStream o = w.open(new Outputs.Document(r.format(), r.fileName(), r.binary()))) {
                    r.render(result, o);
                }
            }
            written = w.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path p : written) {
            err.println("slaudit: wrote " + p);
        }
    }

    /** The documents the renderers write, for {@link Outputs}. */
    static <R> List<Outputs.Document> documents(List<Renderer<R>> renderers) {
        return renderers.stream()
                .map(r -> new Outputs.Document(r.format(), r.fileName(), r.binary()))
                .toList();
    }
}
