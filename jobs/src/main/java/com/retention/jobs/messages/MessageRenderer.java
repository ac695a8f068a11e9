package com.retention.jobs.messages;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;

import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

/**
 * Renders the SMS notices and call scripts from the FreeMarker templates under classpath
 * {@code templates/} (the copy packaged in the jar), or from an override folder holding a user's
 * edited copies (any file missing there falls back to the packaged one). Strict: a missing
 * variable is an error, never an empty gap. Thread-safe once built.
 */
public final class MessageRenderer {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");

    private final Configuration freemarker;

    private MessageRenderer(TemplateLoader loader) {
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setTemplateLoader(loader);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputFormat(PlainTextOutputFormat.INSTANCE); // SMS text: no HTML escaping
        freemarker.setLocalizedLookup(false);
        freemarker.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE); // a batch run reads each file once
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setNumberFormat("computer");
        // Templates may come from a user's folder: no Java object creation or API access from them.
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
    }

    /** Templates from the jar only. */
    public static MessageRenderer packaged() {
        return new MessageRenderer(classpathLoader());
    }

    /** Templates from {@code overrideFolder} first, the jar's for anything not there. */
    public static MessageRenderer withOverrides(Path overrideFolder) {
        if (!Files.isDirectory(overrideFolder)) {
            throw new IllegalArgumentException("templates folder " + overrideFolder.toAbsolutePath() + " does not exist");
        }
        try {
            TemplateLoader files = new FileTemplateLoader(overrideFolder.toFile());
            return new MessageRenderer(new MultiTemplateLoader(new TemplateLoader[] {files, classpathLoader()}));
        } catch (IOException e) {
            throw new IllegalArgumentException("templates folder " + overrideFolder + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static TemplateLoader classpathLoader() {
        return new ClassTemplateLoader(MessageRenderer.class.getClassLoader(), "templates");
    }

    /** The SMS (or e-mail) text of a notification step for this subscriber. */
    public RenderedMessage renderNotification(String step, MessageModel model) {
        return render(MessageTemplate.forNotification(step), model);
    }

    /** The call script an agent reads for this campaign step and subscriber. */
    public RenderedMessage renderScript(String campaign, String step, MessageModel model) {
        return render(MessageTemplate.forCall(campaign, step), model);
    }

    public RenderedMessage render(MessageTemplate template, MessageModel model) {
        String path = template.path(model.language());
        return new RenderedMessage(path, render(path, model.language(), MessageVariables.of(model)));
    }

    /**
     * Renders every template in every language against sample data, once fully and once with only
     * the variables its step guarantees. Call it before writing anything: a broken template then
     * fails the run with its name and line, and no half set of files is left behind.
     *
     * @return the templates checked
     */
    public List<String> validateAll() {
        List<String> checked = new ArrayList<>();
        for (MessageTemplate template : MessageTemplate.values()) {
            for (String language : List.of("ru", "en")) {
                String path = template.path(language);
                render(path, language, SampleModels.full(language));
                render(path, language, SampleModels.minimal(template, language));
                checked.add(path);
            }
        }
        return checked;
    }

    private String render(String path, String language, Map<String, Object> variables) {
        try {
            Template template = freemarker.getTemplate(path);
            StringWriter out = new StringWriter(256);
            Environment environment = template.createProcessingEnvironment(variables, out);
            environment.setLocale("en".equals(language) ? Locale.ENGLISH : RUSSIAN);
            environment.process();
            return WHITESPACE.matcher(out.toString()).replaceAll(" ").strip();
        } catch (TemplateNotFoundException e) {
            throw new MessageTemplateException(path, null, "not found in the templates folder or the jar", e);
        } catch (ParseException e) {
            throw new MessageTemplateException(sourceName(e.getTemplateName(), path), e.getLineNumber(),
                    firstLine(e.getEditorMessage()), e);
        } catch (TemplateException e) {
            throw new MessageTemplateException(sourceName(e.getTemplateSourceName(), path), e.getLineNumber(),
                    problem(e), e);
        } catch (IOException e) {
            throw new MessageTemplateException(path, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** FreeMarker's first line, plus the expression it blames ("... null or missing: amount"). */
    private static String problem(TemplateException e) {
        String blamed = e.getBlamedExpressionString();
        String first = firstLine(e.getMessageWithoutStackTop());
        return blamed == null || first.contains(blamed) ? first : first + " " + blamed;
    }

    private static String sourceName(String reported, String requested) {
        return reported == null ? requested : reported;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "cannot be rendered";
        }
        String trimmed = message.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }
}
