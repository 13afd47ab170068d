package com.portaldesk.ui.staff;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Table columns that show one piece of text of each row. */
final class Columns {
    private Columns() {}

    static <R> void text(TableColumn<R, String> column, Function<R, String> getter) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(getter.apply(cell.getValue())));
    }
}
