package com.qeetmart.platform.http;

import io.micronaut.http.filter.ServerFilterPhase;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table reads in the order the filters run, inside the phases Micronaut documents, with no ties. */
class FilterOrderTest {

    private static List<Field> entries() {
        return Arrays.stream(FilterOrder.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == int.class).toList();
    }

    @Test
    void entriesRunInTheOrderTheyAreListedWithNoTwoAlike() throws IllegalAccessException {
        List<Field> entries = entries();
        for (int i = 1; i < entries.size(); i++) {
            int before = entries.get(i - 1).getInt(null);
            int after = entries.get(i).getInt(null);
            assertTrue(before < after, entries.get(i - 1).getName() + " must run before " + entries.get(i).getName());
        }
    }

    @Test
    void everyEntryIsInsideAPhase() throws IllegalAccessException {
        for (Field entry : entries()) {
            int order = entry.getInt(null);
            assertTrue(Arrays.stream(ServerFilterPhase.values()).anyMatch(p -> p.before() <= order && order <= p.after()),
                    entry.getName() + " (" + order + ") is between phases");
        }
    }
}
