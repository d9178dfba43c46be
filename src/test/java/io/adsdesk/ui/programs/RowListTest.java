package io.adsdesk.ui.programs;

import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RowListTest {
    /** What listeners hear, spelled out: "update 0-3", "add 3-5", "remove 3 [d, e]". */
    private static List<String> replace(List<String> before, List<String> after) {
        RowList<String> list = new RowList<>();
        list.replaceContent(before);
        List<String> heard = new ArrayList<>();
        List<String> mirror = new ArrayList<>(before);
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                if (c.wasUpdated()) {
                    heard.add("update " + c.getFrom() + "-" + c.getTo());
                    for (int i = c.getFrom(); i < c.getTo(); i++) {
                        mirror.set(i, c.getList().get(i));
                    }
                } else {
                    if (c.wasRemoved()) {
                        heard.add("remove " + c.getFrom() + " " + c.getRemoved());
                        mirror.subList(c.getFrom(), c.getFrom() + c.getRemovedSize()).clear();
                    }
                    if (c.wasAdded()) {
                        heard.add("add " + c.getFrom() + "-" + c.getTo());
                        mirror.addAll(c.getFrom(), c.getAddedSubList());
                    }
                }
            }
        });
        list.replaceContent(after);
        assertEquals(after, mirror, "a listener applying the change ends with the new rows");
        assertEquals(after, List.copyOf(list));
        return heard;
    }

    @Test
    void sharedPositionsAreUpdatesAndOnlyTheTailIsAddedOrRemoved() {
        assertEquals(List.of("update 0-3", "add 3-5"), replace(List.of("a", "b", "c"), List.of("x", "b", "y", "d", "e")));
        assertEquals(List.of("update 0-2", "remove 2 [c, d, e]"), replace(List.of("a", "b", "c", "d", "e"), List.of("q", "r")));
        assertEquals(List.of("update 0-2"), replace(List.of("a", "b"), List.of("b", "a")));
        assertEquals(List.of("add 0-2"), replace(List.of(), List.of("a", "b")));
        assertEquals(List.of("remove 0 [a, b]"), replace(List.of("a", "b"), List.of()));
        assertEquals(List.of(), replace(List.of(), List.of()));
    }
}
