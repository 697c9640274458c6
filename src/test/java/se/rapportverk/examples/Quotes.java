package se.rapportverk.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every figure a text quotes is one the workbook's figures give. Each workbook
 * declares the figures its texts may quote, computed from the same arrays that fill its
 * sheets; {@link #check} then finds every amount (mkr, miljoner kronor, kr), percentage and
 * volume (timmar, årsplaceringar) in a text and fails on any that was not declared, and
 * {@link #require} makes sure the declared figures are really quoted where they belong.
 */
final class Quotes {

    private static final String NUMBER = "(\\d{1,3}(?:[ \u00a0]\\d{3})*(?:,\\d+)?)";
    private static final Pattern MKR = Pattern.compile(NUMBER + "[ \u00a0](?:mkr|miljoner kronor)");
    private static final Pattern KR = Pattern.compile(NUMBER + "[ \u00a0](?:kr|kronor)(?![a-zåäö])");
    private static final Pattern PERCENT = Pattern.compile(NUMBER + "[ \u00a0]?(?:%|procent(?!enhet))");
    private static final Pattern VOLUME =
            Pattern.compile(NUMBER + "[ \u00a0](?:[a-zåäö]+[ \u00a0])?(?:timmar|årsplaceringar|årsplacering)(?![a-zåäö])");

    private final String workbook;
    private final Map<String, List<String>> allowed = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    Quotes(String workbook) {
        this.workbook = workbook;
    }

    /** An amount in tkr that texts quote in mkr with one decimal, as a magnitude: -43 400 → "43,4 mkr". */
    Quotes mkrFromTkr(String label, long tkr) {
        return allow("mkr", oneDecimal(BigDecimal.valueOf(Math.abs(tkr)).movePointLeft(3)), label);
    }

    /** An amount in kr that texts quote in miljoner kronor with one decimal. */
    Quotes mkrFromKr(String label, long kr) {
        return allow("mkr", oneDecimal(BigDecimal.valueOf(Math.abs(kr)).movePointLeft(6)), label);
    }

    /** An amount in kr quoted in whole kronor: 53760 → "53 760 kr". */
    Quotes kr(String label, long kr) {
        return allow("kr", grouped(BigDecimal.valueOf(Math.abs(kr))), label);
    }

    /** A percentage quoted with one decimal, or as a whole number when it is one. */
    Quotes percent(String label, BigDecimal value) {
        BigDecimal v = value.scale() <= 0 ? value
                : value.setScale(1, RoundingMode.HALF_UP);
        return allow("%", grouped(v), label);
    }

    /** A volume quoted as a whole number of timmar or årsplaceringar. */
    Quotes volume(String label, long value) {
        return allow("volym", grouped(BigDecimal.valueOf(value)), label);
    }

    private Quotes allow(String kind, String formatted, String label) {
        allowed.computeIfAbsent(kind + ":" + formatted, k -> new ArrayList<>()).add(label);
        return this;
    }

    /** Fails for every amount, percentage or volume in the text that no declared figure gives. */
    void check(String where, String text) {
        scan(where, text, MKR, "mkr");
        scan(where, text, KR, "kr");
        scan(where, text, PERCENT, "%");
        scan(where, text, VOLUME, "volym");
    }

    private void scan(String where, String text, Pattern pattern, String kind) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String number = m.group(1).replace('\u00a0', ' ');
            if (!allowed.containsKey(kind + ":" + number)) {
                failures.add(where + ": \"" + m.group() + "\" motsvarar ingen siffra i arbetsboken (tillåtna "
                        + kind + ": " + allowed.keySet().stream().filter(k -> k.startsWith(kind + ":"))
                                .map(k -> k.substring(kind.length() + 1)).toList() + ")");
            }
        }
    }

    /** Fails unless the text quotes the given figure (as formatted by one of the allow methods). */
    void require(String where, String text, String formattedWithUnit) {
        if (!text.replace('\u00a0', ' ').contains(formattedWithUnit)) {
            failures.add(where + ": texten ska ange \"" + formattedWithUnit + "\"");
        }
    }

    /** Fails when a consistency condition between the figures does not hold. */
    void expect(boolean condition, String message) {
        if (!condition) {
            failures.add(message);
        }
    }

    /** Throws if any check failed, listing all failures. */
    void assertAll() {
        if (!failures.isEmpty()) {
            throw new IllegalStateException(workbook + ": texterna stämmer inte med siffrorna:\n  - "
                    + String.join("\n  - ", failures));
        }
    }

    static String oneDecimal(BigDecimal v) {
        return grouped(v.setScale(1, RoundingMode.HALF_UP));
    }

    /** Swedish grouping with a plain space and a decimal comma: 1078100 → "1 078 100", 43.4 → "43,4". */
    static String grouped(BigDecimal v) {
        String plain = v.toPlainString();
        String sign = plain.startsWith("-") ? "-" : "";
        if (!sign.isEmpty()) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : "," + plain.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(' ');
            }
            sb.append(whole.charAt(i));
        }
        return sign + sb + frac;
    }
}
