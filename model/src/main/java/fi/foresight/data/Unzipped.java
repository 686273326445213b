package fi.foresight.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * How large an XLSX workbook (a zip archive) is when unpacked, counted by unpacking it (not by the sizes it declares)
 * before it is read, so that a small file that unpacks to gigabytes (a zip bomb) is refused instead of filling the
 * memory.
 */
final class Unzipped {
    /** Largest unpacked workbook: 256 MiB, far more than any survey export. */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    /** Most entries a workbook may hold. */
    static final int MAX_ENTRIES = 10_000;

    private Unzipped() {
    }

    /** Why the archive is refused (too large unpacked, or not a zip archive at all), or null. */
    static String tooLarge(byte[] bytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[65536];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            Enumeration<ZipArchiveEntry> all = zip.getEntries();
            while (all.hasMoreElements()) {
                ZipArchiveEntry e = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    return "the workbook holds more than " + MAX_ENTRIES + " parts; a survey export holds a few";
                }
                try (InputStream in = zip.getInputStream(e)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (total > MAX_BYTES) {
                            return "the workbook unpacks to more than " + (MAX_BYTES >> 20) + " MiB; a survey export"
                                    + " is far smaller (export the answers as CSV UTF-8 instead)";
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return notAWorkbook();
        }
        return entries == 0 ? notAWorkbook() : null;
    }

    static String notAWorkbook() {
        return "the file cannot be read as an XLSX workbook; save it from the spreadsheet program as 'Excel Workbook "
                + "(.xlsx)', or export it as CSV UTF-8";
    }
}
