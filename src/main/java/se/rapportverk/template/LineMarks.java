package se.rapportverk.template;

/**
 * Marks where in a template each element of its output was written, so that an error in the
 * output (an unknown element, attribute or style) can name the template's own file and line
 * rather than a line of the generated XML.
 *
 * <p>Before every start tag in the template's static text ({@code <p}, {@code <table} …, never
 * inside FreeMarker tags, interpolations, comments or {@code #noparse}) a processing instruction
 * {@code <?rapportverk-mall LINE NAME?>} is inserted. It adds no line, so FreeMarker's own line
 * numbers stay right; XML readers skip it, so the document tree is the same; {@link TreeBuilder}
 * reads it for its messages. Templates in FreeMarker's square-bracket syntax are left unmarked.
 */
final class LineMarks {

    /** The target of the processing instruction. */
    static final String TARGET = "rapportverk-mall";

    private LineMarks() {
    }

    /** A place in a template. */
    record Place(String template, int line) {
        @Override
        public String toString() {
            return "Mallen " + template + ", rad " + line;
        }
    }

    /** The place a processing instruction names, or {@code null} when it is not one of ours. */
    static Place parse(String target, String data) {
        if (!TARGET.equals(target) || data == null) {
            return null;
        }
        String d = data.strip();
        int space = d.indexOf(' ');
        if (space < 0) {
            return null;
        }
        try {
            return new Place(d.substring(space + 1), Integer.parseInt(d.substring(0, space)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private enum State { TEXT, TAG, INTERPOLATION, COMMENT, NOPARSE, CDATA }

    /** The template's source with a mark before each start tag of its static text. */
    static String mark(String name, String source) {
        if (source.stripLeading().startsWith("[#") || name.contains("?>")) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length() + source.length() / 4);
        State state = State.TEXT;
        int line = 1;
        int depth = 0;
        char quote = 0;
        boolean raw = false;
        int n = source.length();
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            switch (state) {
                case TEXT -> {
                    if (source.startsWith("<#--", i)) {
                        state = State.COMMENT;
                    } else if (source.startsWith("<#noparse", i)) {
                        state = State.NOPARSE;
                    } else if (source.startsWith("<![CDATA[", i)) {
                        state = State.CDATA;
                    } else if (source.startsWith("<#", i) || source.startsWith("</#", i) || source.startsWith("<@", i)
                            || source.startsWith("</@", i)) {
                        state = State.TAG;
                        depth = 0;
                    } else if ((c == '$' || c == '#') && i + 1 < n && source.charAt(i + 1) == '{') {
                        state = State.INTERPOLATION;
                        depth = 0;
                    } else if (c == '<' && i + 1 < n && Character.isLetter(source.charAt(i + 1))) {
                        out.append("<?").append(TARGET).append(' ').append(line).append(' ').append(name).append("?>");
                    }
                }
                case COMMENT -> {
                    if (source.startsWith("-->", i)) {
                        out.append("-->");
                        i += 2;
                        state = State.TEXT;
                        continue;
                    }
                }
                case NOPARSE -> {
                    if (source.startsWith("</#noparse>", i)) {
                        out.append("</#noparse>");
                        i += "</#noparse>".length() - 1;
                        state = State.TEXT;
                        continue;
                    }
                }
                case CDATA -> {
                    if (source.startsWith("]]>", i)) {
                        out.append("]]>");
                        i += 2;
                        state = State.TEXT;
                        continue;
                    }
                }
                case TAG, INTERPOLATION -> {
                    if (quote != 0) {
                        if (c == '\\' && !raw && i + 1 < n) {
                            out.append(c);
                            c = source.charAt(++i);
                        } else if (c == quote) {
                            quote = 0;
                        }
                    } else if (c == '"' || c == '\'') {
                        quote = c;
                        raw = i > 0 && source.charAt(i - 1) == 'r';
                    } else if (c == '(' || c == '[' || c == '{') {
                        depth++;
                    } else if (c == ')' || c == ']' || (c == '}' && depth > 0 && state == State.TAG)) {
                        depth--;
                    } else if (c == '}' && state == State.INTERPOLATION) {
                        if (depth <= 1) {
                            state = State.TEXT;
                        } else {
                            depth--;
                        }
                    } else if (c == '>' && state == State.TAG && depth <= 0) {
                        state = State.TEXT;
                    }
                }
                default -> {
                }
            }
            if (c == '\n') {
                line++;
            }
            out.append(c);
        }
        return out.toString();
    }
}
