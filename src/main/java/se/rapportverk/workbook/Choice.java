package se.rapportverk.workbook;

import java.util.Arrays;
import java.util.Optional;

/** A value that must be one of a fixed set of Swedish words, such as a Bedömning. */
public interface Choice {

    /** The word as the contract writes it: {@code Delvis uppfyllt}. */
    String word();

    /** The constant of {@code type} whose word matches the text after normalising. */
    static <E extends Enum<E> & Choice> Optional<E> find(Class<E> type, String text) {
        String key = Names.key(text);
        return Arrays.stream(type.getEnumConstants()).filter(e -> Names.key(e.word()).equals(key)).findFirst();
    }

    /** The allowed words, quoted and joined: {@code "Uppfyllt", "Delvis uppfyllt" eller "Ej uppfyllt"}. */
    static <E extends Enum<E> & Choice> String allowed(Class<E> type) {
        String[] words = Arrays.stream(type.getEnumConstants()).map(e -> "\"" + e.word() + "\"").toArray(String[]::new);
        if (words.length == 1) {
            return words[0];
        }
        return String.join(", ", Arrays.copyOf(words, words.length - 1)) + " eller " + words[words.length - 1];
    }
}
