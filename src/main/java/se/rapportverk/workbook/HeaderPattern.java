package se.rapportverk.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.rapportverk.format.SwedishMonths;

/**
 * A header as users copy it from last year's report, with the year and the period written out:
 * {@code Bokslut {år-1}}, {@code Utfall {period} {år}}, {@code Prognos helår {år}}. A column's
 * patterns are declared in the schema ({@link ColumnSpec#pattern}); a header matches when its text
 * does, and it means the column when the year and the period it names are those of the Rapport
 * sheet ({@link Context}). A header that matches but names another year or period is a mistake the
 * reader reports with its cell, never a column read silently.
 *
 * <p>Tokens: {@code {år}} the report year, {@code {år-1}} the year before (four digits);
 * {@code {period}} the months of the period, {@code jan–aug}, {@code jan-aug}, {@code januari–augusti},
 * {@code januari till augusti}; {@code {periodens slut}} its last day, {@code 31 augusti 2024}. The rest
 * is compared as headers are (normalised: case, å/ä/ö and spaces do not matter).
 */
public final class HeaderPattern {

    private static final String MONTH = "(jan(?:uari)?|feb(?:ruari)?|mar(?:s)?|apr(?:il)?|maj|jun(?:i)?|jul(?:i)?"
            + "|aug(?:usti)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String RANGE = MONTH + "(?:\\s*(?:[-–—]|till|t\\.?\\s?o\\.?\\s?m\\.?)\\s*" + MONTH + ")?";
    private static final String YEAR = "((?:19|20|21)\\d\\d)";
    private static final String DAY_MONTH_YEAR = "(\\d{1,2})\\s+" + MONTH + "\\s+" + YEAR;

    /** What a header's year and period are checked against: Rapport's År and Period, when known. */
    public record Context(Integer year, Integer period) {
        /** Nothing known (the Rapport sheet is unusable). */
        public static final Context NONE = new Context(null, null);
    }

    /**
     * A header that matches the pattern's text.
     *
     * @param year      the year the header names, when the pattern has one
     * @param fromMonth the first month of the period it names, when it has one
     * @param toMonth   the last month of the period it names, when it has one
     */
    public record Match(Integer year, Integer fromMonth, Integer toMonth) {
    }

    private enum Token {
        YEAR, PREVIOUS_YEAR, PERIOD, PERIOD_END
    }

    private final String text;
    private final Pattern regex;
    private final List<Token> tokens;

    private HeaderPattern(String text) {
        this.text = text;
        List<Token> found = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(text);
        int at = 0;
        while (m.find()) {
            sb.append(literal(text.substring(at, m.start())));
            Token token = switch (m.group(1)) {
                case "år" -> Token.YEAR;
                case "år-1" -> Token.PREVIOUS_YEAR;
                case "period" -> Token.PERIOD;
                case "periodens slut" -> Token.PERIOD_END;
                default -> throw new IllegalArgumentException("unknown token {" + m.group(1) + "} in " + text);
            };
            found.add(token);
            sb.append(switch (token) {
                case YEAR, PREVIOUS_YEAR -> YEAR;
                case PERIOD -> RANGE;
                case PERIOD_END -> DAY_MONTH_YEAR;
            });
            at = m.end();
        }
        sb.append(literal(text.substring(at)));
        this.regex = Pattern.compile(sb.toString().strip());
        this.tokens = List.copyOf(found);
    }

    private static String literal(String part) {
        String n = Names.normalise(part);
        if (n.isEmpty()) {
            return part.isEmpty() ? "" : "\\s*";
        }
        StringBuilder sb = new StringBuilder();
        if (Character.isWhitespace(part.charAt(0))) {
            sb.append("\\s*");
        }
        sb.append(Pattern.quote(n).replace(" ", "\\E\\s*\\Q"));
        if (Character.isWhitespace(part.charAt(part.length() - 1))) {
            sb.append("\\s*");
        }
        return sb.toString();
    }

    /** A pattern, as the schema writes it: {@code Utfall {period} {år}}. */
    public static HeaderPattern of(String text) {
        return new HeaderPattern(text);
    }

    /** The pattern as declared. */
    public String text() {
        return text;
    }

    /** Whether the pattern names a year (so it can be read only when År is known). */
    public boolean hasYear() {
        return tokens.stream().anyMatch(t -> t != Token.PERIOD);
    }

    /** The header's year and period, if its text matches the pattern's. */
    public Optional<Match> match(String header) {
        Matcher m = regex.matcher(Names.normalise(header));
        if (!m.matches()) {
            return Optional.empty();
        }
        Integer year = null;
        Integer from = null;
        Integer to = null;
        int group = 1;
        for (Token t : tokens) {
            switch (t) {
                case YEAR, PREVIOUS_YEAR -> {
                    year = Integer.parseInt(m.group(group));
                    group += 1;
                }
                case PERIOD -> {
                    from = month(m.group(group));
                    to = m.group(group + 1) == null ? from : month(m.group(group + 1));
                    group += 2;
                }
                case PERIOD_END -> {
                    from = 1;
                    to = month(m.group(group + 1));
                    year = Integer.parseInt(m.group(group + 2));
                    group += 3;
                }
            }
        }
        return Optional.of(new Match(year, from, to));
    }

    private static int month(String text) {
        return SwedishMonths.parse(text.replace(".", "")).orElseThrow();
    }

    /** The year the pattern means relative to År: 0 for {@code {år}}, -1 for {@code {år-1}}. */
    private int yearOffset() {
        return tokens.contains(Token.PREVIOUS_YEAR) ? -1 : 0;
    }

    /** Whether a matching header names the year the pattern means (or no year, or År is unknown). */
    public boolean yearAgrees(Match match, Context context) {
        return match.year() == null || context.year() == null || match.year() == context.year() + yearOffset();
    }

    /**
     * What is wrong with a matching header in a context, in Swedish, or empty when it means the
     * column: its year is År (or År − 1) and its period January to Period.
     */
    public Optional<String> contradiction(Match match, Context context) {
        if (match.year() != null && context.year() != null && match.year() != context.year() + yearOffset()) {
            return Optional.of("den gäller " + match.year() + " men " + (yearOffset() == 0 ? "År på bladet Rapport är "
                    + context.year() : "föregående år är " + (context.year() - 1) + " (År på bladet Rapport är "
                    + context.year() + ")"));
        }
        if (match.fromMonth() != null && match.fromMonth() != 1) {
            return Optional.of("perioden börjar i " + SwedishMonths.name(match.fromMonth())
                    + " men utfallet räknas alltid från januari");
        }
        if (match.toMonth() != null && context.period() != null && !match.toMonth().equals(context.period())) {
            return Optional.of("den gäller " + SwedishMonths.range(match.toMonth()) + " men Period på bladet Rapport är "
                    + SwedishMonths.name(context.period()));
        }
        return Optional.empty();
    }

    /** The header the pattern gives in a context: {@code Utfall jan–aug 2025} (2025 and augusti when unknown). */
    public String render(Context context) {
        int year = context.year() == null ? 2025 : context.year();
        int period = context.period() == null ? 8 : context.period();
        return text.replace("{år-1}", String.valueOf(year - 1)).replace("{år}", String.valueOf(year))
                .replace("{period}", SwedishMonths.shortRange(period))
                .replace("{periodens slut}", java.time.YearMonth.of(year, period).atEndOfMonth().getDayOfMonth() + " "
                        + SwedishMonths.name(period) + " " + year);
    }

    @Override
    public String toString() {
        return text;
    }
}
