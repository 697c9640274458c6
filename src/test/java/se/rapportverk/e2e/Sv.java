package se.rapportverk.e2e;

import java.util.regex.Pattern;

/**
 * Typing Swedish figures in a test as the documents write them. Tests write expected figures as
 * literals ({@code "-1 092,2"}, {@code "12,1 %"}, {@code "96 000 kr"}) with ordinary spaces; the
 * documents put a no-break space between thousands and before a unit or a percent sign
 * (docs/dokument.md). No figure is calculated or formatted here.
 */
final class Sv {

    static final char NBSP = '\u00A0';

    /** A space after a digit and before a digit, {@code %} or a unit. */
    private static final Pattern NUMBER_SPACE = Pattern.compile("(?<=\\d) (?=\\d|%|kr\\b|tkr\\b|mkr\\b)");

    private Sv() {
    }

    /** The text with the spaces inside and after its numbers made no-break: {@code nb("1 200 000 kr")}. */
    static String nb(String text) {
        return NUMBER_SPACE.matcher(text).replaceAll(String.valueOf(NBSP));
    }
}
