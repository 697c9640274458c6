package se.rapportverk.workbook;

import java.util.HashMap;
import java.util.Map;

/**
 * The normalised words and aliases of each {@link Choice} type, made once per type: the key of each
 * word or alias gives the first constant, in declaration order, that has it (its word or any of its
 * aliases), which is the constant {@link Choice#find} gives for a text of that key.
 */
final class ChoiceKeys {

    private static final ClassValue<Map<String, Object>> KEYS = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> keys = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                Choice c = (Choice) constant;
                keys.putIfAbsent(Names.key(c.word()), constant);
                for (String alias : c.aliases()) {
                    keys.putIfAbsent(Names.key(alias), constant);
                }
            }
            return Map.copyOf(keys);
        }
    };

    private ChoiceKeys() {
    }

    /** The constants of a choice type by the key of their words and aliases. */
    static Map<String, Object> of(Class<?> type) {
        return KEYS.get(type);
    }
}
