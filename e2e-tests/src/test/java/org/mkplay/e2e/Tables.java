package org.mkplay.e2e;

import com.microsoft.playwright.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The playground's tables as the journeys read them: each body cell (the row's heading and its data cells) carries
 * the name of its column in {@code data-column}, so a column is read by name, whatever the table's column order.
 */
final class Tables {
    private Tables() {}

    /** The texts of one column of a table ({@code #processes}, {@code #capabilities}), top to bottom. */
    static List<String> column(Page page, String table, String column) {
        return page.locator(table + " tbody [data-column=" + column + "]").allTextContents();
    }

    /** Several columns of a table at once, by name: the table as its journey states it (compare with Map.of). */
    static Map<String, List<String>> columns(Page page, String table, String... columns) {
        Map<String, List<String>> read = new LinkedHashMap<>();
        for (String column : columns) read.put(column, column(page, table, column));
        return read;
    }
}
