package se.rapportverk.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A value that must be one of a fixed set of Swedish words, such as a Bedömning. The enum that
 * implements it is the contract's list of allowed values: {@link Schema} names it for its column,
 * the reader matches cells against its words and aliases, {@code init} makes its dropdown and the
 * contract documentation lists its words.
 */
public interface Choice {

    /** The word as the contract writes it: {@code Delvis uppfyllt}. */
    String word();

    /**
     * Other spellings that mean the same ({@code KF} for Kommunfullmäktige); accepted when read,
     * never offered in a dropdown.
     */
    default List<String> aliases() {
        return List.of();
    }

    /** The constant of {@code type} whose word or alias matches the text after normalising. */
    static <E extends Enum<E> & Choice> Optional<E> find(Class<E> type, String text) {
        return Optional.ofNullable(type.cast(ChoiceKeys.of(type).get(Names.key(text))));
    }

    /** The words of a choice type, in contract order. */
    static List<String> words(Class<? extends Enum<?>> type) {
        List<String> words = new ArrayList<>();
        for (Enum<?> e : type.getEnumConstants()) {
            words.add(((Choice) e).word());
        }
        return words;
    }

    /** The allowed words, quoted and joined: {@code "Uppfyllt", "Delvis uppfyllt" eller "Ej uppfyllt"}. */
    static String allowed(Class<? extends Enum<?>> type) {
        return Names.joinOr(words(type).stream().map(w -> "\"" + w + "\"").toList());
    }
}
