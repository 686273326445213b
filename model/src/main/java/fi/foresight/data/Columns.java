package fi.foresight.data;

/** Column letters as spreadsheets write them: 1 → A, 26 → Z, 27 → AA. */
final class Columns {
    private Columns() {
    }

    /** The letters of a 1-based column number. */
    static String letter(int column) {
        StringBuilder b = new StringBuilder();
        int n = column;
        while (n > 0) {
            int r = (n - 1) % 26;
            b.append((char) ('A' + r));
            n = (n - 1) / 26;
        }
        return b.reverse().toString();
    }
}
