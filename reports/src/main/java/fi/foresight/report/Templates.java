package fi.foresight.report;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * The report templates ({@code fi/foresight/report/templates/*.ftlh}): FreeMarker with HTML auto-escaping on, no
 * class instantiation or API access from templates, and errors thrown rather than printed into the page.
 */
final class Templates {
    private static final Configuration CONFIG = configuration();

    private Templates() {
    }

    private static Configuration configuration() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setClassLoaderForTemplateLoading(Templates.class.getClassLoader(), "fi/foresight/report/templates");
        c.setDefaultEncoding("UTF-8");
        c.setRecognizeStandardFileExtensions(true);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return c;
    }

    /**
     * Renders {@code name} (e.g. {@code report.ftlh}) with {@code model} as the data model's root; control
     * characters in the data never reach the page ({@link ControlCharacters}).
     */
    static String render(String name, Map<String, Object> model) {
        try {
            Template t = CONFIG.getTemplate(name);
            var out = new StringWriter(256 * 1024);
            t.process(model, out);
            return ControlCharacters.strip(out.toString());
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("cannot render report template " + name + ": " + e.getMessage(), e);
        }
    }
}
