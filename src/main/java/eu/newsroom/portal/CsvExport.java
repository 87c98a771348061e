package eu.newsroom.portal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rows as UTF-8 CSV with a header row. A cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) is neutralised with a leading apostrophe.
 */
final class CsvExport {

    private CsvExport() {
    }

    static <T> String write(List<String> header, List<T> rows, Function<T, List<Object>> cells) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (T row : rows) {
                printer.printRecord(cells.apply(row).stream().map(CsvExport::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String neutralise(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
