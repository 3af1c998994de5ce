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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The HTML documents' templates (the audit's {@code report.ftlh}, the bill's {@code bill.ftlh},
 * sharing {@code style.ftlh}, {@code macros.ftlh} and {@code sortable.ftlh}) rendered by FreeMarker
 * in a restricted configuration: everything is HTML-escaped unless a template says otherwise, and
 * a template sees its model and nothing else: no {@code ?new}, no {@code ?api}, no Java methods but
 * the accessors of the content records the caller names ({@link ReportView} and its parts, say).
 * Template errors reach the user as input errors at the template's line and column.
 */
final class HtmlTemplates {

    private HtmlTemplates() {}

    /**
     * Renders a template: the user's folder first when given, the built-in templates behind it.
     *
     * @param content the records the template may read: these and the records nested in them
     * @throws InputException for a missing template or a template error, at its position
     */
    static void render(
            Optional<Path> templateDir,
            String name,
            Locale locale,
            Set<Class<?>> content,
            Map<String, Object> model,
            OutputStream out)
            throws IOException {
        Configuration cfg = configuration(templateDir, name, locale, content);
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
        } catch (SecurityException e) {
            throw outsideFolder(templateDir, e);
        }
        // Every character of the page as XML 1.0 allows it: a NUL or an escape in a ticket id is
        // a parse error of the page, and breaks tools that read it as XHTML.
        Writer w = XmlText.filter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            template.process(model, w);
        } catch (SecurityException e) {
            throw outsideFolder(templateDir, e);
        } catch (TemplateException e) {
            if (e.getCause() instanceof SecurityException se) {
                throw outsideFolder(templateDir, se);
            }
            throw InputException.invalid(
                    new SourceMark(
                            templateFile(templateDir, e.getTemplateSourceName(), name),
                            e.getLineNumber() == null ? 0 : e.getLineNumber(),
                            e.getColumnNumber() == null ? 0 : e.getColumnNumber()),
                    "template: " + firstLine(e.getMessageWithoutStackTop()));
        }
        w.flush();
    }

    /**
     * FreeMarker refuses a template that resolves (through a symbolic link or '..') to a file outside
     * the template folder, with a SecurityException naming both paths.
     */
    private static InputException outsideFolder(Optional<Path> templateDir, SecurityException e) {
        String dir = templateDir.map(Path::toString).orElse("(built in)");
        String message = e.getMessage() == null
                ? ""
                : e.getMessage().replaceAll("\\s+", " ").trim();
        return InputException.invalid(
                SourceMark.file(dir),
                "a template resolves to a file outside the template folder, which --template does not allow (" + message
                        + "); copy the file into the folder instead of linking to it");
    }

    /** The file a template came from, as the user named its folder; the built-in ones by name. */
    private static String templateFile(Optional<Path> templateDir, String name, String fallback) {
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

    /**
     * The restricted FreeMarker configuration. A user's folder comes first; the built-in templates
     * stay reachable behind it (a custom template may include the built-in stylesheet).
     */
    static Configuration configuration(Optional<Path> templateDir, String name, Locale locale, Set<Class<?>> content)
            throws IOException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader builtIn = new ClassTemplateLoader(HtmlTemplates.class, "/io/slaudit/report/html");
        if (templateDir.isPresent()) {
            Path dir = templateDir.get();
            if (!Files.isDirectory(dir)) {
                throw InputException.unreadable(SourceMark.file(dir.toString()), "not a folder of templates");
            }
            if (!Files.isRegularFile(dir.resolve(name))) {
                throw InputException.unreadable(SourceMark.file(dir.toString()), "the template folder has no " + name);
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
        wrapper.setMemberAccessPolicy(contentOnly(content));
        wrapper.setExposeFields(false);
        DefaultObjectWrapper built = wrapper.build();
        cfg.setObjectWrapper(built);
        return cfg;
    }

    /**
     * Templates may call the accessors of the content's records and nothing else: no
     * constructors, no fields, no method of any other class (so no {@code getClass()}, no class
     * loader, no file system).
     */
    private static MemberAccessPolicy contentOnly(Set<Class<?>> roots) {
        return new MemberAccessPolicy() {
            @Override
            public ClassMemberAccessPolicy forClass(Class<?> c) {
                boolean content = c.isRecord() && (roots.contains(c) || roots.contains(c.getEnclosingClass()));
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
}
