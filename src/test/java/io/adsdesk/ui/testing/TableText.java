package io.adsdesk.ui.testing;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/** What a table really shows on screen: the text its headers and cells draw, cut or not. FX thread only after layout. */
public final class TableText {

    private TableText() {
    }

    /**
     * Every header and cell whose drawn text is shorter than its text ("Durat…"), as "full ⇒ drawn";
     * the cells of the last column, which takes the rest of the width, are left out.
     */
    public static List<String> cutTexts(TableView<?> table) {
        TableColumn<?, ?> last = table.getColumns().getLast();
        List<String> cut = new ArrayList<>();
        for (Labeled l : labeled(table)) {
            if (inColumn(l, last)) {
                continue;
            }
            String drawn = drawn(l);
            if (drawn != null && !drawn.equals(l.getText())) {
                cut.add(l.getText() + " ⇒ " + drawn);
            }
        }
        return cut;
    }

    /** The texts the table draws, headers and cells. */
    public static List<String> shownTexts(TableView<?> table) {
        return labeled(table).stream().map(TableText::drawn).filter(s -> s != null && !s.isEmpty()).toList();
    }

    private static List<Labeled> labeled(Parent root) {
        List<Labeled> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node n, List<Labeled> found) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            found.add(l);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, found));
        }
    }

    private static boolean inColumn(Node n, TableColumn<?, ?> column) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof TableCell<?, ?> cell) {
                return cell.getTableColumn() == column;
            }
        }
        return false;
    }

    private static String drawn(Labeled l) {
        return l.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                .findFirst().orElse(null);
    }
}
