package fi.foresight.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * How large an XLSX workbook (a zip archive) is when unpacked, checked before it is read, so that a small file that
 * unpacks to gigabytes (a zip bomb) is refused instead of filling the memory.
 */
final class Unzipped {
    /** Largest unpacked workbook: 256 MiB, far more than any survey export. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private Unzipped() {
    }

    /** Why the archive is refused (too large unpacked, or not a zip archive at all), or null. */
    static String tooLarge(byte[] bytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[65536];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries++;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_BYTES) {
                        return "the workbook unpacks to more than " + (MAX_BYTES >> 20) + " MiB; a survey export is "
                                + "far smaller (export the answers as CSV UTF-8 instead)";
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return notAWorkbook();
        }
        return entries == 0 ? notAWorkbook() : null;
    }

    static String notAWorkbook() {
        return "the file cannot be read as an XLSX workbook; save it from the spreadsheet program as 'Excel Workbook "
                + "(.xlsx)', or export it as CSV UTF-8";
    }
}
