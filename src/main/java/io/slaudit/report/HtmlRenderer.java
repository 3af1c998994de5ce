package io.slaudit.report;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import io.slaudit.audit.AuditReport;
import io.slaudit.input.InputException;
import io.slaudit.input.SourceMark;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit as one self-contained HTML page: inline CSS, inline SVG charts, a few lines of inline
 * script to sort tables, no external request. Rendered by FreeMarker from {@code report.ftlh}, the
 * built-in one or the user's ({@code --template DIR}), in a restricted configuration: everything is
 * HTML-escaped unless a template says otherwise, and a template sees the report's content and
 * nothing else: no {@code ?new}, no {@code ?api}, no Java methods but the content's own accessors.
 * The comparison document ({@link ComparisonHtmlRenderer}) is filled the same way.
 */
final class HtmlRenderer implements Renderer<AuditReport> {

    static final String TEMPLATE = "report.ftlh";

    private final DocumentContent content;

    HtmlRenderer(DocumentOptions options) {
        this(new DocumentContent(options));
    }

    HtmlRenderer(DocumentContent content) {
        this.content = content;
    }

    DocumentContent content() {
        return content;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileName() {
        return "audit.html";
    }

    @Override
    public boolean listsItems() {
        return true;
    }

    @Override
    public void render(AuditReport report, OutputStream out) throws IOException {
        ReportLanguage lang = content.language();
        ReportView view = content.of(report);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("r", view);
        model.put("l", lang.labels());
        model.put("charts", charts(view, lang));
        process(content.options().templateDir(), lang.locale(), TEMPLATE, model, out);
    }

    /**
     * Fills a template of the restricted configuration (the user's folder first, then the built-in
     * templates) with a model; a missing template, a syntax error or a failure while filling it is
     * an input error naming the template file, line and column.
     */
    static void process(
            java.util.Optional<Path> templateDir,
            java.util.Locale locale,
            String name,
            Map<String, Object> model,
            OutputStream out)
            throws IOException {
        Configuration cfg = configuration(templateDir, locale);
        Template template;
        try {
            template = cfg.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw InputException.unreadable(
                    SourceMark.file(templateDir.map(Path::toString).orElse("(built in)")),
                    "the template folder has no " + name);
        } catch (freemarker.core.ParseException e) {
            throw InputException.invalid(
                    new SourceMark(
                            templateFile(templateDir, e.getTemplateName(), name),
                            e.getLineNumber(),
                            e.getColumnNumber()),
                    "template syntax: " + e.getEditorMessage());
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            template.process(model, w);
        } catch (TemplateException e) {
            throw InputException.invalid(
                    new SourceMark(
                            templateFile(
                                    templateDir,
                                    e.getTemplateSourceName() == null ? name : e.getTemplateSourceName(),
                                    name),
                            e.getLineNumber() == null ? 0 : e.getLineNumber(),
                            e.getColumnNumber() == null ? 0 : e.getColumnNumber()),
                    "template: " + firstLine(e.getMessageWithoutStackTop()));
        }
        w.flush();
    }

    /** The file a template came from, as the user named its folder; the built-in ones by name. */
    private static String templateFile(java.util.Optional<Path> templateDir, String name, String fallback) {
        String n = name == null ? fallback : name;
        return templateDir
                .map(d -> d.resolve(n))
                .filter(Files::exists)
                .map(Path::toString)
                .orElse(n);
    }

    private static String firstLine(String message) {
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** The charts as SVG markup (empty when there is nothing to draw). */
    private Map<String, String> charts(ReportView view, ReportLanguage lang) {
        ReportView.Summary s = view.summary();
        Map<String, String> out = new LinkedHashMap<>();
        out.put(
                "compliance",
                Charts.judged(s.rows()) == 0
                        ? ""
                        : svg(
                                lang.label("summary.chart"),
                                Charts.complianceHeight(s.rows()),
                                c -> Charts.compliance(
                                        c, s.rows(), content.options().threshold(), lang)));
        out.put(
                "trend",
                view.trend().isEmpty()
                        ? ""
                        : svg(lang.label("trend"), Charts.TREND_HEIGHT, c -> Charts.trend(c, view.trend(), lang)));
        out.put(
                "distribution",
                view.distribution().isEmpty()
                        ? ""
                        : svg(
                                lang.label("distribution"),
                                Charts.distributionHeight(view.distribution()),
                                c -> Charts.distribution(c, view.distribution(), lang)));
        return out;
    }

    private static String svg(String title, double height, java.util.function.Consumer<ChartCanvas> draw) {
        SvgCanvas canvas = new SvgCanvas(Charts.WIDTH, height, title);
        draw.accept(canvas);
        return canvas.finish();
    }

    /**
     * The restricted FreeMarker configuration. A user's folder comes first; the built-in templates
     * stay reachable behind it (a custom template may include the built-in stylesheet).
     */
    static Configuration configuration(java.util.Optional<Path> templateDir, java.util.Locale locale)
            throws IOException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader builtIn = new ClassTemplateLoader(HtmlRenderer.class, "/io/slaudit/report/html");
        if (templateDir.isPresent()) {
            Path dir = templateDir.get();
            if (!Files.isDirectory(dir)) {
                throw InputException.unreadable(SourceMark.file(dir.toString()), "not a folder of templates");
            }
            if (!Files.isRegularFile(dir.resolve(TEMPLATE))) {
                throw InputException.unreadable(
                        SourceMark.file(dir.toString()), "the template folder has no " + TEMPLATE);
            }
            cfg.setTemplateLoader(
                    new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(dir.toFile()), builtIn}));
        } else {
            cfg.setTemplateLoader(builtIn);
        }
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        // counts print grouped in the report's language (1.234 / 1,234); ?c gives raw numbers
        cfg.setLocale(locale);
        cfg.setNumberFormat(",##0");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setLocalizedLookup(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setMemberAccessPolicy(CONTENT_ONLY);
        wrapper.setExposeFields(false);
        DefaultObjectWrapper built = wrapper.build();
        cfg.setObjectWrapper(built);
        return cfg;
    }

    /**
     * Templates may call the accessors of the report content's records and nothing else: no
     * constructors, no fields, no method of any other class (so no {@code getClass()}, no class
     * loader, no file system).
     */
    private static boolean isView(Class<?> c) {
        return c == ReportView.class || c == ComparisonView.class;
    }

    private static final MemberAccessPolicy CONTENT_ONLY = new MemberAccessPolicy() {
        @Override
        public ClassMemberAccessPolicy forClass(Class<?> c) {
            boolean content = c.isRecord() && (isView(c) || isView(c.getEnclosingClass()));
            return new ClassMemberAccessPolicy() {
                @Override
                public boolean isMethodExposed(Method m) {
                    return content
                            && m.getDeclaringClass() == c
                            && m.getParameterCount() == 0
                            && Modifier.isPublic(m.getModifiers())
                            && !Modifier.isStatic(m.getModifiers())
                            && !m.getName().equals("hashCode");
                }

                @Override
                public boolean isConstructorExposed(Constructor<?> constructor) {
                    return false;
                }

                @Override
                public boolean isFieldExposed(Field field) {
                    return false;
                }
            };
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return false;
        }
    };
}
