package se.rapportverk.template;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import freemarker.core.InvalidReferenceException;
import freemarker.core.NonBooleanException;
import freemarker.core.NonHashException;
import freemarker.core.NonNumericalException;
import freemarker.core.NonSequenceOrCollectionException;
import freemarker.core.NonStringException;
import freemarker.core.NonStringOrTemplateOutputException;
import freemarker.core.ParseException;
import freemarker.core.StopException;
import freemarker.template.TemplateNotFoundException;

import se.rapportverk.workbook.Names;

/**
 * FreeMarker's errors in Swedish: the template's own file and line, what is wrong (the missing
 * name spelled out, the wrong kind of value named), the line itself, and what to do. FreeMarker's
 * English text is never shown.
 */
final class TemplateErrors {

    /** FreeMarker's directives, for suggesting the one meant. */
    private static final List<String> DIRECTIVES = List.of("if", "else", "elseif", "list", "items", "sep", "assign",
            "local", "global", "macro", "function", "return", "include", "import", "attempt", "recover", "switch",
            "case", "on", "default", "break", "continue", "compress", "noparse", "ftl", "nested", "setting", "stop",
            "t", "lt", "rt", "nt", "outputformat", "autoesc", "noautoesc", "visit", "recurse", "fallback", "flush");

    private static final Pattern UNKNOWN_DIRECTIVE = Pattern.compile("Unknown directive: #(\\S+?)\\.(?:\\s|$)");
    private static final Pattern UNCLOSED = Pattern.compile("You have an unclosed (#\\S+|\"[^\"]*\")\\.");
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \"(.*?)\"");
    private static final Pattern EVALUATED_TO = Pattern.compile("evaluated to an? ([\\w+]+)");

    private TemplateErrors() {
    }

    /** A template that is not there: missing, or leading out of the template folder. */
    static TemplateException notFound(String name, RecordingTemplateLoader loader, Throwable cause) {
        String outside = loader.outside(name);
        if (outside != null) {
            return new TemplateException("Mallen " + name + " pekar utanför mallmappen (till " + outside + "); mallar "
                    + "och det de tar in med #include och #import måste ligga i mallmappen", cause);
        }
        return new TemplateException("Mallen " + name + " finns inte; kopiera den från Rapportverks mappen templates/ "
                + "till mallmappen", cause);
    }

    /** A template with a syntax error. */
    static TemplateException syntax(ParseException e, Map<String, byte[]> sources) {
        String message = e.getEditorMessage() == null ? "" : e.getEditorMessage();
        String what;
        Matcher m;
        if ((m = UNKNOWN_DIRECTIVE.matcher(message)).find()) {
            String directive = m.group(1);
            what = "okänt direktiv <#" + directive + ">" + Names.closest(directive, DIRECTIVES)
                    .map(d -> "; menade du <#" + d + ">?").orElse("");
        } else if ((m = UNCLOSED.matcher(message)).find()) {
            String open = m.group(1);
            what = open.startsWith("#") ? "<" + open + "> stängs aldrig; lägg till </" + open + ">"
                    : "ett ${ stängs aldrig; lägg till }";
        } else if ((m = ENCOUNTERED.matcher(message)).find()) {
            what = "\"" + m.group(1) + "\" kan inte stå här";
        } else {
            what = "mallen har ett syntaxfel";
        }
        return new TemplateException(place(e.getTemplateName(), e.getLineNumber()) + ": syntaxfel, " + what
                + quote(sources, e.getTemplateName(), e.getLineNumber()), e);
    }

    /** A template that failed while it was filled. */
    static TemplateException filling(freemarker.template.TemplateException e, RecordingTemplateLoader loader,
                                     Map<String, byte[]> sources) {
        String template = e.getTemplateSourceName();
        Integer line = e.getLineNumber();
        freemarker.template.MalformedTemplateNameException malformed =
                cause(e, freemarker.template.MalformedTemplateNameException.class);
        if (malformed != null) {
            return new TemplateException(place(template, line) + ": mallnamnet \"" + malformed.getTemplateName()
                    + "\" pekar utanför mallmappen; mallar och det de tar in måste ligga i mallmappen"
                    + quote(sources, template, line), e);
        }
        TemplateNotFoundException missing = cause(e, TemplateNotFoundException.class);
        if (missing != null) {
            TemplateException inner = notFound(missing.getTemplateName(), loader, e);
            return new TemplateException(place(template, line) + ": " + lowerFirst(inner.getMessage())
                    + quote(sources, template, line), e);
        }
        String expression = e.getBlamedExpressionString();
        String what;
        if (e instanceof InvalidReferenceException) {
            what = missingName(expression);
        } else if (e instanceof StopException) {
            what = "mallen stoppade med #stop" + (e.getMessageWithoutStackTop() == null ? ""
                    : ": " + e.getMessageWithoutStackTop().strip());
        } else if (expected(e) != null) {
            what = (expression == null ? "ett värde" : "\"" + expression + "\"") + " " + expected(e)
                    + actual(e).map(a -> ", men är " + a).orElse("");
        } else {
            what = "mallen kunde inte fyllas" + (expression == null ? "" : " vid uttrycket \"" + expression + "\"");
        }
        return new TemplateException(place(template, line) + ": " + what + calledFrom(e, template, line)
                + quote(sources, template, line), e);
    }

    private static String missingName(String expression) {
        if (expression == null) {
            return "ett namn saknas i uppgifterna till mallen";
        }
        int dot = Math.max(expression.lastIndexOf('.'), expression.lastIndexOf('['));
        String detail = dot > 0 ? " (" + expression.substring(0, dot) + " har inget " + expression.substring(dot)
                .replaceAll("^[.\\[]", "").replaceAll("]$", "") + ")" : "";
        return "namnet \"" + expression + "\" finns inte i uppgifterna till mallen" + detail + ", eller är tomt. "
                + "Vad en mall får står i templates/README.md; kan uppgiften saknas, skriv ${" + expression
                + "!} eller <#if " + expression + "??>…</#if>";
    }

    private static String expected(freemarker.template.TemplateException e) {
        if (e instanceof NonStringOrTemplateOutputException || e instanceof NonStringException) {
            return "ska vara en text (eller ett tal) som kan skrivas ut";
        }
        if (e instanceof NonNumericalException) {
            return "ska vara ett tal";
        }
        if (e instanceof NonBooleanException) {
            return "ska vara sant eller falskt";
        }
        if (e instanceof NonHashException) {
            return "ska ha namngivna värden (som rapport.kommun)";
        }
        if (e instanceof NonSequenceOrCollectionException) {
            return "ska vara en lista (för <#list>)";
        }
        if (e.getClass().getSimpleName().equals("NonUserDefinedDirectiveLikeException")) {
            return "ska vara ett makro (för <@…>)";
        }
        return null;
    }

    /** What the value really was, in words, when FreeMarker says. */
    private static Optional<String> actual(freemarker.template.TemplateException e) {
        String message = e.getMessageWithoutStackTop();
        Matcher m = message == null ? null : EVALUATED_TO.matcher(message);
        if (m == null || !m.find()) {
            return Optional.empty();
        }
        String type = m.group(1);
        if (type.contains("sequence")) {
            return Optional.of("en lista");
        }
        if (type.contains("hash")) {
            return Optional.of("en samling med namngivna värden");
        }
        if (type.contains("string")) {
            return Optional.of("en text");
        }
        if (type.contains("number")) {
            return Optional.of("ett tal");
        }
        if (type.contains("boolean")) {
            return Optional.of("sant eller falskt");
        }
        if (type.contains("macro") || type.contains("directive")) {
            return Optional.of("ett makro");
        }
        if (type.contains("method")) {
            return Optional.of("en funktion");
        }
        return Optional.empty();
    }

    /** {@code (anropat från delarsrapport.ftl rad 40)}, when the error is inside a macro of another template. */
    private static String calledFrom(freemarker.template.TemplateException e, String template, Integer line) {
        String stack = e.getFTLInstructionStack();
        if (stack == null) {
            return "";
        }
        Matcher m = Pattern.compile("template \"([^\"]+)\" at line (\\d+)").matcher(stack);
        StringBuilder from = new StringBuilder();
        String last = template + ":" + line;
        while (m.find()) {
            String here = m.group(1) + ":" + m.group(2);
            if (!here.equals(last) && !m.group(1).equals(template)) {
                from.append(from.length() == 0 ? " (anropat från " : ", ").append(m.group(1)).append(" rad ")
                        .append(m.group(2));
                last = here;
            }
        }
        return from.length() == 0 ? "" : from.append(')').toString();
    }

    static String place(String template, Integer line) {
        return "Mallen " + (template == null ? "?" : template) + (line == null ? "" : ", rad " + line);
    }

    /** The template's line as written, to show under the message. */
    static String quote(Map<String, byte[]> sources, String template, Integer line) {
        if (template == null || line == null || line < 1) {
            return "";
        }
        byte[] bytes = sources.get(template);
        if (bytes == null) {
            return "";
        }
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        if (line > lines.size()) {
            return "";
        }
        String text = lines.get(line - 1).strip();
        if (text.length() > 160) {
            text = text.substring(0, 160) + "…";
        }
        return text.isEmpty() ? "" : "\n  " + line + " | " + text;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
