package se.rapportverk.workbook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A unit of amounts: kronor, thousands of kronor, millions of kronor. */
public enum Unit implements Choice {
    KR("kr", 0, "kronor"),
    TKR("tkr", 3, "tusen kronor"),
    MKR("mkr", 6, "mnkr", "miljoner kronor");

    private final String symbol;
    private final int powerOfTen;
    private final List<String> aliases;

    Unit(String symbol, int powerOfTen, String... aliases) {
        this.symbol = symbol;
        this.powerOfTen = powerOfTen;
        this.aliases = List.of(aliases);
    }

    @Override
    public String word() {
        return symbol;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    /** How the unit is written: {@code kr}, {@code tkr}, {@code mkr}. */
    public String symbol() {
        return symbol;
    }

    /**
     * Decimals an amount in this unit is shown with unless Rapport!Decimaler says otherwise: one
     * for mkr (1 092,2 mkr), none for kr and tkr.
     */
    public int defaultDecimals() {
        return this == MKR ? 1 : 0;
    }

    /** Converts an amount in this unit to another unit, exactly. */
    public BigDecimal convert(BigDecimal amount, Unit target) {
        if (amount == null) {
            return null;
        }
        return amount.movePointRight(powerOfTen - target.powerOfTen);
    }

    /**
     * Reads a unit as typed: {@code kr}, {@code tkr}, {@code mkr}; also {@code mnkr} and
     * {@code Mkr} as written in many reports.
     */
    public static Optional<Unit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Choice.find(Unit.class, text.strip().toLowerCase(Locale.ROOT).replace(".", ""));
    }
}
