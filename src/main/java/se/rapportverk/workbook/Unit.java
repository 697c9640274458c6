package se.rapportverk.workbook;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** A unit of amounts: kronor, thousands of kronor, millions of kronor. */
public enum Unit {
    KR("kr", 0),
    TKR("tkr", 3),
    MKR("mkr", 6);

    private final String symbol;
    private final int powerOfTen;

    Unit(String symbol, int powerOfTen) {
        this.symbol = symbol;
        this.powerOfTen = powerOfTen;
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
        return switch (text.strip().toLowerCase(Locale.ROOT).replace(".", "")) {
            case "kr", "kronor" -> Optional.of(KR);
            case "tkr", "tusen kronor" -> Optional.of(TKR);
            case "mkr", "mnkr", "miljoner kronor" -> Optional.of(MKR);
            default -> Optional.empty();
        };
    }
}
