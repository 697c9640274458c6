package se.rapportverk.husstil;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.rapportverk.workbook.Names;

/**
 * The kinds of value a setting takes, read as people write them. Each reader throws
 * {@link IllegalArgumentException} with the Swedish reason (without the place) when the text is
 * not such a value.
 */
final class Values {

    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");
    private static final Pattern RGB = Pattern.compile("(?i)rgb\\s*\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*\\)");
    private static final Pattern LENGTH = Pattern.compile("(?i)(\\d{1,4}(?:[.,]\\d{1,3})?)\\s*(mm|cm)?");

    private Values() {
    }

    /** {@code #1F3864}, {@code 1F3864}, {@code #18E} or {@code rgb(31, 56, 100)}. */
    static Color colour(String text) {
        String t = text.strip();
        Matcher hex = HEX.matcher(t);
        if (hex.matches()) {
            String digits = hex.group(1);
            if (digits.length() == 3) {
                digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1)
                        + digits.charAt(2) + digits.charAt(2);
            }
            return new Color(Integer.parseInt(digits, 16));
        }
        Matcher rgb = RGB.matcher(t);
        if (rgb.matches()) {
            int r = Integer.parseInt(rgb.group(1));
            int g = Integer.parseInt(rgb.group(2));
            int b = Integer.parseInt(rgb.group(3));
            if (r > 255 || g > 255 || b > 255) {
                throw new IllegalArgumentException("\"" + t + "\" är ingen färg: rgb tar tal från 0 till 255");
            }
            return new Color(r, g, b);
        }
        String hint = t.contains(" #") || t.indexOf('#') > 0
                ? " (en kommentar skrivs på en egen rad som börjar med #)" : "";
        throw new IllegalArgumentException((t.isEmpty() ? "färgen saknas" : "\"" + t + "\" är ingen färg" + hint)
                + "; skriv sex hexadecimala siffror, till exempel #1F3864, eller rgb(31, 56, 100)");
    }

    /** A colour as a settings file writes it: {@code #1F3864}. */
    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%06X", c.getRGB() & 0xFFFFFF);
    }

    /** {@code 25 mm}, {@code 2,5 cm}, {@code 25} (millimetres), within the setting's range. */
    static double length(String text, Setting setting) {
        String t = text.strip();
        Matcher m = LENGTH.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException((t.isEmpty() ? "måttet saknas" : "\"" + t + "\" är inget mått")
                    + "; skriv till exempel " + example(setting));
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(',', '.'));
        if ("cm".equalsIgnoreCase(m.group(2))) {
            value = value.movePointRight(1);
        }
        double mm = value.doubleValue();
        if (mm < setting.min || mm > setting.max) {
            throw new IllegalArgumentException(millimetres(mm) + " är utanför det tillåtna; skriv från "
                    + millimetres(setting.min) + " till " + millimetres(setting.max));
        }
        return mm;
    }

    private static String example(Setting setting) {
        long mm = Math.round((setting.min + setting.max) / 2);
        return millimetres(mm) + " eller " + millimetres(mm / 10.0).replace("\u00A0mm", "\u00A0cm");
    }

    /** {@code 22,5 mm}, as messages write a length. */
    static String millimetres(double mm) {
        BigDecimal d = BigDecimal.valueOf(mm).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        return d.toPlainString().replace('.', ',') + "\u00A0mm";
    }

    /** {@code ja} or {@code nej}. */
    static boolean yesNo(String text) {
        String k = Names.key(text);
        return switch (k) {
            case "ja", "j", "true", "sant", "yes" -> true;
            case "nej", "n", "false", "falskt", "no" -> false;
            default -> throw new IllegalArgumentException((k.isEmpty() ? "värdet saknas" : "\"" + text.strip()
                    + "\" är varken ja eller nej") + "; skriv ja eller nej");
        };
    }

    /**
     * A comma-separated list of the given elements, each at most once, as typed: {@code logotyp,
     * kommun, titel}. Empty is an empty list.
     */
    static <E extends Enum<E>> List<E> list(String text, Class<E> type, java.util.function.Function<E, String> word) {
        List<E> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        List<String> words = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            words.add(word.apply(e));
        }
        for (String part : text.split(",", -1)) {
            String typed = part.strip();
            if (typed.isEmpty()) {
                throw new IllegalArgumentException("ett tomt led i listan; skriv delarna åtskilda med komma, "
                        + "till exempel \"" + words.get(0) + ", " + words.get(1) + "\"");
            }
            E found = null;
            for (E e : type.getEnumConstants()) {
                if (Names.key(word.apply(e)).equals(Names.key(typed))) {
                    found = e;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("okänd del \"" + typed + "\""
                        + Names.closest(typed, words).map(w -> "; menade du " + w + "?").orElse("")
                        + "; välj bland " + String.join(", ", words));
            }
            if (out.contains(found)) {
                throw new IllegalArgumentException("\"" + word.apply(found) + "\" står två gånger");
            }
            out.add(found);
        }
        return out;
    }
}
